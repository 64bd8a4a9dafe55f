import type { DigitRun } from '../types';

/**
 * O and o read as 0, l and I as 1: the letters people and obfuscators type for them. "|" is not
 * one of them: between digits it is far more often a field separator ("12345|67890") than a 1.
 */
function lookalikeDigit(c: number): string | undefined {
  if (c === 79 || c === 111) return '0';
  if (c === 108 || c === 73) return '1';
  return undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isTokenChar(c: number): boolean {
  return isDigit(c) || isUpper(c) || (c >= 97 && c <= 122);
}

// The separators digit runs are assembled across (see scan-doc.ts): space . - / _ \t \n \r.
function isSeparator(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 47 || c === 95 || c === 9 || c === 10 || c === 13;
}

const MAX_SEPARATOR = 3;
/** A letter prefix kept as letters: an IBAN country code, a bank code, an ID's series letters. */
const MAX_PREFIX = 4;
/** A compact IBAN's country code, check digits and letter bank code ("IE29AIBK…"), kept as written. */
const IBAN_HEAD_WITH_BANK_CODE = /^[A-Z]{2}[0-9]{2}[A-Z]{1,4}$/;
/** Fewer real digits than this and the run is a word with a number in it, not a disguised number. */
export const MIN_REAL_DIGITS = 5;

/**
 * Cheap pre-check on the digit runs the detectors already built: any digit touching a look-alike
 * letter sits at the start or end of a run, because a look-alike is neither a digit nor a separator.
 */
export function hasLookalikeNextToDigits(text: string, runs: readonly DigitRun[]): boolean {
  for (const run of runs) {
    if (run.start > 0 && lookalikeDigit(text.charCodeAt(run.start - 1)) !== undefined) return true;
    if (run.end < text.length && lookalikeDigit(text.charCodeAt(run.end)) !== undefined) return true;
  }
  return false;
}

/** A token of a digit-like run: `[A-Z]{0,4}` letters, then a body of digits and look-alikes. */
interface Token {
  readonly start: number;
  readonly bodyStart: number;
  readonly end: number;
  readonly realDigits: number;
  readonly lookalikes: number;
}

/** The token at `[start, end)` if it is digit-like, else undefined. */
function digitLikeToken(text: string, start: number, end: number): Token | undefined {
  let bodyStart = end;
  let realDigits = 0;
  let lookalikes = 0;
  while (bodyStart > start) {
    const c = text.charCodeAt(bodyStart - 1);
    if (isDigit(c)) realDigits++;
    else if (lookalikeDigit(c) !== undefined) lookalikes++;
    else break;
    bodyStart--;
  }
  if (bodyStart === end) return undefined;
  if (bodyStart - start > MAX_PREFIX) {
    if (!IBAN_HEAD_WITH_BANK_CODE.test(text.slice(start, bodyStart))) return undefined;
  } else {
    for (let k = start; k < bodyStart; k++) if (!isUpper(text.charCodeAt(k))) return undefined;
  }
  return { start, bodyStart, end, realDigits, lookalikes };
}

/**
 * Reads O/o as 0 and l/I as 1 inside numbers that are mostly digits: "536-2O-87l6",
 * "6Oll65l492553668", "IEl7 BOFI 987l…". A run is a sequence of digit-like tokens joined by the
 * separators of digit runs. It is rewritten only when it holds at least MIN_REAL_DIGITS real
 * digits, at least one token mixing digits and look-alikes, and no more look-alikes than digits.
 * In it, a token's look-alikes are read as digits when the token also has a real digit, or when
 * it is at least two look-alikes long next to a token that has digits ("558-lO-53O9", an IBAN's
 * last group "OO"): a lone "I" or "O" between numbers stays a word. Letters before the body (IBAN country codes, "BOFI")
 * are kept. Words in lower case ("hello2024") are never digit-like. Same length as the input.
 */
export function readLookalikeDigits(text: string): string {
  const n = text.length;
  let chars: string[] | undefined;
  let i = 0;
  while (i < n) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // Collect one run of digit-like tokens.
    const run: Token[] = [];
    for (;;) {
      const start = i;
      while (i < n && isTokenChar(text.charCodeAt(i))) i++;
      const token = digitLikeToken(text, start, i);
      if (token === undefined) break;
      run.push(token);
      let j = i;
      while (j < n && j - i < MAX_SEPARATOR && isSeparator(text.charCodeAt(j))) j++;
      if (j === i || j >= n || !isTokenChar(text.charCodeAt(j))) break;
      i = j;
    }
    const rewritten = tokensToRead(run);
    if (rewritten.length === 0) continue;
    chars ??= text.split('');
    for (const t of rewritten) {
      for (let p = t.bodyStart; p < t.end; p++) chars[p] = lookalikeDigit(text.charCodeAt(p)) ?? chars[p];
    }
  }
  return chars === undefined ? text : chars.join('');
}

/** The tokens of one run whose look-alikes are read as digits (none when the run is not a number). */
function tokensToRead(run: readonly Token[]): Token[] {
  let realDigits = 0;
  let lookalikes = 0;
  let mixed = false;
  for (const t of run) {
    realDigits += t.realDigits;
    lookalikes += t.lookalikes;
    if (t.realDigits > 0 && t.lookalikes > 0) mixed = true;
  }
  if (!mixed || realDigits < MIN_REAL_DIGITS || lookalikes > realDigits) return [];
  const hasDigits = (k: number) => k >= 0 && k < run.length && run[k].realDigits > 0;
  return run.filter(
    (t, k) =>
      t.lookalikes > 0 &&
      (t.realDigits > 0 || (t.end - t.bodyStart >= 2 && (hasDigits(k - 1) || hasDigits(k + 1)))),
  );
}
