import type { DigitRun, Finding } from '../types';
import { hasConfusable, foldConfusables } from './confusables';
import { cueWordFinder } from './cue-words';
import { EMAIL_CUE_WORDS, mayHaveObfuscatedEmail, rewriteEmailForms } from './email-forms';
import { hasLookalikeNextToDigits, readLookalikeDigits } from './lookalike-digits';
import type { Rewrite } from './rewrite';
import { mayHaveSpelledDigits, rewriteSpelledDigits, SPELLED_CUE_WORDS } from './spelled-digits';
import { DeobfuscatedView } from './view';

const findCueWords = cueWordFinder([...EMAIL_CUE_WORDS, ...SPELLED_CUE_WORDS]);

export { DeobfuscatedView } from './view';

/** What deobfuscate reads: the normalized text, its lower case, and its digit runs (cached). */
export interface DeobfuscationInput {
  readonly text: string;
  readonly lower: string;
  digitRuns(): readonly DigitRun[];
}

/**
 * A second, de-obfuscated view of the normalized text, for the "stretch" obfuscations that
 * normalization alone cannot undo:
 * - letters of other scripts that look Latin, inside mixed-script tokens ("раul@mail.com");
 * - O/o and l/I inside numbers that are mostly digits ("536-2O-87l6");
 * - email addresses with a written-out "at" and dot ("name [at] host [dot] com");
 * - digits spelled as English words ("five three six, two two…").
 * Returns undefined when nothing would change, which is the common case, decided by pre-checks
 * that allocate nothing on ordinary text: a character-class test that V8 answers without reading
 * a Latin-1 string, a look at the ends of the digit runs the detectors already built, searches for
 * "@" and brackets, one regular expression for all cue words, and a skipping scan for digit words.
 */
export function deobfuscate(input: DeobfuscationInput): DeobfuscatedView | undefined {
  const { text } = input;
  const confusable = hasConfusable(text);
  const lookalike = confusable || hasLookalikeNextToDigits(text, input.digitRuns());
  let lower = input.lower;
  let cues = findCueWords(lower);
  const email = mayHaveObfuscatedEmail(lower, cues);
  const spelled = mayHaveSpelledDigits(lower, cues);
  if (!lookalike && !email && !spelled) return undefined;

  let folded = confusable ? foldConfusables(text) : text;
  if (lookalike) folded = readLookalikeDigits(folded);
  if (folded !== text) {
    // Folding can reveal cues ("[аt]" with a Cyrillic а), so look again on the folded text.
    lower = asciiLower(folded);
    cues = findCueWords(lower);
  }
  // concat, not push(...): a long text can hold more rewrites than a call takes arguments.
  let rewrites: Rewrite[] = [];
  if (folded === text ? email : mayHaveObfuscatedEmail(lower, cues)) rewrites = rewriteEmailForms(lower);
  if (folded === text ? spelled : mayHaveSpelledDigits(lower, cues)) {
    rewrites = rewrites.concat(rewriteSpelledDigits(folded, lower));
  }
  if (folded === text && rewrites.length === 0) return undefined;
  return DeobfuscatedView.build(text, folded, withoutOverlaps(rewrites));
}

/** Lower-cases ASCII letters only, so offsets stay those of `text` (as ScanDoc.lower does). */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

/** Sorted by start; a rewrite overlapping an earlier one is dropped (first come, first kept). */
function withoutOverlaps(rewrites: Rewrite[]): Rewrite[] {
  rewrites.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Rewrite[] = [];
  let end = 0;
  for (const r of rewrites) {
    if (r.start < end) continue;
    kept.push(r);
    end = r.end;
  }
  return kept;
}

/**
 * The source findings merged with those of a scan of the view, moved to the source text. The view
 * repeats everything that was not obfuscated, and the source scan may have caught part of an
 * obfuscated value ("ul.smith@gmail.com" of a homoglyph "раul.smith@…"), yet each value must
 * count once. So a moved finding that overlaps source findings of its category replaces them when
 * it covers them and is wider, and is dropped otherwise.
 */
export function mergeViewFindings(
  view: DeobfuscatedView,
  found: readonly Finding[],
  inView: readonly Finding[],
): Finding[] {
  const index = new SpanIndex(found);
  const replaced = new Set<Finding>();
  const added: Finding[] = [];
  for (const f of inView) {
    const moved = view.toSource(f);
    const overlapping = index.overlapping(moved);
    const covers = overlapping.every((o) => o.start >= moved.start && o.end <= moved.end);
    const wider = overlapping.some((o) => o.start > moved.start || o.end < moved.end);
    if (overlapping.length > 0 && !(covers && wider)) continue;
    for (const o of overlapping) replaced.add(o);
    added.push(moved);
  }
  return [...(replaced.size === 0 ? found : found.filter((f) => !replaced.has(f))), ...added];
}

/** Findings per category, sorted by start, with the running maximum of their ends. */
class SpanIndex {
  private readonly byCategory = new Map<string, { sorted: Finding[]; maxEnds: number[] }>();

  constructor(findings: readonly Finding[]) {
    for (const f of findings) {
      const entry = this.byCategory.get(f.category);
      if (entry === undefined) this.byCategory.set(f.category, { sorted: [f], maxEnds: [] });
      else entry.sorted.push(f);
    }
    for (const entry of this.byCategory.values()) {
      entry.sorted.sort((a, b) => a.start - b.start);
      let maxEnd = 0;
      for (const f of entry.sorted) entry.maxEnds.push((maxEnd = Math.max(maxEnd, f.end)));
    }
  }

  /** The findings of `f`'s category that share at least one character with it. */
  overlapping(f: Finding): Finding[] {
    const entry = this.byCategory.get(f.category);
    if (entry === undefined) return [];
    // Past the last finding that starts before f ends, nothing overlaps; walk back from there
    // while some earlier finding still ends after f starts.
    let lo = 0;
    let hi = entry.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (entry.sorted[mid].start < f.end) lo = mid + 1;
      else hi = mid;
    }
    const result: Finding[] = [];
    for (let k = lo - 1; k >= 0 && entry.maxEnds[k] > f.start; k--) {
      if (entry.sorted[k].end > f.start) result.push(entry.sorted[k]);
    }
    return result;
  }
}
