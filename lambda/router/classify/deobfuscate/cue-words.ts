/** A whole word that tells a rewrite pass its obfuscation may be present. */
export interface CueWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const NONE: readonly CueWord[] = Object.freeze([]);

/**
 * Finds the cue words of every pass in one regular-expression pass over the lower-cased text:
 * one alternation costs about what one literal search does, a search per word would cost that
 * many times over. Only whole words count ("dash", not "dashboard").
 */
export function cueWordFinder(words: readonly string[]): (lower: string) => readonly CueWord[] {
  const pattern = new RegExp(`\\b(?:${words.join('|')})\\b`, 'g');
  return (lower) => {
    pattern.lastIndex = 0;
    let found: CueWord[] | undefined;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      (found ??= []).push({ word: m[0], start: m.index, end: m.index + m[0].length });
    }
    return found ?? NONE;
  };
}
