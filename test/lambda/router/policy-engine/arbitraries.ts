import fc from 'fast-check';
import {
  CATEGORY_IDS,
  TOPIC_CATEGORIES,
  type CategoryId,
  type TopicCategoryId,
} from '../../../../lib/policy/categories';
import { resolvePolicy } from '../../../../lib/policy/defaults';
import type {
  CategoryAction,
  OverrideRoute,
  RequestContext,
  ResolvedPolicy,
  RoutingPolicy,
} from '../../../../lib/policy/types';
import type { ClassificationFailure, DetectionSummary } from '../../../../lambda/router/policy-engine/decide';

/** Generators shared by the policy-engine property tests. */

const DETECTOR_CATEGORIES = CATEGORY_IDS.filter((id) => !id.startsWith('topic.'));
// A small pool, so generated contexts often hit generated overrides.
const NAMES = ['legal', 'hr', 'finance', 'dev', 'prod', 'support', 'research'];

const categoryAction = fc.constantFrom<CategoryAction>('private', 'block', 'redact-then-cloud');
const topicAction = fc.constantFrom<CategoryAction>('private', 'block');
const overrideRoute = fc.constantFrom<OverrideRoute>('private', 'cloud', 'block');
const overrideTable = fc.dictionary(fc.constantFrom(...NAMES), overrideRoute, { maxKeys: 4 });

export const policyDocument: fc.Arbitrary<RoutingPolicy> = fc.record(
  {
    defaultCategoryAction: categoryAction,
    categories: fc.record(
      Object.fromEntries(
        CATEGORY_IDS.map((id) => [
          id,
          (TOPIC_CATEGORIES as readonly string[]).includes(id) ? topicAction : categoryAction,
        ]),
      ) as Record<CategoryId, fc.Arbitrary<CategoryAction>>,
      { requiredKeys: [] },
    ),
    departments: overrideTable,
    useCases: overrideTable,
    environments: overrideTable,
    nonSensitiveStrategy: fc.constantFrom('cloud-first' as const, 'private-first' as const),
    topics: fc.record(
      {
        enabled: fc.boolean(),
        thresholds: fc.record(
          Object.fromEntries(
            TOPIC_CATEGORIES.map((id) => [id, fc.double({ min: 0, max: 1, noNaN: true })]),
          ) as Record<TopicCategoryId, fc.Arbitrary<number>>,
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    attachments: fc.constantFrom('private' as const, 'cloud' as const, 'block' as const),
  },
  { requiredKeys: [] },
);

export const policy: fc.Arbitrary<ResolvedPolicy> = policyDocument.map((doc) => resolvePolicy(doc));

export const context: fc.Arbitrary<RequestContext> = fc.record(
  {
    department: fc.constantFrom(...NAMES, 'Legal', 'engineering'),
    useCase: fc.constantFrom(...NAMES),
    environment: fc.constantFrom(...NAMES, 'TEST'),
  },
  { requiredKeys: [] },
);

export const detection: fc.Arbitrary<DetectionSummary> = fc.record({
  categories: fc
    .uniqueArray(fc.constantFrom(...DETECTOR_CATEGORIES), { maxLength: 6 })
    .chain((ids) =>
      fc.tuple(...ids.map((id) => fc.integer({ min: 1, max: 20 }).map((count) => ({ id, count })))),
    ),
  topicScores: fc.record(
    Object.fromEntries(TOPIC_CATEGORIES.map((id) => [id, fc.double({ min: 0, max: 1 })])) as Record<
      TopicCategoryId,
      fc.Arbitrary<number>
    >,
    { requiredKeys: [] },
  ),
  attachments: fc.nat({ max: 3 }),
});

/** A detection that found nothing: no categories, no topic scores, no attachments. */
export const quietDetection: fc.Arbitrary<DetectionSummary> = fc.constant({
  categories: [],
  topicScores: {},
  attachments: 0,
});

export const failure: fc.Arbitrary<ClassificationFailure> = fc.constantFrom(
  { failure: 'error' as const },
  { failure: 'timeout' as const },
);

/** Any input to `decide`, with clean requests common enough that cloud decisions are frequent. */
export const anyInput: fc.Arbitrary<DetectionSummary | ClassificationFailure> = fc.oneof(
  detection,
  quietDetection,
  failure,
);

/** The override routes that apply to `ctx` under `p`, as the engine should see them. */
export function matchingOverrides(p: ResolvedPolicy, ctx: RequestContext): OverrideRoute[] {
  const pick = (table: Readonly<Record<string, OverrideRoute>>, name?: string) => {
    const key = name?.trim().toLowerCase();
    return key !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? [table[key]] : [];
  };
  return [
    ...pick(p.departments, ctx.department),
    ...pick(p.useCases, ctx.useCase),
    ...pick(p.environments, ctx.environment),
  ];
}

/** Topics at or above their threshold (NaN counts as flagged), when topics are enabled. */
export function flaggedTopics(p: ResolvedPolicy, d: DetectionSummary): TopicCategoryId[] {
  if (!p.topics.enabled) return [];
  return TOPIC_CATEGORIES.filter((t) => {
    const score = d.topicScores[t];
    return typeof score === 'number' && !(score < p.topics.thresholds[t]);
  });
}
