/**
 * The environment variables `ClassifierRouter` sets on the router Lambda: the one contract between
 * the construct (which writes them) and the Lambda runtime (lambda/router/runtime/env-config.ts,
 * which reads them). Imports nothing, so code under lambda/ can import it too.
 *
 * Secrets never travel in the environment: the router gets the name of an SSM parameter, and a
 * Secrets Manager secret is passed as `/aws/reference/secretsmanager/<secret name>` so the
 * runtime reads every secret the same way (SSM GetParameter with decryption).
 */
export const RUNTIME_ENV = {
  /** Where the routing policy lives, one of `POLICY_SOURCES` (informational: the runtime infers it from the variables below). */
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
  /** Seconds a fetched policy is used before the next fetch (`appconfig` and `ssm`). */
  POLICY_TTL_SECONDS: 'HYBRID_AI_POLICY_TTL_SECONDS',

  /** Base URL of the private OpenAI-compatible backend, e.g. `https://vllm.corp.example/v1`. */
  PRIVATE_URL: 'HYBRID_AI_PRIVATE_URL',
  /** SSM parameter (or Secrets Manager reference) holding the private backend's API key; unset without one. */
  PRIVATE_API_KEY_PARAMETER: 'HYBRID_AI_PRIVATE_API_KEY_PARAMETER',
  /** JSON array of `OpenAiBackendEnvEntry`: third-party OpenAI-compatible providers; unset when none. */
  OPENAI_BACKENDS: 'HYBRID_AI_OPENAI_BACKENDS',
  /** Bedrock guardrail id to apply to cloud requests; unset without a guardrail. */
  BEDROCK_GUARDRAIL_ID: 'HYBRID_AI_BEDROCK_GUARDRAIL_ID',
  /** Bedrock guardrail version; set together with the id. */
  BEDROCK_GUARDRAIL_VERSION: 'HYBRID_AI_BEDROCK_GUARDRAIL_VERSION',

  /** SSM parameter (or Secrets Manager reference) holding the HMAC key for principals and prompt hashes in audit records. */
  AUDIT_HMAC_KEY_PARAMETER: 'HYBRID_AI_AUDIT_HMAC_KEY_PARAMETER',
  /** Deployment environment name (`prod`, `dev`…), an input of the policy's environment overrides. */
  ENVIRONMENT: 'HYBRID_AI_ENVIRONMENT',
  /** Comma-separated claim names carrying the caller's department (first present wins). */
  DEPARTMENT_CLAIMS: 'HYBRID_AI_DEPARTMENT_CLAIMS',
  /** Comma-separated claim names carrying the caller's use case (first present wins). */
  USE_CASE_CLAIMS: 'HYBRID_AI_USE_CASE_CLAIMS',
} as const;

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
