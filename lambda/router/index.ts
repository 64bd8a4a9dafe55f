/**
 * `hybrid-ai-cdk/router`: the classifier and policy engine for in-process use (SDK-level routing,
 * local servers, batch jobs). Plain TypeScript, no AWS dependency.
 *
 * ```ts
 * import { classify, loadPolicy } from 'hybrid-ai-cdk/router';
 * const policy = loadPolicy('routing-policy.json');
 * const decision = classify({ messages }, { department: 'finance' }, policy);
 * if (decision.route === 'cloud') { ... }
 * ```
 */
import type { Decision, RequestContext } from '../../lib/policy/types';
import { classifyRequest, type DecisionTimings } from './policy-engine/classify-request';
import {
  decide as decideWithPolicy,
  type ClassificationFailure,
  type DetectionSummary,
} from './policy-engine/decide';
import { asResolvedPolicy, type PolicyInput } from './policy-engine/policy-input';
import { warmUpClassifier } from './policy-engine/warm-up';

/** A decision plus where the time went. */
export interface Classification extends Decision {
  readonly timings: DecisionTimings;
}

/**
 * Classify a request (an OpenAI chat, completions or embeddings body, or plain text) and decide its
 * route. Fails closed: a classifier error or time-budget overrun yields a sensitive decision.
 * `policy` is a resolved policy or a routing-policy document (validated on first use; throws
 * `PolicyValidationError` when invalid). @default - the default policy
 *
 * The first call with a policy also warms the classifier up (a few milliseconds, outside the time
 * budget), so one-time set-up is not mistaken for a timeout.
 */
export function classify(
  request: unknown,
  context: RequestContext = {},
  policy?: PolicyInput,
): Classification {
  const resolved = asResolvedPolicy(policy);
  if (!warmed.has(resolved)) {
    warmUpClassifier(resolved);
    warmed.add(resolved);
  }
  const { decision, timings } = classifyRequest(request, context, resolved);
  return { ...decision, timings };
}

const warmed = new WeakSet<object>();

/** Decide the route of an already-classified request (or of a failed classification). */
export function decide(
  detection: DetectionSummary | ClassificationFailure,
  context: RequestContext = {},
  policy?: PolicyInput,
): Decision {
  return decideWithPolicy(detection, context, asResolvedPolicy(policy));
}

export {
  CATEGORY_IDS,
  isCategoryId,
  type CategoryId,
  type TopicCategoryId,
} from '../../lib/policy/categories';
export { DEFAULT_POLICY, resolvePolicy } from '../../lib/policy/defaults';
export { loadPolicy } from '../../lib/policy/load';
export { ROUTING_POLICY_SCHEMA } from '../../lib/policy/schema';
export type * from '../../lib/policy/types';
export {
  PolicyValidationError,
  policyIssues,
  validatePolicy,
  type PolicyIssue,
} from '../../lib/policy/validate';
export { ClassificationTimeoutError } from './classify/detect';
export { warmUpClassifier } from './policy-engine/warm-up';
export type { ClassificationFailure, DecisionTimings, DetectionSummary, PolicyInput };
