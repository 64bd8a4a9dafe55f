import type { CategoryId } from '../../../lib/policy/categories';
import { prefilterFor, type LiteralIndex } from './literal-prefilter';
import type { DigitRun, Finding, ScanDoc } from './types';

const MAX_SEPARATOR = 3;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSeparator(c: number): boolean {
  // space . - / _ \t \n \r
  return c === 32 || c === 46 || c === 45 || c === 47 || c === 95 || c === 9 || c === 10 || c === 13;
}

const SINGLE_GROUP: readonly number[] = Object.freeze([0]);
const NO_SEPARATORS: readonly string[] = Object.freeze([]);

/**
 * A digit run whose per-digit positions are computed only when a detector asks: most runs are
 * short and never need them, and a 1 MB input can hold hundreds of thousands of runs.
 */
class Run implements DigitRun {
  private pos: Uint32Array | undefined;

  constructor(
    readonly digits: string,
    readonly start: number,
    readonly end: number,
    readonly groupStarts: readonly number[],
    readonly seps: readonly string[],
  ) {}

  offsetOf(index: number): number {
    return this.groupStarts.length === 1 ? this.start + index : this.positions[index];
  }

  get positions(): Uint32Array {
    if (this.pos === undefined) {
      const pos = new Uint32Array(this.digits.length);
      let offset = this.start;
      for (let g = 0; g < this.groupStarts.length; g++) {
        const from = this.groupStarts[g];
        const to = g + 1 < this.groupStarts.length ? this.groupStarts[g + 1] : this.digits.length;
        for (let k = from; k < to; k++) pos[k] = offset++;
        if (g < this.seps.length) offset += this.seps[g].length;
      }
      this.pos = pos;
    }
    return this.pos;
  }
}

const ANY_DIGIT = /[0-9]/g;
// Characters looked at one by one before handing the search for the next digit to the regex
// engine, which scans prose many times faster than a loop but costs a call to start.
const NEAR = 16;

/** Offset of the first ASCII digit at or after `from`, or -1. */
function nextDigit(text: string, from: number): number {
  const near = Math.min(text.length, from + NEAR);
  for (let i = from; i < near; i++) if (isDigit(text.charCodeAt(i))) return i;
  if (near >= text.length) return -1;
  ANY_DIGIT.lastIndex = near;
  return ANY_DIGIT.test(text) ? ANY_DIGIT.lastIndex - 1 : -1;
}

/** Find every digit run, joining digit groups across short separator sequences. Linear time. */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    i = nextDigit(text, i);
    if (i < 0) break;
    const start = i;
    let groupStarts: number[] | undefined;
    let seps: string[] | undefined;
    let digits = '';
    for (;;) {
      const g = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      let j = i;
      while (j < n && j - i < MAX_SEPARATOR && isSeparator(text.charCodeAt(j))) j++;
      const joins = j > i && j < n && isDigit(text.charCodeAt(j));
      if (!joins && groupStarts === undefined) {
        digits = text.slice(g, i); // a single group: the common case, no arrays
        break;
      }
      groupStarts ??= [];
      seps ??= [];
      groupStarts.push(digits.length);
      digits += text.slice(g, i);
      if (!joins) break;
      seps.push(text.slice(i, j));
      i = j;
    }
    runs.push(new Run(digits, start, i, groupStarts ?? SINGLE_GROUP, seps ?? NO_SEPARATORS));
  }
  return runs;
}

/** Lower-case without changing length (a few characters lengthen under toLowerCase). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

// Windows of one regex may read the document this many times over before its literals are indexed:
// indexing costs a pass in JavaScript, slower per character than the regex engine.
const INDEX_AFTER_READS = 8;

/** How one context regex has been looked up in a document so far. */
interface ContextLookups {
  /** Characters of windows the regex has read. */
  read: number;
  /** Literal occurrences over the whole document, built once windows have read as much as it (null: the regex has no usable literals). */
  index: LiteralIndex | null | undefined;
}

export class Document implements ScanDoc {
  readonly lower: string;
  readonly findings: Finding[] = [];
  private runs: DigitRun[] | undefined;
  private lookups: Map<RegExp, ContextLookups> | undefined;
  private views: Map<symbol, unknown> | undefined;

  constructor(readonly text: string) {
    this.lower = lowerSameLength(text);
  }

  digitRuns(): readonly DigitRun[] {
    if (this.runs === undefined) this.runs = findDigitRuns(this.text);
    return this.runs;
  }

  shared<T>(key: symbol, compute: (doc: ScanDoc) => T): T {
    this.views ??= new Map();
    if (this.views.has(key)) return this.views.get(key) as T;
    const view = compute(this);
    this.views.set(key, view);
    return view;
  }

  hasContext(start: number, end: number, re: RegExp, before = 48, after = 16): boolean {
    const from = Math.max(0, start - before);
    const to = Math.min(this.lower.length, end + after);
    if (!this.mayHaveContext(from, to, re)) return false;
    return re.test(this.lower.slice(from, to));
  }

  /**
   * False when the window cannot hold a match of `re`. A regex runs faster over one window than
   * any check written in JavaScript, so windows go straight to it until they add up to several
   * times the document's length; from then on (a text dense with candidates, whose windows overlap) an index
   * of the literals every match contains (literal-prefilter.ts) answers first, and only windows
   * holding such a literal run the regex. Each character is then read a bounded number of times.
   */
  private mayHaveContext(from: number, to: number, re: RegExp): boolean {
    this.lookups ??= new Map();
    let state = this.lookups.get(re);
    if (state === undefined) this.lookups.set(re, (state = { read: 0, index: undefined }));
    if (state.index === undefined) {
      state.read += to - from;
      if (state.read <= INDEX_AFTER_READS * this.lower.length) return true;
      state.index = prefilterFor(re)?.index(this.lower) ?? null;
    }
    return state.index === null || state.index.within(from, to);
  }

  add(category: CategoryId, start: number, end: number, detector: string): void {
    this.findings.push({ category, start, end, detector });
  }
}
