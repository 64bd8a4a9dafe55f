/**
 * Every environment variable the router Lambda's runtime reads: the one contract between the
 * construct (`ClassifierRouter`, which writes them) and the runtime (lambda/router/runtime, which
 * reads them through these constants, never through string literals). Imports nothing, so code
 * under lambda/ can import it too. test/integration/construct-runtime-contract.test.ts checks that
 * every variable the construct sets is one the runtime reads, and that the runtime accepts the values.
 *
 * Entries marked "not set by ClassifierRouter" are knobs for operators (add them with
 * `router.handler.addEnvironment(...)`), for the local server and for tests; the runtime default
 * is given for each. AWS_REGION is not listed: Lambda sets it.
 *
 * Secrets never travel in the environment: the router gets the name of an SSM parameter, and a
 * Secrets Manager secret is passed as `/aws/reference/secretsmanager/<secret name>` so the
 * runtime reads every secret the same way (SSM GetParameter with decryption).
 */
export const RUNTIME_ENV = {
  /**
   * Where the routing policy lives, one of `POLICY_SOURCES`; the runtime then requires that
   * source's variables and refuses the others. Unset (local use): AppConfig if its variables are
   * set, else the SSM parameter, else the inline JSON, else the default policy.
   */
  POLICY_SOURCE: 'HYBRID_AI_POLICY_SOURCE',
  /** AppConfig application id (policy source `appconfig`). */
  APPCONFIG_APPLICATION: 'HYBRID_AI_POLICY_APPCONFIG_APPLICATION',
  /** AppConfig environment id (policy source `appconfig`). */
  APPCONFIG_ENVIRONMENT: 'HYBRID_AI_POLICY_APPCONFIG_ENVIRONMENT',
  /** AppConfig configuration profile id (policy source `appconfig`). */
  APPCONFIG_PROFILE: 'HYBRID_AI_POLICY_APPCONFIG_PROFILE',
  /** SSM parameter name (policy source `ssm`). */
  POLICY_PARAMETER: 'HYBRID_AI_POLICY_PARAMETER',
  /** The policy document itself, JSON (policy source `inline`). */
  POLICY_JSON: 'HYBRID_AI_POLICY_JSON',
  /** Seconds a fetched policy is used before the next fetch (`appconfig` and `ssm`); default 30. */
  POLICY_TTL_SECONDS: 'HYBRID_AI_POLICY_TTL_SECONDS',

  /** Base URL of the private OpenAI-compatible backend, e.g. `https://vllm.corp.example/v1`. */
  PRIVATE_URL: 'HYBRID_AI_PRIVATE_URL',
  /** SSM parameter (or Secrets Manager reference) holding the private backend's API key; unset without one. */
  PRIVATE_API_KEY_PARAMETER: 'HYBRID_AI_PRIVATE_API_KEY_PARAMETER',
  /** JSON array of `OpenAiBackendEnvEntry`: third-party OpenAI-compatible providers; unset when none. */
  OPENAI_BACKENDS: 'HYBRID_AI_OPENAI_BACKENDS',
  /** `false` to run without the `bedrock` backend, `true` (default) to create it. Not set by ClassifierRouter. */
  BEDROCK: 'HYBRID_AI_BEDROCK',
  /** Region of the Bedrock Runtime endpoint; default AWS_REGION. Not set by ClassifierRouter. */
  BEDROCK_REGION: 'HYBRID_AI_BEDROCK_REGION',
  /** Bedrock guardrail id (or ARN) applied to every Converse and ConverseStream call; unset without a guardrail. */
  BEDROCK_GUARDRAIL_ID: 'HYBRID_AI_BEDROCK_GUARDRAIL_ID',
  /** Bedrock guardrail version (a number or `DRAFT`); set together with the id. */
  BEDROCK_GUARDRAIL_VERSION: 'HYBRID_AI_BEDROCK_GUARDRAIL_VERSION',

  /** SSM parameter (or Secrets Manager reference) holding the HMAC key for principals and prompt hashes in audit records. */
  AUDIT_HMAC_KEY_PARAMETER: 'HYBRID_AI_AUDIT_HMAC_KEY_PARAMETER',
  /**
   * The audit HMAC key itself, for the local server and tests only (a key in the environment is a
   * secret in plain sight); used when `AUDIT_HMAC_KEY_PARAMETER` is unset. Without either, each
   * container draws a random key and logs a warning. Not set by ClassifierRouter.
   */
  AUDIT_HMAC_KEY: 'HYBRID_AI_AUDIT_HMAC_KEY',
  /** Deployment environment name (`prod`, `dev`…), an input of the policy's environment overrides. */
  ENVIRONMENT: 'HYBRID_AI_ENVIRONMENT',
  /** Comma-separated claim names carrying the caller's department (first present wins). */
  DEPARTMENT_CLAIMS: 'HYBRID_AI_DEPARTMENT_CLAIMS',
  /** Comma-separated claim names carrying the caller's use case (first present wins). */
  USE_CASE_CLAIMS: 'HYBRID_AI_USE_CASE_CLAIMS',
  /**
   * `false` to serve callers without a verified principal; default `true`. Every authorization
   * mode of ClassifierRouter verifies the caller, so it is not set by ClassifierRouter.
   */
  REQUIRE_IDENTITY: 'HYBRID_AI_REQUIRE_IDENTITY',

  /** Largest accepted request body in bytes; default 6291456 (Lambda's payload limit). Not set by ClassifierRouter. */
  MAX_BODY_BYTES: 'HYBRID_AI_MAX_BODY_BYTES',
  /** Milliseconds one backend attempt may take (streams: to the first chunk, and between chunks); default 25000. ClassifierRouter sets half of DEADLINE_MS. */
  ATTEMPT_TIMEOUT_MS: 'HYBRID_AI_ATTEMPT_TIMEOUT_MS',
  /** Milliseconds to an answer, retries included; default 28000. ClassifierRouter sets the function timeout minus 5 s. */
  DEADLINE_MS: 'HYBRID_AI_DEADLINE_MS',
  /** Retries on the last remaining target (0 or more); default 2. Not set by ClassifierRouter. */
  MAX_RETRIES: 'HYBRID_AI_MAX_RETRIES',

  /** The `service` key of log lines and the `service` metric dimension; default `hybrid-ai-router`. */
  POWERTOOLS_SERVICE_NAME: 'POWERTOOLS_SERVICE_NAME',
  /** CloudWatch namespace of the EMF metrics (Powertools' own name for it); default `HybridAi`. */
  POWERTOOLS_METRICS_NAMESPACE: 'POWERTOOLS_METRICS_NAMESPACE',
  /** Overrides `POWERTOOLS_METRICS_NAMESPACE` where a Powertools-wide namespace is set for other functions. Not set by ClassifierRouter. */
  METRICS_NAMESPACE: 'HYBRID_AI_METRICS_NAMESPACE',
} as const;

/** One of the variable names above. */
export type RuntimeEnvName = (typeof RUNTIME_ENV)[keyof typeof RUNTIME_ENV];

/** Values of `HYBRID_AI_POLICY_SOURCE`. */
export const POLICY_SOURCES = ['appconfig', 'ssm', 'inline'] as const;
export type PolicySourceKind = (typeof POLICY_SOURCES)[number];

/** One entry of `HYBRID_AI_OPENAI_BACKENDS`. */
export interface OpenAiBackendEnvEntry {
  /** Backend name used in the policy's model aliases. */
  readonly name: string;
  /** OpenAI-compatible base URL. */
  readonly baseUrl: string;
  /** `cloud` for third-party providers (only `private` backends may receive sensitive requests). */
  readonly placement: 'private' | 'cloud';
  /** SSM parameter (or Secrets Manager reference) holding the API key. */
  readonly apiKeyParameter?: string;
}

/** How the runtime reads a Secrets Manager secret: through its Parameter Store reference. */
export function secretsManagerReference(secretName: string): string {
  return `/aws/reference/secretsmanager/${secretName}`;
}
