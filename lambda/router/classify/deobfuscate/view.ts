import type { Finding } from '../types';
import type { Rewrite } from './rewrite';
import { SEGMENT_JOINER } from '../segment-joiner'; // between windows, so nothing is read across a cut

/**
 * Unchanged text kept on each side of a change: more than any detector reads for context words
 * (tens of characters), so a value in the view is judged as it would be in the whole text.
 */
const CONTEXT = 256;
/** How far a window edge moves outwards to cut at a space rather than inside a word or number. */
const SNAP = 32;
interface Span {
  start: number;
  end: number;
}

/** Source ranges that folding or a rewrite changed, sorted by start. */
function changedRanges(source: string, folded: string, rewrites: readonly Rewrite[]): Span[] {
  const ranges: Span[] = rewrites.map((r) => ({ start: r.start, end: r.end }));
  if (folded !== source) {
    let last: Span | undefined;
    for (let k = 0; k < source.length; k++) {
      if (source.charCodeAt(k) === folded.charCodeAt(k)) continue;
      // Changes closer than a window's context fall in one window anyway: one range for them.
      if (last !== undefined && k - last.end <= CONTEXT) last.end = k + 1;
      else ranges.push((last = { start: k, end: k + 1 }));
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** The changed ranges widened by CONTEXT and merged where they meet, then cut at spaces. */
function windowsAround(ranges: readonly Span[], text: string): Span[] {
  const windows: Span[] = [];
  for (const r of ranges) {
    const start = Math.max(0, r.start - CONTEXT);
    const end = Math.min(text.length, r.end + CONTEXT);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last.end + 2 * SNAP) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  for (const w of windows) {
    for (let k = w.start; k > 0 && w.start - k < SNAP; k--) {
      if (isSpace(text.charCodeAt(k - 1))) {
        w.start = k;
        break;
      }
    }
    for (let k = w.end; k < text.length && k - w.end < SNAP; k++) {
      if (isSpace(text.charCodeAt(k))) {
        w.end = k;
        break;
      }
    }
  }
  return windows;
}

/**
 * The de-obfuscated view of a text and the way back. The view holds only windows of the text
 * around what de-obfuscation changed (with CONTEXT characters each side), so scanning it costs in
 * proportion to the obfuscated values, not to the length of the prompt; the windows are joined by
 * the segment joiner, and a short text is one window.
 */
export class DeobfuscatedView {
  private constructor(
    readonly text: string,
    /** Source offset where the view character at each index comes from. */
    private readonly sourceStart: Uint32Array,
    /** Source offset just after the source text each view character comes from. */
    private readonly sourceEnd: Uint32Array,
  ) {}

  /**
   * Builds the view of `source` from `folded` (same length and offsets: confusables and
   * look-alike digits folded) and `rewrites` of `folded` that change length (spelled digits,
   * email forms), sorted by start and not overlapping.
   */
  static build(source: string, folded: string, rewrites: readonly Rewrite[]): DeobfuscatedView {
    const windows = windowsAround(changedRanges(source, folded, rewrites), folded);
    let length = SEGMENT_JOINER.length * (windows.length - 1);
    for (const w of windows) length += w.end - w.start;
    for (const r of rewrites) length += r.text.length - (r.end - r.start);
    const sourceStart = new Uint32Array(length);
    const sourceEnd = new Uint32Array(length);
    const parts: string[] = [];
    let out = 0;
    const emit = (text: string, start: number, end: number) => {
      parts.push(text);
      for (let k = 0; k < text.length; k++, out++) {
        sourceStart[out] = start;
        sourceEnd[out] = end;
      }
    };
    const copy = (from: number, to: number) => {
      parts.push(folded.slice(from, to));
      for (let k = from; k < to; k++, out++) {
        sourceStart[out] = k;
        sourceEnd[out] = k + 1;
      }
    };
    let next = 0; // the next rewrite to apply
    windows.forEach((w, index) => {
      if (index > 0) emit(SEGMENT_JOINER, w.start, w.start);
      let from = w.start;
      for (; next < rewrites.length && rewrites[next].start < w.end; next++) {
        const r = rewrites[next];
        copy(from, r.start);
        // Every character of a replacement stands for the whole replaced phrase.
        emit(r.text, r.start, r.end);
        from = r.end;
      }
      copy(from, w.end);
    });
    return new DeobfuscatedView(parts.join(''), sourceStart, sourceEnd);
  }

  /**
   * A finding made on the view, moved to the source text: it covers every source character its
   * view characters came from, so "five three six, two two…" is reported over the words.
   * Rewrites never cross a segment joiner (U+001E is no gap, dot or address character), so a
   * moved finding stays inside the segment the view finding was in.
   */
  toSource(finding: Finding): Finding {
    const lastIndex = this.text.length - 1;
    const first = Math.min(finding.start, lastIndex);
    const last = Math.min(Math.max(finding.start, finding.end - 1), lastIndex);
    return {
      category: finding.category,
      start: this.sourceStart[first],
      end: this.sourceEnd[last],
      detector: `${finding.detector}+deobfuscated`,
    };
  }
}
