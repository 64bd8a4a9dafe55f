import type { CategoryId } from '../../../lib/policy/categories';
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

/** Find every digit run, joining digit groups across short separator sequences. Linear time. */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
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

export class Document implements ScanDoc {
  readonly lower: string;
  readonly findings: Finding[] = [];
  private runs: DigitRun[] | undefined;

  constructor(readonly text: string) {
    this.lower = lowerSameLength(text);
  }

  digitRuns(): readonly DigitRun[] {
    if (this.runs === undefined) this.runs = findDigitRuns(this.text);
    return this.runs;
  }

  hasContext(start: number, end: number, re: RegExp, before = 48, after = 16): boolean {
    const from = Math.max(0, start - before);
    const to = Math.min(this.lower.length, end + after);
    return re.test(this.lower.slice(from, to));
  }

  add(category: CategoryId, start: number, end: number, detector: string): void {
    this.findings.push({ category, start, end, detector });
  }
}
