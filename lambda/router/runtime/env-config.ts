import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { RUNTIME_ENV } from '../../../lib/router/runtime-env';
import { AuditHasher } from '../audit/hmac';
import { createPowertoolsAuditSink, type OpsLog } from '../audit/sink';
import { createBedrockBackend } from '../backends/bedrock/client';
import { createOpenAiCompatibleBackend } from '../backends/openai/client';
import type { Backend } from '../backends/types';
import type { GatewayOptions } from '../gateway-options';
import type { ClaimNames } from '../http/identity';
import { CachedPolicy, type PolicyFetcher } from './cached-policy';
import { appConfigFetcher, inlineFetcher, ssmParameterFetcher } from './policy-fetchers';
import {
  ConfigurationError,
  routerConfigFromEnv,
  type PolicySourceConfig,
  type RouterConfig,
} from './router-config';

export { ConfigurationError } from './router-config';

/**
 * The Lambda's configuration, from the environment variables of `RUNTIME_ENV`
 * (lib/router/runtime-env.ts, documented in lambda/router/README.md). Secrets (the audit HMAC key,
 * backend API keys) are never in the environment in production: they are SSM SecureString
 * parameter names (or `/aws/reference/secretsmanager/<secret>` to read a Secrets Manager secret
 * through SSM), read once per container.
 */
export interface RouterRuntime {
  readonly options: GatewayOptions;
  readonly claimNames: ClaimNames;
  readonly ops: OpsLog;
}

/** The AWS reads the runtime makes at start; tests replace them to load a configuration offline. */
export interface RuntimeDependencies {
  /**
   * Reads a (SecureString) parameter, decrypted.
   * @default - SSM GetParameter with decryption, one client per container
   */
  readonly readParameter?: (name: string) => Promise<string>;
  /**
   * The fetcher of a policy source.
   * @default - AppConfigData sessions, SSM GetParameter, or the inline document
   */
  readonly policyFetcher?: (source: PolicySourceConfig) => PolicyFetcher;
}

export async function runtimeFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  dependencies: RuntimeDependencies = {},
): Promise<RouterRuntime> {
  const config = routerConfigFromEnv(env);
  // Made only when a parameter is configured: constructing an SDK client costs cold-start time.
  let lazySsm: SSMClient | undefined;
  const ssm = () => (lazySsm ??= new SSMClient({}));
  const readParameter =
    dependencies.readParameter ??
    (async (name: string) => {
      const result = await ssm().send(new GetParameterCommand({ Name: name, WithDecryption: true }));
      const value = result.Parameter?.Value;
      if (!value) throw new ConfigurationError(`SSM parameter ${name} has no value`);
      return value;
    });
  const policyFetcher =
    dependencies.policyFetcher ?? ((source: PolicySourceConfig) => defaultPolicyFetcher(source, ssm));

  const { sink, ops } = createPowertoolsAuditSink({
    serviceName: config.serviceName,
    namespace: config.metricsNamespace,
  });
  const backends = await backendsOf(config, readParameter);
  const hasher = await hasherOf(config, readParameter, ops);
  const policy = new CachedPolicy({
    fetch: policyFetcher(config.policySource),
    ttlMs: config.policyTtlMs,
    ops,
  });
  await policy.refresh();

  return {
    ops,
    claimNames: config.claimNames,
    options: {
      backends,
      policy,
      audit: sink,
      ops,
      hasher,
      environment: config.environment,
      requireIdentity: config.requireIdentity,
      limits: { maxBodyBytes: config.maxBodyBytes },
      attemptTimeoutMs: config.attemptTimeoutMs,
      deadlineMs: config.deadlineMs,
      maxRetries: config.maxRetries,
    },
  };
}

async function backendsOf(
  config: RouterConfig,
  readParameter: (name: string) => Promise<string>,
): Promise<Backend[]> {
  const backends: Backend[] = [];
  for (const spec of config.openAiBackends) {
    const apiKey = spec.apiKeyParameter ? await readParameter(spec.apiKeyParameter) : undefined;
    backends.push(
      createOpenAiCompatibleBackend({
        name: spec.name,
        placement: spec.placement,
        baseUrl: spec.baseUrl,
        apiKey,
      }),
    );
  }
  if (config.bedrock) backends.push(createBedrockBackend(config.bedrock));
  return backends;
}

async function hasherOf(
  config: RouterConfig,
  readParameter: (name: string) => Promise<string>,
  ops: OpsLog,
): Promise<AuditHasher> {
  const key = config.auditKey;
  if (key.kind === 'parameter') return new AuditHasher(Buffer.from(await readParameter(key.name), 'utf8'));
  if (key.kind === 'inline') return new AuditHasher(Buffer.from(key.key, 'utf8'));
  // Hashes still hide principals and prompts, but no longer correlate across containers.
  ops.warn('audit.hmac_key_ephemeral', { fix: `set ${RUNTIME_ENV.AUDIT_HMAC_KEY_PARAMETER}` });
  return AuditHasher.ephemeral();
}

function defaultPolicyFetcher(source: PolicySourceConfig, ssm: () => SSMClient): PolicyFetcher {
  switch (source.kind) {
    case 'appconfig':
      return appConfigFetcher(source);
    case 'ssm':
      return ssmParameterFetcher(source.parameter, ssm());
    case 'inline':
      return inlineFetcher(source.json);
  }
}
