/**
 * Where in a document the literals that every match of a regex contains occur (see
 * regex-literals.ts), so that "can this regex match inside this window?" becomes a binary search.
 * Context lookups run one regex per candidate value over a window of about a hundred characters;
 * a text dense with candidates ("1:1:1:…") has overlapping windows that would read each character
 * dozens of times, while one indexing pass reads it once.
 */
import { requiredLiterals } from './regex-literals';

// Character codes above this share one table slot; the literal itself is still compared in full.
const TABLE_CODES = 128;

function slot(code: number): number {
  return code < TABLE_CODES ? code : TABLE_CODES - 1;
}

export class LiteralPrefilter {
  /** Single-character literals, by code (those outside the table in `singleWide`). */
  private readonly single = new Uint8Array(TABLE_CODES);
  private readonly singleWide = new Set<number>();
  /** Longer literals by the slots of their first two characters. */
  private readonly pairSeen = new Uint8Array(TABLE_CODES * TABLE_CODES);
  private readonly byPair = new Map<number, string[]>();

  constructor(literals: readonly string[]) {
    for (const lit of literals) {
      const first = lit.charCodeAt(0);
      if (lit.length === 1) {
        if (first < TABLE_CODES) this.single[first] = 1;
        else this.singleWide.add(first);
        continue;
      }
      const key = slot(first) * TABLE_CODES + slot(lit.charCodeAt(1));
      this.pairSeen[key] = 1;
      const list = this.byPair.get(key);
      if (list === undefined) this.byPair.set(key, [lit]);
      else list.push(lit);
    }
  }

  /** Every literal occurrence in `text`, for answering many windows of one document. */
  index(text: string): LiteralIndex {
    let starts = new Int32Array(64);
    let ends = new Int32Array(64);
    let count = 0;
    const push = (start: number, end: number) => {
      if (count === starts.length) {
        const grownStarts = new Int32Array(count * 2);
        const grownEnds = new Int32Array(count * 2);
        grownStarts.set(starts);
        grownEnds.set(ends);
        starts = grownStarts;
        ends = grownEnds;
      }
      starts[count] = start;
      ends[count++] = end;
    };
    const single = this.single;
    const pairSeen = this.pairSeen;
    const checkWide = this.singleWide.size > 0;
    const n = text.length;
    let next = n > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i < n; i++) {
      const code = next;
      next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (code < TABLE_CODES ? single[code] === 1 : checkWide && this.singleWide.has(code)) push(i, i + 1);
      if (i + 1 >= n) break;
      const key = slot(code) * TABLE_CODES + slot(next);
      if (pairSeen[key] === 0) continue;
      for (const lit of this.byPair.get(key)!) if (text.startsWith(lit, i)) push(i, i + lit.length);
    }
    return new LiteralIndex(starts.subarray(0, count), ends.subarray(0, count));
  }
}

/** Literal occurrences of one document, by start offset. */
export class LiteralIndex {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /** True when some occurrence lies wholly inside `[from, to)`. */
  within(from: number, to: number): boolean {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && starts[k] < to; k++) if (this.ends[k] <= to) return true;
    return false;
  }
}

// Keyed by flags and source too, so a pattern rebuilt per call is analysed once.
const bySource = new Map<string, LiteralPrefilter | null>();
const byRegex = new WeakMap<RegExp, LiteralPrefilter | null>();
const MAX_CACHED_SOURCES = 1024;

/** The prefilter for `re`, or null when its literals cannot be derived (then every window runs the regex). */
export function prefilterFor(re: RegExp): LiteralPrefilter | null {
  const known = byRegex.get(re);
  if (known !== undefined) return known;
  const key = `${re.flags}/${re.source}`;
  let filter = bySource.get(key);
  if (filter === undefined) {
    const literals = requiredLiterals(re);
    filter = literals === undefined ? null : new LiteralPrefilter(literals);
    if (bySource.size < MAX_CACHED_SOURCES) bySource.set(key, filter);
  }
  byRegex.set(re, filter);
  return filter;
}
