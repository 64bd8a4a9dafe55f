/**
 * Letter classes of UTF-16 code units without a Unicode regex per character: ASCII is decided
 * inline, other code units once each and remembered (the table is 64 KB, filled on demand).
 */

const UNKNOWN = 0;
const UPPER = 1;
const LOWER = 2;
const OTHER_LETTER = 3; // uncased letters (CJK, Arabic…) and combining marks
const NOT_LETTER = 4;

const table = new Uint8Array(65536);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (!LETTER_OR_MARK.test(ch)) return NOT_LETTER;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return OTHER_LETTER;
  return ch === upper ? UPPER : LOWER;
}

function classOf(code: number): number {
  if (!(code < 65536)) return NOT_LETTER; // past the end of the text (NaN)
  if (code < 128) {
    if (code >= 65 && code <= 90) return UPPER;
    if (code >= 97 && code <= 122) return LOWER;
    return NOT_LETTER;
  }
  let c = table[code];
  if (c === UNKNOWN) table[code] = c = classify(code);
  return c;
}

export function isLetterCode(code: number): boolean {
  return classOf(code) !== NOT_LETTER;
}
