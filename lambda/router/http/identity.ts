import type { RequestContext, ResolvedPolicy } from '../../../lib/policy/types';
import { RUNTIME_ENV } from '../../../lib/router/runtime-env';
import type { CallerIdentity } from './types';

/** Claim (or Lambda-authorizer context) names that carry department and use case, first match wins. */
export interface ClaimNames {
  readonly department: readonly string[];
  readonly useCase: readonly string[];
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = {
  department: ['department', 'custom:department'],
  useCase: ['use_case', 'custom:use_case', 'useCase'],
};

/** `HYBRID_AI_DEPARTMENT_CLAIMS` / `HYBRID_AI_USE_CASE_CLAIMS`: comma-separated claim names. */
export function claimNamesFromEnv(env: NodeJS.ProcessEnv): ClaimNames {
  const list = (v: string | undefined, fallback: readonly string[]) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : fallback;
  return {
    department: list(env[RUNTIME_ENV.DEPARTMENT_CLAIMS], DEFAULT_CLAIM_NAMES.department),
    useCase: list(env[RUNTIME_ENV.USE_CASE_CLAIMS], DEFAULT_CLAIM_NAMES.useCase),
  };
}

type Json = Record<string, unknown>;
const asRecord = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
const asText = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length > 0 ? v : typeof v === 'number' ? String(v) : undefined;

/**
 * The verified caller from an API Gateway proxy event's `requestContext`: an IAM caller ARN, a
 * Cognito/JWT subject, a Lambda authorizer's principal, or an API key id, in that order; department
 * and use case from JWT claims or the Lambda authorizer's context under the configured names.
 */
export function identityFromAuthorizer(
  requestContext: unknown,
  claimNames: ClaimNames = DEFAULT_CLAIM_NAMES,
): CallerIdentity {
  const rc = asRecord(requestContext) ?? {};
  const iam = asRecord(rc.identity) ?? {};
  const authorizer = asRecord(rc.authorizer) ?? {};
  const claims = asRecord(authorizer.claims) ?? asRecord(asRecord(authorizer.jwt)?.claims) ?? {};
  const sources = [claims, authorizer];
  const pick = (names: readonly string[]) => {
    for (const source of sources) {
      for (const name of names) {
        const v = asText(source[name]);
        if (v) return v;
      }
    }
    return undefined;
  };
  const apiKeyId = asText(iam.apiKeyId);
  const principal =
    asText(iam.userArn) ??
    asText(claims.sub) ??
    asText(authorizer.principalId) ??
    (apiKeyId ? `apikey:${apiKeyId}` : undefined);
  return { principal, department: pick(claimNames.department), useCase: pick(claimNames.useCase) };
}

export const DEPARTMENT_HEADER = 'x-hybrid-ai-department';
export const USE_CASE_HEADER = 'x-hybrid-ai-use-case';

/**
 * The policy's request context. Verified identity wins; the client's own headers fill a gap only
 * when the policy trusts them (`identity.allowClientContextHeaders`), because otherwise a caller
 * could talk its way out of a department override.
 */
export function requestContextOf(
  identity: CallerIdentity,
  headers: Readonly<Record<string, string | undefined>>,
  policy: ResolvedPolicy,
  environment: string | undefined,
): RequestContext {
  const trustHeaders = policy.identity.allowClientContextHeaders;
  const header = (name: string) => (trustHeaders ? headers[name]?.trim() || undefined : undefined);
  return {
    department: identity.department ?? header(DEPARTMENT_HEADER),
    useCase: identity.useCase ?? header(USE_CASE_HEADER),
    environment,
  };
}
