import {
  POLICY_SOURCES,
  RUNTIME_ENV,
  type OpenAiBackendEnvEntry,
  type PolicySourceKind,
  type RuntimeEnvName,
} from '../../../lib/router/runtime-env';
import { DEFAULT_POLICY } from '../../../lib/policy/defaults';
import type { BedrockGuardrail } from '../backends/bedrock/guardrail';
import { claimNamesFromEnv, type ClaimNames } from '../http/identity';

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** Where the routing policy is read from. */
export type PolicySourceConfig =
  | {
      readonly kind: 'appconfig';
      readonly application: string;
      readonly environment: string;
      readonly profile: string;
    }
  | { readonly kind: 'ssm'; readonly parameter: string }
  | { readonly kind: 'inline'; readonly json: string };

/** Where the audit HMAC key comes from. */
export type AuditKeySource =
  | { readonly kind: 'parameter'; readonly name: string }
  | { readonly kind: 'inline'; readonly key: string }
  | { readonly kind: 'ephemeral' };

/**
 * The router's configuration as the environment states it: parsed and checked, nothing fetched
 * and no client made, so a bad variable is reported with its name before any AWS call.
 */
export interface RouterConfig {
  readonly serviceName: string;
  readonly metricsNamespace: string;
  /** The OpenAI-compatible backends; the first is `private` when `HYBRID_AI_PRIVATE_URL` is set. */
  readonly openAiBackends: readonly OpenAiBackendEnvEntry[];
  /** The `bedrock` backend, absent when `HYBRID_AI_BEDROCK` is `false`. */
  readonly bedrock?: { readonly region?: string; readonly guardrail?: BedrockGuardrail };
  readonly auditKey: AuditKeySource;
  readonly policySource: PolicySourceConfig;
  readonly policyTtlMs: number;
  readonly environment?: string;
  readonly requireIdentity: boolean;
  readonly claimNames: ClaimNames;
  readonly maxBodyBytes: number;
  readonly attemptTimeoutMs: number;
  readonly deadlineMs: number;
  readonly maxRetries: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads every variable of `RUNTIME_ENV` the router needs; throws `ConfigurationError` naming the variable. */
export function routerConfigFromEnv(env: Env): RouterConfig {
  const bedrockEnabled = booleanVar(env, RUNTIME_ENV.BEDROCK, true);
  return {
    serviceName: text(env, RUNTIME_ENV.POWERTOOLS_SERVICE_NAME) ?? 'hybrid-ai-router',
    metricsNamespace:
      text(env, RUNTIME_ENV.METRICS_NAMESPACE) ??
      text(env, RUNTIME_ENV.POWERTOOLS_METRICS_NAMESPACE) ??
      'HybridAi',
    openAiBackends: openAiBackendsFromEnv(env),
    ...(bedrockEnabled
      ? {
          bedrock: {
            // AWS_REGION is Lambda's own variable; read here too so a non-process env (tests, the local server) works alike.
            region: text(env, RUNTIME_ENV.BEDROCK_REGION) ?? text(env, 'AWS_REGION'),
            guardrail: guardrailFromEnv(env),
          },
        }
      : {}),
    auditKey: auditKeyFromEnv(env),
    policySource: policySourceFromEnv(env),
    policyTtlMs: positiveInt(env, RUNTIME_ENV.POLICY_TTL_SECONDS, 30) * 1000,
    environment: text(env, RUNTIME_ENV.ENVIRONMENT),
    requireIdentity: booleanVar(env, RUNTIME_ENV.REQUIRE_IDENTITY, true),
    claimNames: claimNamesFromEnv(env),
    maxBodyBytes: positiveInt(env, RUNTIME_ENV.MAX_BODY_BYTES, 6 * 1024 * 1024),
    attemptTimeoutMs: positiveInt(env, RUNTIME_ENV.ATTEMPT_TIMEOUT_MS, 25_000),
    deadlineMs: positiveInt(env, RUNTIME_ENV.DEADLINE_MS, 28_000),
    maxRetries: positiveInt(env, RUNTIME_ENV.MAX_RETRIES, 2, true),
  };
}

const APPCONFIG_VARS = [
  RUNTIME_ENV.APPCONFIG_APPLICATION,
  RUNTIME_ENV.APPCONFIG_ENVIRONMENT,
  RUNTIME_ENV.APPCONFIG_PROFILE,
] as const;

const SOURCE_VARS: Readonly<Record<PolicySourceKind, readonly RuntimeEnvName[]>> = {
  appconfig: APPCONFIG_VARS,
  ssm: [RUNTIME_ENV.POLICY_PARAMETER],
  inline: [RUNTIME_ENV.POLICY_JSON],
};

/**
 * The policy source. When `HYBRID_AI_POLICY_SOURCE` names one, its variables are required and
 * the other sources' variables refused: a deployment that states its source must not silently
 * read another. Without it: AppConfig, else SSM, else inline JSON, else the default policy.
 */
export function policySourceFromEnv(env: Env): PolicySourceConfig {
  const declared = text(env, RUNTIME_ENV.POLICY_SOURCE);
  if (declared === undefined) return inferredPolicySource(env);
  if (!(POLICY_SOURCES as readonly string[]).includes(declared)) {
    throw new ConfigurationError(
      `${RUNTIME_ENV.POLICY_SOURCE} must be one of ${POLICY_SOURCES.join(', ')}, got "${declared}"`,
    );
  }
  const kind = declared as PolicySourceKind;
  const missing = SOURCE_VARS[kind].filter((name) => text(env, name) === undefined);
  if (missing.length > 0) {
    throw new ConfigurationError(`${RUNTIME_ENV.POLICY_SOURCE} is ${kind}, so set ${missing.join(' and ')}`);
  }
  const foreign = POLICY_SOURCES.filter((other) => other !== kind)
    .flatMap((other) => SOURCE_VARS[other])
    .filter((name) => text(env, name) !== undefined);
  if (foreign.length > 0) {
    throw new ConfigurationError(
      `${RUNTIME_ENV.POLICY_SOURCE} is ${kind}; remove the variables of other sources: ${foreign.join(', ')}`,
    );
  }
  return sourceOf(kind, env);
}

function inferredPolicySource(env: Env): PolicySourceConfig {
  const appConfigSet = APPCONFIG_VARS.filter((name) => text(env, name) !== undefined);
  if (appConfigSet.length > 0) {
    if (appConfigSet.length < APPCONFIG_VARS.length) {
      throw new ConfigurationError(`set all of ${APPCONFIG_VARS.join(', ')}, or none of them`);
    }
    return sourceOf('appconfig', env);
  }
  if (text(env, RUNTIME_ENV.POLICY_PARAMETER) !== undefined) return sourceOf('ssm', env);
  return {
    kind: 'inline',
    json: text(env, RUNTIME_ENV.POLICY_JSON) ?? JSON.stringify({ version: DEFAULT_POLICY.version }),
  };
}

/** Called once the source's variables are known to be set. */
function sourceOf(kind: PolicySourceKind, env: Env): PolicySourceConfig {
  const value = (name: RuntimeEnvName) => text(env, name) as string;
  switch (kind) {
    case 'appconfig':
      return {
        kind,
        application: value(RUNTIME_ENV.APPCONFIG_APPLICATION),
        environment: value(RUNTIME_ENV.APPCONFIG_ENVIRONMENT),
        profile: value(RUNTIME_ENV.APPCONFIG_PROFILE),
      };
    case 'ssm':
      return { kind, parameter: value(RUNTIME_ENV.POLICY_PARAMETER) };
    case 'inline':
      return { kind, json: value(RUNTIME_ENV.POLICY_JSON) };
  }
}

function openAiBackendsFromEnv(env: Env): OpenAiBackendEnvEntry[] {
  const backends: OpenAiBackendEnvEntry[] = [];
  const privateUrl = text(env, RUNTIME_ENV.PRIVATE_URL);
  if (privateUrl !== undefined) {
    const apiKeyParameter = text(env, RUNTIME_ENV.PRIVATE_API_KEY_PARAMETER);
    backends.push({
      name: 'private',
      placement: 'private',
      baseUrl: privateUrl,
      ...(apiKeyParameter !== undefined ? { apiKeyParameter } : {}),
    });
  }
  const listed = text(env, RUNTIME_ENV.OPENAI_BACKENDS);
  if (listed !== undefined) backends.push(...parseBackendList(listed));
  if (!backends.some((backend) => backend.placement === 'private')) {
    throw new ConfigurationError(
      `no private backend: set ${RUNTIME_ENV.PRIVATE_URL} (sensitive requests have nowhere else to go)`,
    );
  }
  const names = backends.map((backend) => backend.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) {
    throw new ConfigurationError(
      `backend name "${duplicate}" is used twice in ${RUNTIME_ENV.OPENAI_BACKENDS}`,
    );
  }
  return backends;
}

function parseBackendList(json: string): OpenAiBackendEnvEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConfigurationError(`${RUNTIME_ENV.OPENAI_BACKENDS} is not valid JSON`);
  }
  if (!Array.isArray(parsed))
    throw new ConfigurationError(`${RUNTIME_ENV.OPENAI_BACKENDS} must be a JSON array`);
  return parsed.map((item: Record<string, unknown> | null) => {
    const ok =
      typeof item?.name === 'string' &&
      typeof item.baseUrl === 'string' &&
      (item.placement === 'private' || item.placement === 'cloud') &&
      (item.apiKeyParameter === undefined || typeof item.apiKeyParameter === 'string');
    if (!ok) {
      throw new ConfigurationError(
        `each ${RUNTIME_ENV.OPENAI_BACKENDS} entry needs name, baseUrl, placement ("private" or "cloud") and optionally apiKeyParameter`,
      );
    }
    return item as unknown as OpenAiBackendEnvEntry;
  });
}

// Bedrock's own patterns for guardrailIdentifier (an id or a guardrail ARN) and guardrailVersion.
const GUARDRAIL_ID =
  /^(?:[a-z0-9]{1,64}|arn:aws(?:-[a-z-]{1,20})?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]{1,64})$/;
const GUARDRAIL_VERSION = /^(?:DRAFT|[1-9][0-9]{0,7})$/;

function guardrailFromEnv(env: Env): BedrockGuardrail | undefined {
  const identifier = text(env, RUNTIME_ENV.BEDROCK_GUARDRAIL_ID);
  const version = text(env, RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION);
  if (identifier === undefined && version === undefined) return undefined;
  if (identifier === undefined || version === undefined) {
    throw new ConfigurationError(
      `set both ${RUNTIME_ENV.BEDROCK_GUARDRAIL_ID} and ${RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION}, or neither`,
    );
  }
  if (!GUARDRAIL_ID.test(identifier)) {
    throw new ConfigurationError(
      `${RUNTIME_ENV.BEDROCK_GUARDRAIL_ID} must be a guardrail id or ARN, got "${identifier}"`,
    );
  }
  if (!GUARDRAIL_VERSION.test(version)) {
    throw new ConfigurationError(
      `${RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION} must be a version number or DRAFT, got "${version}"`,
    );
  }
  return { identifier, version };
}

function auditKeyFromEnv(env: Env): AuditKeySource {
  const parameter = text(env, RUNTIME_ENV.AUDIT_HMAC_KEY_PARAMETER);
  if (parameter !== undefined) return { kind: 'parameter', name: parameter };
  const key = text(env, RUNTIME_ENV.AUDIT_HMAC_KEY);
  if (key !== undefined) return { kind: 'inline', key };
  return { kind: 'ephemeral' };
}

/** A set, non-empty value; an empty string counts as unset, as Lambda consoles leave them. */
function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

function booleanVar(env: Env, name: RuntimeEnvName, fallback: boolean): boolean {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigurationError(`${name} must be true or false, got "${raw}"`);
}

function positiveInt(env: Env, name: RuntimeEnvName, fallback: number, allowZero = false): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new ConfigurationError(
      `${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${raw}"`,
    );
  }
  return value;
}
