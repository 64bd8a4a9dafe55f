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

/** Find every digit run, joining digit groups across short separator sequences. Linear time. */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = '';
    const groupStarts: number[] = [];
    const seps: string[] = [];
    const positions: number[] = [];
    let end = i;
    for (;;) {
      groupStarts.push(digits.length);
      const g = i;
      while (i < n && isDigit(text.charCodeAt(i))) {
        positions.push(i);
        i++;
      }
      digits += text.slice(g, i);
      end = i;
      let j = i;
      while (j < n && j - i < MAX_SEPARATOR && isSeparator(text.charCodeAt(j))) j++;
      if (j > i && j < n && isDigit(text.charCodeAt(j))) {
        seps.push(text.slice(i, j));
        i = j;
        continue;
      }
      break;
    }
    runs.push({ digits, start, end, groupStarts, positions: Uint32Array.from(positions), seps });
    i = end;
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
