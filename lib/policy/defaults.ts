import { CATEGORY_IDS, TOPIC_CATEGORIES, type CategoryId } from './categories';
import type { CategoryAction, ModelAlias, ModelPrice, ResolvedPolicy, RoutingPolicy } from './types';

/** Default model aliases: a vLLM-served open model privately, Bedrock models in the cloud. */
export const DEFAULT_MODEL_ALIASES: Readonly<Record<string, ModelAlias>> = {
  'chat-default': {
    private: { backend: 'private', model: 'meta-llama/Llama-3.1-8B-Instruct' },
    cloud: [{ backend: 'bedrock', model: 'us.anthropic.claude-3-5-haiku-20241022-v1:0' }],
  },
  'chat-large': {
    private: { backend: 'private', model: 'meta-llama/Llama-3.3-70B-Instruct' },
    cloud: [{ backend: 'bedrock', model: 'us.anthropic.claude-sonnet-4-20250514-v1:0' }],
  },
  embed: {
    kind: 'embeddings',
    private: { backend: 'private', model: 'BAAI/bge-large-en-v1.5' },
    cloud: [],
  },
};

/** USD per million tokens for the default cloud models (list prices, on-demand, us-east-1). */
export const DEFAULT_CLOUD_PRICES: Readonly<Record<string, ModelPrice>> = {
  'us.anthropic.claude-3-5-haiku-20241022-v1:0': { inputPerMillion: 0.8, outputPerMillion: 4 },
  'us.anthropic.claude-sonnet-4-20250514-v1:0': { inputPerMillion: 3, outputPerMillion: 15 },
};

/** Topic probability at or above which a topic counts, unless the policy sets its own. */
export const DEFAULT_TOPIC_THRESHOLD = 0.1;

/** Fill every default of DESIGN section 5 into a (validated) policy document. */
export function resolvePolicy(doc: RoutingPolicy = {}): ResolvedPolicy {
  const defaultCategoryAction: CategoryAction = doc.defaultCategoryAction ?? 'private';
  const categories = Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, doc.categories?.[id] ?? defaultActionFor(id, defaultCategoryAction)]),
  ) as Record<CategoryId, CategoryAction>;
  const resolved: ResolvedPolicy = {
    version: doc.version ?? 'default',
    defaultCategoryAction,
    categories,
    departments: lowerKeys(doc.departments ?? { legal: 'private', hr: 'private', executive: 'private' }),
    useCases: lowerKeys(doc.useCases ?? {}),
    environments: lowerKeys(doc.environments ?? { dev: 'cloud', test: 'cloud' }),
    nonSensitiveStrategy: doc.nonSensitiveStrategy ?? 'cloud-first',
    topics: {
      enabled: doc.topics?.enabled ?? true,
      // Low on purpose: a missed internal matter leaks data, a false alarm only costs private GPU
      // time. At 0.1 the shipped model keeps private recall >= 0.98 with false positives under 1%
      // on the dev corpus and three independent samples (docs/topic-classifier.md).
      thresholds: {
        'topic.healthcare': doc.topics?.thresholds?.['topic.healthcare'] ?? DEFAULT_TOPIC_THRESHOLD,
        'topic.legal': doc.topics?.thresholds?.['topic.legal'] ?? DEFAULT_TOPIC_THRESHOLD,
        'topic.financial': doc.topics?.thresholds?.['topic.financial'] ?? DEFAULT_TOPIC_THRESHOLD,
        'topic.hr': doc.topics?.thresholds?.['topic.hr'] ?? DEFAULT_TOPIC_THRESHOLD,
      },
    },
    attachments: doc.attachments ?? 'private',
    customPatterns: doc.customPatterns ?? [],
    dictionaries: doc.dictionaries ?? [],
    modelAliases: doc.modelAliases ?? DEFAULT_MODEL_ALIASES,
    pricing: {
      cloud: { ...DEFAULT_CLOUD_PRICES, ...doc.pricing?.cloud },
      private: {
        gpuHourUsd: doc.pricing?.private?.gpuHourUsd ?? 2.5,
        tokensPerGpuHour: doc.pricing?.private?.tokensPerGpuHour ?? 2_000_000,
      },
    },
    identity: { allowClientContextHeaders: doc.identity?.allowClientContextHeaders ?? false },
    classification: { timeBudgetMs: doc.classification?.timeBudgetMs ?? 50 },
  };
  RESOLVED.add(resolved);
  return resolved;
}

const TOPIC_SET: ReadonlySet<CategoryId> = new Set(TOPIC_CATEGORIES);

// A topic has no span to redact, so a `redact-then-cloud` default keeps topics private.
function defaultActionFor(id: CategoryId, defaultAction: CategoryAction): CategoryAction {
  return defaultAction === 'redact-then-cloud' && TOPIC_SET.has(id) ? 'private' : defaultAction;
}

// Policies built by resolvePolicy, so callers can tell them from documents without re-validating.
const RESOLVED = new WeakSet<object>();

/** True for an object returned by `resolvePolicy` (not for a look-alike built by hand). */
export function isResolvedPolicy(value: unknown): value is ResolvedPolicy {
  return typeof value === 'object' && value !== null && RESOLVED.has(value);
}

function lowerKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The default policy, resolved. */
export const DEFAULT_POLICY: ResolvedPolicy = resolvePolicy();
