/**
 * The shape of one language's situations: internal matters written as clauses, requests that name
 * no field, and the same fields' concepts in general terms. `banks.ts` crosses them the way
 * `situations-en.ts` does for English, so a matter in any of these languages is learned from its
 * content, not from a request word, and a general question in the same words stays a negative.
 */
import type { Slots } from '../expand';

export type Field = 'hc' | 'legal' | 'fin' | 'hr';

export interface SituationSpec {
  readonly lang: string;
  /**
   * Fillers the situations use next to the pack's own (`first`, `surname`, `n`, `amount`, `pct`,
   * `quarter`, `year`, `company`). Names start with `s_` so they never shadow a pack slot.
   */
  readonly slots: Slots;
  /** Openers placed before a situation ("Quick one:", "Context:"). */
  readonly lead: readonly string[];
  /** Requests that name no field: draft, summarize, review, translate, reply. Whole sentences. */
  readonly ask: readonly string[];
  /** Email openings (`{first}` is the addressee) and sign-offs. */
  readonly greet: readonly string[];
  readonly sign: readonly string[];
  /** Short chat turns that follow a request. */
  readonly ack: readonly string[];
  readonly follow: readonly string[];
  /**
   * Organisation-internal matters, one situation per line: clauses that start in lower case and
   * end without a full stop, so templates can open, join and close them.
   */
  readonly situations: Readonly<Record<Field, readonly string[]>>;
  /** The same fields in general terms: noun phrases a general question can be about. */
  readonly concepts: Readonly<Record<Field, readonly string[]>>;
  /** General-knowledge questions; `{c}` is a concept of the field. */
  readonly general: readonly string[];
}
