import type { CueWord } from './cue-words';
import type { Rewrite } from './rewrite';

const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'],
  ['oh', '0'],
  ['nought', '0'],
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
]);
/** Words read as a group separator between two digits ("seven eight eight dash five nine"). */
const GROUP_WORDS: ReadonlySet<string> = new Set(['dash', 'hyphen']);
/** Words that repeat the next digit ("double five" is 55), as phone numbers are read out. */
const REPEAT_WORDS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
]);
/** The word cues of this pass: the words that join spelled digits. */
export const SPELLED_CUE_WORDS: readonly string[] = [...GROUP_WORDS, ...REPEAT_WORDS.keys()];

/**
 * Fewer spelled digits than this in a row is prose ("one or two", "four by four"); seven is the
 * shortest identifier worth hiding (a local phone number) and nothing in ordinary text.
 */
export const MIN_SPELLED_DIGITS = 7;
/** Longest run of separator characters between two spelled digits (", ", "... ", " - "). */
const MAX_GAP = 6;

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

// The characters that may sit between two spelled digits.
function isGapChar(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 46 || c === 45 || c === 59 || c === 58
  );
}

// 1 for the letters of the digit words, 2 for gap characters, 0 otherwise (lower-case ASCII only).
const RUN_CHAR = buildRunChars();

function buildRunChars(): Uint8Array {
  const table = new Uint8Array(128);
  for (const word of DIGIT_WORDS.keys()) for (let k = 0; k < word.length; k++) table[word.charCodeAt(k)] = 1;
  for (let c = 0; c < 128; c++) if (isGapChar(c)) table[c] = 2;
  return table;
}

function isRunChar(c: number): boolean {
  return c < 128 && RUN_CHAR[c] !== 0;
}

/** Shortest text that holds MIN_SPELLED_DIGITS digit words: two letters each, one gap between. */
const MIN_RUN_SPAN = MIN_SPELLED_DIGITS * 2 + (MIN_SPELLED_DIGITS - 1);

/**
 * Pre-check: could `lower` hold a sequence rewriteSpelledDigits accepts? Such a sequence either is
 * MIN_SPELLED_DIGITS digit words in a row, all written with the few letters of the digit words
 * and gap characters, or has a group or repeat word (a cue word) next to a digit word. The first
 * is found by skipping through the text MIN_RUN_SPAN characters at a time: one letter outside that
 * small alphabet, such as "a", "l" or "m", rules out every window around it, so ordinary prose
 * costs a fraction of a read per character.
 */
export function mayHaveSpelledDigits(lower: string, cues: readonly CueWord[]): boolean {
  return hasDigitWordRun(lower) || cues.some((cue) => isJoinerBesideDigitWord(lower, cue));
}

function hasDigitWordRun(lower: string): boolean {
  const n = lower.length;
  let i = 0;
  while (i + MIN_RUN_SPAN <= n) {
    let j = i + MIN_RUN_SPAN - 1;
    while (j >= i && isRunChar(lower.charCodeAt(j))) j--;
    if (j >= i) {
      i = j + 1;
      continue;
    }
    // A window of run characters: widen it to the whole stretch and count digit words in a row.
    let from = i;
    while (from > 0 && isRunChar(lower.charCodeAt(from - 1))) from--;
    let to = i + MIN_RUN_SPAN;
    while (to < n && isRunChar(lower.charCodeAt(to))) to++;
    if (longestDigitWordStreak(lower, from, to) >= MIN_SPELLED_DIGITS) return true;
    i = to + 1;
  }
  return false;
}

function longestDigitWordStreak(lower: string, from: number, to: number): number {
  let streak = 0;
  let longest = 0;
  let k = from;
  while (k < to) {
    while (k < to && !isLetter(lower.charCodeAt(k))) k++;
    const start = k;
    while (k < to && isLetter(lower.charCodeAt(k))) k++;
    if (k === start) break;
    streak = DIGIT_WORDS.has(lower.slice(start, k)) ? streak + 1 : 0;
    if (streak > longest) longest = streak;
  }
  return longest;
}

function isJoinerBesideDigitWord(lower: string, cue: CueWord): boolean {
  if (!SPELLED_CUE_WORDS.includes(cue.word)) return false;
  return DIGIT_WORDS.has(wordBefore(lower, cue.start)) || DIGIT_WORDS.has(wordAfter(lower, cue.end));
}

function wordBefore(lower: string, end: number): string {
  let k = end;
  while (k > 0 && end - k < MAX_GAP && isGapChar(lower.charCodeAt(k - 1))) k--;
  const wordEnd = k;
  while (k > 0 && wordEnd - k < 8 && isLetter(lower.charCodeAt(k - 1))) k--;
  return lower.slice(k, wordEnd);
}

function wordAfter(lower: string, start: number): string {
  let k = start;
  while (k < lower.length && k - start < MAX_GAP && isGapChar(lower.charCodeAt(k))) k++;
  const wordStart = k;
  while (k < lower.length && k - wordStart < 8 && isLetter(lower.charCodeAt(k))) k++;
  return lower.slice(wordStart, k);
}

/** "" between digits of one group, "-" or " " between groups; undefined when the gap ends the sequence. */
function gapSeparator(lower: string, from: number, to: number): string | undefined {
  if (to - from > MAX_GAP) return undefined;
  let separator = '';
  for (let k = from; k < to; k++) {
    const c = lower.charCodeAt(k);
    if (!isGapChar(c)) return undefined;
    if (c === 45) separator = '-';
    else if (c !== 32 && c !== 9 && separator === '') separator = ' ';
  }
  return separator;
}

function strongerSeparator(a: string, b: string): string {
  return a === '-' || b === '-' ? '-' : a === ' ' || b === ' ' ? ' ' : '';
}

/** 1234567 or 9876543: someone counting, not an identifier. */
function isCounting(digits: string): boolean {
  let up = true;
  let down = true;
  for (let k = 1; k < digits.length; k++) {
    const step = digits.charCodeAt(k) - digits.charCodeAt(k - 1);
    if (step !== 1) up = false;
    if (step !== -1) down = false;
  }
  return up || down;
}

interface Sequence {
  start: number;
  /** Where the second digit word starts (to drop a leading interjection "oh"). */
  secondStart: number;
  end: number;
  /** The digits with group separators. */
  written: string;
  digits: number;
  pendingSeparator: string;
  repeat: number;
  lastWordEnd: number;
  startsWithOh: boolean;
}

/**
 * Digits spelled out in English — "five three six, two two, eight seven one six", "zero seven
 * eight seven five... five one six nine two six", "seven eight eight dash five nine dash…",
 * "oh seven seven double five…" — written as digits in the view: "536 22 8716". Words in one
 * group (separated by spaces only) join; a comma, dot, colon, line break or ellipsis starts a new
 * group (a space in the view), a dash or the word "dash" a dashed one. A sequence is rewritten
 * when it yields at least MIN_SPELLED_DIGITS digits and is not someone counting ("one two three
 * …"). A "+" or "plus" before it becomes "+"; two to four single capital letters before it ("P T
 * five zero…") are kept as the identifier's letters ("PT50…").
 */
export function rewriteSpelledDigits(text: string, lower: string): Rewrite[] {
  const rewrites: Rewrite[] = [];
  let seq: Sequence | undefined;
  const finish = () => {
    if (seq !== undefined) {
      const rewrite = sequenceRewrite(text, lower, seq);
      if (rewrite !== undefined) rewrites.push(rewrite);
      seq = undefined;
    }
  };
  const n = lower.length;
  let k = 0;
  while (k < n) {
    if (!isLetter(lower.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < n && isLetter(lower.charCodeAt(k))) k++;
    const word = lower.slice(start, k);
    const digit = DIGIT_WORDS.get(word);
    if (seq !== undefined) {
      const gap = gapSeparator(lower, seq.lastWordEnd, start);
      if (gap !== undefined && extend(seq, word, digit, gap, start, k)) continue;
      finish();
    }
    if (digit !== undefined || REPEAT_WORDS.has(word)) {
      seq = {
        start,
        secondStart: -1,
        end: start,
        written: '',
        digits: 0,
        pendingSeparator: '',
        repeat: REPEAT_WORDS.get(word) ?? 0,
        lastWordEnd: k,
        startsWithOh: word === 'oh',
      };
      if (digit !== undefined) addDigit(seq, digit, start, k);
    }
  }
  finish();
  return rewrites;
}

function addDigit(seq: Sequence, digit: string, start: number, end: number): void {
  const times = seq.repeat === 0 ? 1 : seq.repeat;
  if (seq.digits > 0 && seq.secondStart < 0) seq.secondStart = start;
  seq.written += (seq.digits > 0 ? seq.pendingSeparator : '') + digit.repeat(times);
  seq.digits += times;
  seq.end = end;
  seq.lastWordEnd = end;
  seq.pendingSeparator = '';
  seq.repeat = 0;
}

/** Adds a word to the sequence; false when the word ends it. */
function extend(
  seq: Sequence,
  word: string,
  digit: string | undefined,
  gap: string,
  start: number,
  end: number,
): boolean {
  seq.pendingSeparator = strongerSeparator(seq.pendingSeparator, gap);
  if (digit !== undefined) {
    addDigit(seq, digit, start, end);
    return true;
  }
  if (seq.repeat !== 0 || seq.digits === 0) return false;
  if (GROUP_WORDS.has(word)) {
    seq.pendingSeparator = '-';
    seq.lastWordEnd = end;
    return true;
  }
  const repeat = REPEAT_WORDS.get(word);
  if (repeat === undefined) return false;
  seq.repeat = repeat;
  seq.lastWordEnd = end;
  return true;
}

function sequenceRewrite(text: string, lower: string, seq: Sequence): Rewrite | undefined {
  let { start, written, digits } = seq;
  // "Oh, one two…" is an interjection: an "oh" followed by a separator does not start a number.
  if (seq.startsWithOh && (written[1] === ' ' || written[1] === '-')) {
    written = written.slice(2);
    digits -= 1;
    start = seq.secondStart;
  }
  if (digits < MIN_SPELLED_DIGITS || isCounting(written.replace(/[ -]/g, ''))) return undefined;
  const prefix = prefixBefore(text, lower, start);
  return { start: prefix.start, end: seq.end, text: prefix.text + written };
}

/** A "+" / "plus", or two to four spaced single capital letters, right before the digits. */
function prefixBefore(text: string, lower: string, start: number): { start: number; text: string } {
  let k = start;
  while (k > 0 && start - k < 2 && lower.charCodeAt(k - 1) === 32) k--;
  if (k > 0 && lower.charCodeAt(k - 1) === 43) return { start: k - 1, text: '+' };
  if (k >= 4 && lower.slice(k - 4, k) === 'plus' && !isLetter(lower.charCodeAt(k - 5))) {
    return { start: k - 4, text: '+' };
  }
  let letters = '';
  let from = start;
  while (letters.length < 4 && from >= 2 && text.charCodeAt(from - 1) === 32) {
    const c = text.charCodeAt(from - 2);
    if (c < 65 || c > 90) break;
    const before = from >= 3 ? text.charCodeAt(from - 3) : 32;
    if (isLetter(before | 0x20) || (before >= 48 && before <= 57)) break;
    letters = text[from - 2] + letters;
    from -= 2;
  }
  return letters.length >= 2 ? { start: from, text: letters } : { start, text: '' };
}
