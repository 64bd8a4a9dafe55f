/**
 * Candidate numbers inside digit runs. A run joins digit groups across separators, so one run can
 * hold a card number followed by an expiry date, or a phone number's country code; candidates
 * are windows of whole groups, never a cut through a group.
 */
import type { DigitRun } from '../types';

/**
 * Visit every window of consecutive whole groups of `run` whose digit count is in [min, max],
 * longest first for each start group. `visit(startDigit, endDigit)` returns true when it used
 * the window; scanning then resumes at the group after it, so windows never overlap.
 */
export function forEachGroupWindow(
  run: DigitRun,
  min: number,
  max: number,
  visit: (startDigit: number, endDigit: number) => boolean,
): void {
  const starts = run.groupStarts;
  const groups = starts.length;
  const total = run.digits.length;
  let g = 0;
  while (g < groups) {
    const from = starts[g];
    // Largest end group whose window still fits in max digits.
    let last = g;
    while (last + 1 < groups && starts[last + 1] - from <= max) last++;
    let used = -1;
    for (let e = last; e >= g && used < 0; e--) {
      const to = e + 1 < groups ? starts[e + 1] : total;
      const length = to - from;
      if (length < min) break;
      if (length <= max && visit(from, to)) used = e;
    }
    g = used >= 0 ? used + 1 : g + 1;
  }
}

/** Offsets in the normalized text of a window of `run` (end exclusive). */
export function windowSpan(run: DigitRun, startDigit: number, endDigit: number): [number, number] {
  return [run.offsetOf(startDigit), run.offsetOf(endDigit - 1) + 1];
}

/** ASCII letter, digit or underscore: a character that glues a number into a larger token. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/**
 * True when the window is glued to a word: a letter or underscore right before the run when the
 * window starts the run, or right after it when the window ends the run (hex hashes, UUIDs and
 * identifiers such as "INV20240117" hold long digit runs).
 */
export function windowGlued(text: string, run: DigitRun, startDigit: number, endDigit: number): boolean {
  if (startDigit === 0 && run.start > 0 && isWordCode(text.charCodeAt(run.start - 1))) return true;
  return endDigit === run.digits.length && run.end < text.length && isWordCode(text.charCodeAt(run.end));
}
