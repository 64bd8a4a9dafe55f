import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { AuditHasher } from '../audit/hmac';
import { createPowertoolsAuditSink, type OpsLog } from '../audit/sink';
import { createBedrockBackend } from '../backends/bedrock/client';
import { createOpenAiCompatibleBackend } from '../backends/openai/client';
import type { Backend } from '../backends/types';
import type { GatewayOptions } from '../gateway-options';
import { claimNamesFromEnv, type ClaimNames } from '../http/identity';
import { CachedPolicy } from './cached-policy';
import { appConfigFetcher, inlineFetcher, ssmParameterFetcher } from './policy-fetchers';
import { DEFAULT_POLICY } from '../../../lib/policy/defaults';

/**
 * The Lambda's configuration, from environment variables (all documented in lambda/router/README.md).
 * Secrets (the audit HMAC key, backend API keys) are never in the environment in production:
 * they are SSM SecureString parameter names (or `/aws/reference/secretsmanager/<secret>` to read
 * a Secrets Manager secret through SSM), read once per container.
 */
export interface RouterRuntime {
  readonly options: GatewayOptions;
  readonly claimNames: ClaimNames;
  readonly ops: OpsLog;
}

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

interface OpenAiBackendSpec {
  readonly name: string;
  readonly baseUrl: string;
  readonly placement: 'private' | 'cloud';
  readonly apiKeyParameter?: string;
}

export async function runtimeFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  ssmClient?: SSMClient,
): Promise<RouterRuntime> {
  // Made only when a parameter is configured: constructing an SDK client costs cold-start time.
  let lazySsm = ssmClient;
  const ssm = () => (lazySsm ??= new SSMClient({}));
  const { sink, ops } = createPowertoolsAuditSink({
    serviceName: env.POWERTOOLS_SERVICE_NAME ?? 'hybrid-ai-router',
    namespace: env.HYBRID_AI_METRICS_NAMESPACE ?? env.POWERTOOLS_METRICS_NAMESPACE ?? 'HybridAi',
  });
  const secret = async (name: string) => {
    const result = await ssm().send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    const value = result.Parameter?.Value;
    if (!value) throw new ConfigurationError(`SSM parameter ${name} has no value`);
    return value;
  };

  const backends: Backend[] = [];
  for (const spec of openAiBackendSpecs(env)) {
    const apiKey = spec.apiKeyParameter ? await secret(spec.apiKeyParameter) : undefined;
    backends.push(
      createOpenAiCompatibleBackend({
        name: spec.name,
        placement: spec.placement,
        baseUrl: spec.baseUrl,
        apiKey,
      }),
    );
  }
  if (env.HYBRID_AI_BEDROCK !== 'false') {
    backends.push(createBedrockBackend({ region: env.HYBRID_AI_BEDROCK_REGION ?? env.AWS_REGION }));
  }

  let hasher: AuditHasher;
  if (env.HYBRID_AI_AUDIT_HMAC_KEY_PARAMETER)
    hasher = new AuditHasher(Buffer.from(await secret(env.HYBRID_AI_AUDIT_HMAC_KEY_PARAMETER), 'utf8'));
  else if (env.HYBRID_AI_AUDIT_HMAC_KEY)
    hasher = new AuditHasher(Buffer.from(env.HYBRID_AI_AUDIT_HMAC_KEY, 'utf8'));
  else {
    // Hashes still hide principals and prompts, but no longer correlate across containers.
    ops.warn('audit.hmac_key_ephemeral', { fix: 'set HYBRID_AI_AUDIT_HMAC_KEY_PARAMETER' });
    hasher = AuditHasher.ephemeral();
  }

  const policy = policyFromEnv(env, ops, ssm);
  await policy.refresh();

  return {
    ops,
    claimNames: claimNamesFromEnv(env),
    options: {
      backends,
      policy,
      audit: sink,
      ops,
      hasher,
      environment: env.HYBRID_AI_ENVIRONMENT,
      requireIdentity: env.HYBRID_AI_REQUIRE_IDENTITY !== 'false',
      limits: { maxBodyBytes: positiveInt(env, 'HYBRID_AI_MAX_BODY_BYTES', 6 * 1024 * 1024) },
      attemptTimeoutMs: positiveInt(env, 'HYBRID_AI_ATTEMPT_TIMEOUT_MS', 25_000),
      deadlineMs: positiveInt(env, 'HYBRID_AI_DEADLINE_MS', 28_000),
      maxRetries: positiveInt(env, 'HYBRID_AI_MAX_RETRIES', 2, true),
    },
  };
}

/** The policy source: AppConfig, else an SSM parameter, else inline JSON, else the defaults. */
export function policyFromEnv(env: NodeJS.ProcessEnv, ops: OpsLog, ssm: () => SSMClient): CachedPolicy {
  const ttlMs = positiveInt(env, 'HYBRID_AI_POLICY_TTL_SECONDS', 30) * 1000;
  const app = env.HYBRID_AI_POLICY_APPCONFIG_APPLICATION;
  const appEnv = env.HYBRID_AI_POLICY_APPCONFIG_ENVIRONMENT;
  const profile = env.HYBRID_AI_POLICY_APPCONFIG_PROFILE;
  if (app || appEnv || profile) {
    if (!app || !appEnv || !profile) {
      throw new ConfigurationError(
        'set all of HYBRID_AI_POLICY_APPCONFIG_APPLICATION, _ENVIRONMENT and _PROFILE, or none of them',
      );
    }
    return new CachedPolicy({
      fetch: appConfigFetcher({ application: app, environment: appEnv, profile }),
      ttlMs,
      ops,
    });
  }
  if (env.HYBRID_AI_POLICY_PARAMETER) {
    return new CachedPolicy({
      fetch: ssmParameterFetcher(env.HYBRID_AI_POLICY_PARAMETER, ssm()),
      ttlMs,
      ops,
    });
  }
  const json = env.HYBRID_AI_POLICY_JSON ?? JSON.stringify({ version: DEFAULT_POLICY.version });
  return new CachedPolicy({ fetch: inlineFetcher(json), ttlMs, ops });
}

function openAiBackendSpecs(env: NodeJS.ProcessEnv): OpenAiBackendSpec[] {
  const specs: OpenAiBackendSpec[] = [];
  if (env.HYBRID_AI_PRIVATE_URL) {
    specs.push({
      name: 'private',
      placement: 'private',
      baseUrl: env.HYBRID_AI_PRIVATE_URL,
      apiKeyParameter: env.HYBRID_AI_PRIVATE_API_KEY_PARAMETER,
    });
  }
  if (env.HYBRID_AI_OPENAI_BACKENDS) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(env.HYBRID_AI_OPENAI_BACKENDS);
    } catch {
      throw new ConfigurationError('HYBRID_AI_OPENAI_BACKENDS is not valid JSON');
    }
    if (!Array.isArray(parsed))
      throw new ConfigurationError('HYBRID_AI_OPENAI_BACKENDS must be a JSON array');
    for (const item of parsed as Record<string, unknown>[]) {
      const ok =
        typeof item?.name === 'string' &&
        typeof item.baseUrl === 'string' &&
        (item.placement === 'private' || item.placement === 'cloud') &&
        (item.apiKeyParameter === undefined || typeof item.apiKeyParameter === 'string');
      if (!ok) {
        throw new ConfigurationError(
          'each HYBRID_AI_OPENAI_BACKENDS entry needs name, baseUrl, placement ("private" or "cloud") and optionally apiKeyParameter',
        );
      }
      specs.push(item as unknown as OpenAiBackendSpec);
    }
  }
  if (!specs.some((s) => s.placement === 'private')) {
    throw new ConfigurationError(
      'no private backend: set HYBRID_AI_PRIVATE_URL (sensitive requests have nowhere else to go)',
    );
  }
  return specs;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, allowZero = false): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new ConfigurationError(
      `${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${raw}"`,
    );
  }
  return value;
}
