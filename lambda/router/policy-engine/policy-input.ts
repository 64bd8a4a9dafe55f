import { DEFAULT_POLICY, isResolvedPolicy, resolvePolicy } from '../../../lib/policy/defaults';
import type { ResolvedPolicy, RoutingPolicy } from '../../../lib/policy/types';
import { validatePolicy } from '../../../lib/policy/validate';

/** A policy as callers hand it in: resolved already, or a document still to validate and resolve. */
export type PolicyInput = ResolvedPolicy | RoutingPolicy;

// Documents already validated, so an in-process caller passing the same object per request pays once.
const resolvedDocuments = new WeakMap<object, ResolvedPolicy>();

/**
 * The resolved policy for `policy`: the default when absent, itself when it came from
 * `resolvePolicy`, otherwise validated (throwing `PolicyValidationError`) and resolved.
 */
export function asResolvedPolicy(policy?: PolicyInput): ResolvedPolicy {
  if (policy === undefined) return DEFAULT_POLICY;
  if (isResolvedPolicy(policy)) return policy;
  let resolved = resolvedDocuments.get(policy);
  if (!resolved) {
    resolved = resolvePolicy(validatePolicy(policy));
    resolvedDocuments.set(policy, resolved);
  }
  return resolved;
}
