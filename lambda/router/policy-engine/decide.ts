import { TOPIC_CATEGORIES, type CategoryId, type TopicCategoryId } from '../../../lib/policy/categories';
import type {
  CategoryAction,
  Decision,
  OverrideRoute,
  RequestContext,
  ResolvedPolicy,
} from '../../../lib/policy/types';

/** What `decide` needs from a detection: ids, counts and scores only, never a detected value. */
export interface DetectionSummary {
  /** Categories found by detectors, with counts. */
  readonly categories: readonly { readonly id: CategoryId; readonly count: number }[];
  /** Topic probabilities; a missing topic was not scored. */
  readonly topicScores: Partial<Readonly<Record<TopicCategoryId, number>>>;
  /** Content parts the classifier could not read. */
  readonly attachments: number;
}

/** Classification did not finish: the content is unknown, so the request counts as sensitive. */
export interface ClassificationFailure {
  readonly failure: 'error' | 'timeout';
}

/**
 * The policy engine (DESIGN sections 5 and 6). Every rule that applies is collected into one of
 * four tiers; the strictest non-empty tier decides, and its rule ids are the reasons:
 *
 * 1. block: a `block` override, a category or topic whose action is `block`, attachments `block`;
 * 2. private: a `private` override, a `private` category, a topic at or above its threshold,
 *    attachments `private`, a classifier error or timeout (fail closed);
 * 3. redact-then-cloud: only categories whose action is `redact-then-cloud` were found;
 * 4. non-sensitive: a `cloud` override sends it to the cloud, otherwise `nonSensitiveStrategy`.
 *
 * So an override can make a request stricter but never sends sensitive data to the cloud, and a
 * request with any sensitive finding or a classifier failure is never routed `cloud`.
 */
export function decide(
  input: DetectionSummary | ClassificationFailure,
  context: RequestContext,
  policy: ResolvedPolicy,
): Decision {
  const tiers = {
    block: [] as string[],
    private: [] as string[],
    redact: [] as string[],
    cloud: [] as string[],
  };
  const redact: CategoryId[] = [];
  const categories: { id: CategoryId; count: number }[] = [];

  for (const [scope, table, value] of [
    ['department', policy.departments, context.department],
    ['use_case', policy.useCases, context.useCase],
    ['environment', policy.environments, context.environment],
  ] as const) {
    const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
    const route = lookup<OverrideRoute>(table, name);
    const reason = `override.${scope}.${name}`;
    // A value outside the schema (a hand-built policy) is treated as the strict `private`.
    if (route === 'block' || route === 'cloud') tiers[route].push(reason);
    else if (route !== undefined) tiers.private.push(reason);
  }

  if (isFailure(input)) {
    tiers.private.push(input.failure === 'timeout' ? 'classifier.timeout' : 'classifier.error');
  } else {
    for (const { id, count } of input.categories) {
      categories.push({ id, count });
      // An id the policy does not know (a newer detector) is kept private rather than guessed at.
      const action = lookup<CategoryAction>(policy.categories, id) ?? 'private';
      if (action === 'block') tiers.block.push(`action.block.${id}`);
      else if (action === 'redact-then-cloud') {
        tiers.redact.push(`action.redact.${id}`);
        redact.push(id);
      } else tiers.private.push(`category.${id}`);
    }
    if (policy.topics.enabled) {
      for (const topic of TOPIC_CATEGORIES) {
        const score = input.topicScores[topic];
        // `!(score < threshold)` also flags NaN: a broken score fails closed.
        if (typeof score !== 'number' || score < policy.topics.thresholds[topic]) continue;
        categories.push({ id: topic, count: 1 });
        // A topic has no span to redact, so anything but `block` keeps it private.
        if (lookup<CategoryAction>(policy.categories, topic) === 'block')
          tiers.block.push(`action.block.${topic}`);
        else tiers.private.push(topic);
      }
    }
    if (input.attachments > 0 && policy.attachments !== 'cloud') {
      (policy.attachments === 'block' ? tiers.block : tiers.private).push('attachment');
    }
  }

  const decision = (route: Decision['route'], sensitive: boolean, reasons: string[]): Decision => ({
    route,
    sensitive,
    categories,
    reasons,
    redact: route === 'redact-then-cloud' ? redact : [],
    policyVersion: policy.version,
  });
  if (tiers.block.length > 0) return decision('block', true, tiers.block);
  if (tiers.private.length > 0) return decision('private', true, tiers.private);
  if (tiers.redact.length > 0) return decision('redact-then-cloud', true, tiers.redact);
  if (tiers.cloud.length > 0) return decision('cloud', false, tiers.cloud);
  return policy.nonSensitiveStrategy === 'private-first'
    ? decision('private', false, ['strategy.private_first'])
    : decision('cloud', false, ['strategy.cloud_first']);
}

function isFailure(input: DetectionSummary | ClassificationFailure): input is ClassificationFailure {
  return 'failure' in input;
}

// Own properties only: a department called "constructor" must not find Object.prototype.constructor.
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
