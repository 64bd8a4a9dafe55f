import type { CategoryId, TopicCategoryId } from './categories';

/** Where a request may be served. */
export type Route = 'private' | 'cloud';

/** What the policy does with a request that contains a category. */
export type CategoryAction = 'private' | 'block' | 'redact-then-cloud';

/**
 * What an override does for a matching department, use case or environment.
 * - `private`: always private, whatever the content.
 * - `block`: reject (HTTP 403), reaching no backend.
 * - `cloud`: non-sensitive requests go to the cloud (even under `private-first`); a detection or
 *   topic still wins and makes the request private. An override can never send sensitive data out.
 */
export type OverrideRoute = 'private' | 'cloud' | 'block';

/** How non-sensitive requests are placed. */
export type NonSensitiveStrategy = 'cloud-first' | 'private-first';

/** An organisation's own pattern, reported as `prop.custom` (or the category it names). */
export interface CustomPattern {
  /** Stable name, used in reason codes (`custom.<name>`). */
  readonly name: string;
  /** ECMAScript regular expression source. Must be linear-time safe (no nested quantifiers). */
  readonly pattern: string;
  /** Regular-expression flags among `i`, `m`, `s`, `u`. @default 'i' */
  readonly flags?: string;
  /** The category reported for a match. @default 'prop.custom' */
  readonly category?: CategoryId;
}

/** An organisation's own term list (project code names, customer names), reported as `prop.custom`. */
export interface CustomDictionary {
  /** Stable name, used in reason codes (`dictionary.<name>`). */
  readonly name: string;
  /** Terms matched as whole words after normalization. */
  readonly terms: readonly string[];
  /** Match case exactly. @default false */
  readonly caseSensitive?: boolean;
  /** The category reported for a match. @default 'prop.custom' */
  readonly category?: CategoryId;
}

/** One concrete model on one backend. */
export interface ModelTarget {
  /** The model id the backend understands (vLLM served name, Bedrock model or inference-profile id). */
  readonly model: string;
  /** Backend name: `private`, `bedrock`, or a configured OpenAI-compatible provider name. */
  readonly backend: string;
  /** Relative traffic weight among the cloud targets of an alias. @default 1 */
  readonly weight?: number;
}

/** A logical model that applications ask for. */
export interface ModelAlias {
  /** The private model serving this alias. */
  readonly private: ModelTarget;
  /** Cloud models serving this alias, chosen by weight. Empty means the alias is private-only. */
  readonly cloud: readonly ModelTarget[];
  /** `chat` or `embeddings`. @default 'chat' */
  readonly kind?: 'chat' | 'embeddings';
}

/** Price of a cloud model, in USD per million tokens. */
export interface ModelPrice {
  readonly inputPerMillion: number;
  readonly outputPerMillion: number;
}

/**
 * The routing policy document (DESIGN section 5). Everything is optional in the JSON an
 * organisation writes; `resolvePolicy` fills the defaults and returns a `ResolvedPolicy`.
 */
export interface RoutingPolicy {
  /** Version label, copied into every decision and audit record. @default 'default' */
  readonly version?: string;
  /** Action for categories not listed in `categories`. @default 'private' */
  readonly defaultCategoryAction?: CategoryAction;
  /** Per-category actions. @default - every category `private` */
  readonly categories?: Partial<Record<CategoryId, CategoryAction>>;
  /** Department overrides, lower-case keys. @default { legal: 'private', hr: 'private', executive: 'private' } */
  readonly departments?: Record<string, OverrideRoute>;
  /** Use-case overrides, lower-case keys. @default {} */
  readonly useCases?: Record<string, OverrideRoute>;
  /** Environment overrides, lower-case keys. @default { dev: 'cloud', test: 'cloud' } */
  readonly environments?: Record<string, OverrideRoute>;
  /** Placement of non-sensitive requests. @default 'cloud-first' */
  readonly nonSensitiveStrategy?: NonSensitiveStrategy;
  /** Topic classifier settings. */
  readonly topics?: {
    /** Run the topic classifier. @default true */
    readonly enabled?: boolean;
    /** Probability at or above which a topic is reported, per topic. @default 0.1 each (recall first: see docs/topic-classifier.md) */
    readonly thresholds?: Partial<Record<TopicCategoryId, number>>;
  };
  /** Images, audio and files, which the classifier cannot read. @default 'private' */
  readonly attachments?: 'private' | 'cloud' | 'block';
  /** Organisation patterns. @default [] */
  readonly customPatterns?: readonly CustomPattern[];
  /** Organisation dictionaries. @default [] */
  readonly dictionaries?: readonly CustomDictionary[];
  /** Logical model aliases. @default - `chat-default`, `chat-large`, `embed` */
  readonly modelAliases?: Record<string, ModelAlias>;
  /** Cloud prices per model id. @default - a table for the default aliases' models */
  readonly pricing?: {
    readonly cloud?: Record<string, ModelPrice>;
    /** Amortized private GPU cost. */
    readonly private?: {
      /** USD per GPU hour, amortized. @default 2.5 */
      readonly gpuHourUsd?: number;
      /** Tokens (input + output) one GPU serves per hour at typical load. @default 2_000_000 */
      readonly tokensPerGpuHour?: number;
    };
  };
  /** Identity settings. */
  readonly identity?: {
    /** Trust `x-hybrid-ai-department` / `x-hybrid-ai-use-case` headers set by the client. @default false */
    readonly allowClientContextHeaders?: boolean;
  };
  /** Classifier limits. */
  readonly classification?: {
    /** Time budget for classifying one request; overrun counts as sensitive. @default 50 */
    readonly timeBudgetMs?: number;
  };
}

/** A policy with every default filled in. */
export interface ResolvedPolicy {
  readonly version: string;
  readonly defaultCategoryAction: CategoryAction;
  readonly categories: Readonly<Record<CategoryId, CategoryAction>>;
  readonly departments: Readonly<Record<string, OverrideRoute>>;
  readonly useCases: Readonly<Record<string, OverrideRoute>>;
  readonly environments: Readonly<Record<string, OverrideRoute>>;
  readonly nonSensitiveStrategy: NonSensitiveStrategy;
  readonly topics: {
    readonly enabled: boolean;
    readonly thresholds: Readonly<Record<TopicCategoryId, number>>;
  };
  readonly attachments: 'private' | 'cloud' | 'block';
  readonly customPatterns: readonly CustomPattern[];
  readonly dictionaries: readonly CustomDictionary[];
  readonly modelAliases: Readonly<Record<string, ModelAlias>>;
  readonly pricing: {
    readonly cloud: Readonly<Record<string, ModelPrice>>;
    readonly private: { readonly gpuHourUsd: number; readonly tokensPerGpuHour: number };
  };
  readonly identity: { readonly allowClientContextHeaders: boolean };
  readonly classification: { readonly timeBudgetMs: number };
}

/** Who is asking, from the verified identity (or allowed headers). */
export interface RequestContext {
  readonly department?: string;
  readonly useCase?: string;
  readonly environment?: string;
}

/**
 * Where a decision sends a request.
 * - `private`: the private cluster. With `sensitive: false` (under `private-first`) the gateway may
 *   still burst to the cloud; with `sensitive: true` it never does.
 * - `cloud`: a cloud backend (or private when the cloud is down). Only for non-sensitive requests.
 * - `redact-then-cloud`: every category present is one the policy allows out after redaction; only
 *   the redacted request (every finding of the `redact` categories replaced) may reach the cloud.
 * - `block`: rejected (HTTP 403), reaching no backend.
 */
export type DecisionRoute = Route | 'redact-then-cloud' | 'block';

/** The routing decision. Never carries a detected value. */
export interface Decision {
  readonly route: DecisionRoute;
  /**
   * True when the request holds data that must not reach a cloud backend as it is: a detection, a
   * topic, an unreadable attachment, a `private`/`block` override or a classifier failure.
   */
  readonly sensitive: boolean;
  /** Detected categories and topics, with counts (a topic counts 1). */
  readonly categories: readonly { readonly id: CategoryId; readonly count: number }[];
  /** Rule ids that produced the decision, e.g. `category.pii.ssn`, `override.department.legal`. */
  readonly reasons: readonly string[];
  /** Categories the gateway must redact before sending to the cloud; empty unless `route` is `redact-then-cloud`. */
  readonly redact: readonly CategoryId[];
  readonly policyVersion: string;
}
