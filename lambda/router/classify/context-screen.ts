/**
 * Which of several context regexes can match inside a window, found with one regex run instead of
 * one per context. Identifier rules each have their own context words (a passport word, a licence
 * word, an MRN word…) and a candidate value near no such word is the common case: one pass of a
 * regex made of the literals every match of each context contains (regex-literals.ts) rules most
 * of them out together. Exact: a context whose literals do not occur in a window cannot match
 * inside it, and those that remain are still tested with their own regex.
 */
import { requiredLiterals } from './regex-literals';

// One bit per context in a 32-bit mask.
export const MAX_SCREENED_CONTEXTS = 31;

function escapeLiteral(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

export class ContextScreen {
  /** Bits of contexts without usable literals: they are never ruled out. */
  private readonly unscreened: number;
  private readonly all: number;
  /** Every literal, longest first, so at each position the longest one present is the match. */
  private readonly literals: RegExp | undefined;
  /** Bits a matched literal stands for: its contexts and those of the literals it starts with. */
  private readonly bitsOf = new Map<string, number>();

  constructor(contexts: readonly RegExp[]) {
    if (contexts.length > MAX_SCREENED_CONTEXTS) {
      throw new Error(
        `a context screen holds at most ${MAX_SCREENED_CONTEXTS} regexes, got ${contexts.length}`,
      );
    }
    let unscreened = 0;
    const own = new Map<string, number>();
    contexts.forEach((re, i) => {
      const literals = requiredLiterals(re);
      if (literals === undefined) unscreened |= 1 << i;
      else for (const lit of literals) own.set(lit, (own.get(lit) ?? 0) | (1 << i));
    });
    // Two literals present at one position are prefix and extension: the match reports the longer.
    for (const lit of own.keys()) {
      let bits = 0;
      for (const [other, otherBits] of own) if (lit.startsWith(other)) bits |= otherBits;
      this.bitsOf.set(lit, bits);
    }
    const sorted = [...own.keys()].sort((a, b) => b.length - a.length);
    this.literals = sorted.length > 0 ? new RegExp(sorted.map(escapeLiteral).join('|'), 'g') : undefined;
    this.unscreened = unscreened;
    this.all = contexts.length === 0 ? 0 : (2 ** contexts.length - 1) | 0;
  }

  /** A mask with bit i clear when context i cannot match anywhere inside `window`. */
  possible(window: string): number {
    let mask = this.unscreened;
    const literals = this.literals;
    if (literals === undefined) return mask;
    literals.lastIndex = 0;
    for (let m = literals.exec(window); m !== null; m = literals.exec(window)) {
      mask |= this.bitsOf.get(m[0])!;
      if (mask === this.all) break;
      // Next start position, not the match's end: another literal may begin inside this one.
      literals.lastIndex = m.index + 1;
    }
    return mask;
  }
}
