/**
 * Identifier rules: a value's shape and check digits, and when it counts as sensitive on its own
 * or only with a context word nearby. One table drives the national-id, document and health
 * detectors over the shared candidate spans.
 */
import type { CategoryId } from '../../../../../lib/policy/categories';
import type { ScanDoc } from '../../types';
import { idCandidates, type IdSpan } from './id-spans';
import { contextPossible, screenContext } from './screened-contexts';

export interface IdRule {
  /** Stable detector id, `<category>/<scheme>`. */
  readonly detector: string;
  readonly category: CategoryId;
  /** Compact lengths (separators removed) the scheme can have. */
  readonly lengths: readonly number[];
  /** Shape and check-digit validation of the upper-cased compact value (the span and text for schemes whose separator matters). */
  readonly valid: (compact: string, span: IdSpan, text: string) => boolean;
  /**
   * When a valid value is sensitive without a context word: strong checks, or a weak check
   * written in the scheme's own grouping. @default - never: a context word is required
   */
  readonly alone?: (span: IdSpan, text: string) => boolean;
  /** Context words (lower-case regex) that raise a valid value. @default - none */
  readonly context?: RegExp;
  /** Characters before the value searched for context. @default 48 */
  readonly before?: number;
  /** Characters after the value searched for context. @default 32 */
  readonly after?: number;
}

/** Rules indexed by compact length, with the screen bit of each rule's context; built once at module load. */
export interface CompiledRules {
  readonly byLength: ReadonlyMap<number, readonly IdRule[]>;
  /** Bit of each rule's context regex in the shared screen (see screened-contexts.ts). */
  readonly contextBit: ReadonlyMap<IdRule, number>;
}

export function compileRules(rules: readonly IdRule[]): CompiledRules {
  const byLength = new Map<number, IdRule[]>();
  for (const rule of rules) {
    for (const len of rule.lengths) {
      let list = byLength.get(len);
      if (!list) byLength.set(len, (list = []));
      list.push(rule);
    }
  }
  const contextBit = new Map<IdRule, number>();
  for (const rule of rules) {
    if (rule.context !== undefined)
      contextBit.set(rule, screenContext(rule.context, rule.before ?? 48, rule.after ?? 32));
  }
  return { byLength, contextBit };
}

/**
 * Report every span that some rule accepts. Overlapping spans count once per category. Context is
 * looked up once per cluster and word list: the spans of a cluster share their surroundings, and
 * one screen of the cluster's surroundings rules out most word lists before any regex runs.
 */
export function scanRules(doc: ScanDoc, rules: CompiledRules): void {
  const lastEnd = new Map<CategoryId, number>();
  let cluster: IdSpan['cluster'] | undefined;
  const contextSeen = new Map<IdRule, boolean>();
  const hasContext = (rule: IdRule, span: IdSpan): boolean => {
    if (span.cluster !== cluster) {
      cluster = span.cluster;
      contextSeen.clear();
    }
    let seen = contextSeen.get(rule);
    if (seen === undefined) {
      seen =
        contextPossible(doc, cluster, rules.contextBit.get(rule)!) &&
        doc.hasContext(cluster.start, cluster.end, rule.context!, rule.before ?? 48, rule.after ?? 32);
      contextSeen.set(rule, seen);
    }
    return seen;
  };
  for (const span of idCandidates(doc).spans) {
    const candidates = rules.byLength.get(span.compact.length);
    if (candidates === undefined) continue;
    for (const rule of candidates) {
      if ((lastEnd.get(rule.category) ?? -1) > span.start) continue;
      // A rule that needs its context word asks for it first: that answer is shared by the
      // cluster's spans and screened for all rules at once, cheaper than the value checks.
      if (rule.alone === undefined && (rule.context === undefined || !hasContext(rule, span))) continue;
      if (!rule.valid(span.compact, span, doc.text)) continue;
      if ((rule.alone?.(span, doc.text) ?? false) || (rule.context !== undefined && hasContext(rule, span))) {
        doc.add(rule.category, span.start, span.end, rule.detector);
        lastEnd.set(rule.category, span.end);
      }
    }
  }
}

// ---------- predicates for `alone` ----------

/** Any valid value counts: the check is strong enough by itself. */
export const always = (): boolean => true;

/** Written without separators (`130692544`). */
export const unseparated = (span: IdSpan): boolean => span.groups.length === 1;

/** Written in one of the scheme's own groupings (`[3, 3, 3]` for `130 692 544`). */
export function groupedAs(...patterns: readonly (readonly number[])[]): (span: IdSpan) => boolean {
  const keys = new Set(patterns.map((p) => p.join(',')));
  return (span) => keys.has(span.groups.join(','));
}

/** Either predicate. */
export function either(
  a: (span: IdSpan) => boolean,
  b: (span: IdSpan) => boolean,
): (span: IdSpan) => boolean {
  return (span) => a(span) || b(span);
}
