import type { Decision, ResolvedPolicy } from '../../../lib/policy/types';

/** The decision when the classifier itself failed: sensitive, private, nothing to redact. */
export function failClosedDecision(policy: ResolvedPolicy): Decision {
  return {
    route: 'private',
    sensitive: true,
    categories: [],
    reasons: ['classifier.error'],
    redact: [],
    policyVersion: policy.version,
  };
}
