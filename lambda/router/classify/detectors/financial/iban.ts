import { ibanLength, ibanValid } from '../../validators/iban';
import type { Detector, ScanDoc } from '../../types';

// Country code + check digits, the literal start every IBAN has (case-insensitive: doc.lower),
// also spelled out one character at a time ("S E 6 1 …") or regrouped ("DE 89 3704…", "SA6 145…").
const IBAN_START = /[a-z] ?[a-z][ .-]{0,3}[0-9][ .-]{0,3}[0-9]/g;
// A separated head must be written in capitals: "is 12" or "at 12" in prose is not Iceland or Austria;
// a country code split by a space is only read in a value spelled out one character at a time.
const UPPER_COUNTRY = /^[A-Z][A-Z]/;
const SPACED_UPPER_START = /^[A-Z] [A-Z] [0-9] [0-9]$/;
const MAX_SEPARATOR_RUN = 3;

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

function isSeparator(code: number): boolean {
  // space, tab, line break, dash, dot
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 45 || code === 46;
}

/** BBANs are mostly digits (bank codes of 4 letters at most); prose collected by mistake is not. */
function mostlyDigits(bban: string): boolean {
  let digits = 0;
  for (let i = 0; i < bban.length; i++) if (bban.charCodeAt(i) <= 57) digits++;
  return digits * 2 >= bban.length;
}

/**
 * The country's `length` of letters and digits: `head`, then those from `from` on, across
 * separator runs. Returns the compact value and its end offset, or undefined when the text holds
 * fewer, or more as one alphanumeric token.
 */
function collectIban(
  lower: string,
  from: number,
  head: string,
  length: number,
): [string, number] | undefined {
  const n = lower.length;
  let compact = head;
  let j = from;
  let end = j;
  let separators = 0;
  while (compact.length < length && j < n) {
    const code = lower.charCodeAt(j);
    if (isAlnum(code)) {
      compact += lower[j];
      separators = 0;
      end = ++j;
    } else if (isSeparator(code) && separators < MAX_SEPARATOR_RUN) {
      separators++;
      j++;
    } else break;
  }
  if (compact.length !== length || (end < n && isAlnum(lower.charCodeAt(end)))) return undefined;
  return [compact, end];
}

/**
 * fin.iban: a registry country code, check digits, then exactly the country's length of letters
 * and digits in any grouping (spaces, dashes, dots, line breaks), mod 97 = 1.
 */
export const ibanDetector: Detector = {
  id: 'financial.iban',
  categories: ['fin.iban'],
  scan(doc: ScanDoc): void {
    const lower = doc.lower;
    IBAN_START.lastIndex = 0;
    for (let m = IBAN_START.exec(lower); m !== null; m = IBAN_START.exec(lower)) {
      const start = m.index;
      if (start > 0 && isAlnum(lower.charCodeAt(start - 1))) continue;
      const head = m[0].replace(/[ .-]/g, '');
      if (head.length !== m[0].length) {
        const written = doc.text.slice(start, start + m[0].length);
        if (!(m[0][1] === ' ' ? SPACED_UPPER_START : UPPER_COUNTRY).test(written)) continue;
      }
      const length = ibanLength(head.slice(0, 2).toUpperCase());
      if (length === undefined) continue;
      const collected = collectIban(lower, start + m[0].length, head, length);
      if (collected === undefined) continue;
      const [compact, end] = collected;
      if (!mostlyDigits(compact.slice(4)) || !ibanValid(compact)) continue;
      doc.add('fin.iban', start, end, 'fin.iban/mod97');
      IBAN_START.lastIndex = end;
    }
  },
};

// How far before a number an IBAN head can sit: the longest IBAN is 34 characters, plus separators.
const IBAN_REACH = 48;
// Letters and the first check digit together: "MC 5425…" is a card after its scheme's initials.
const CAPITAL_HEAD_AT = /[A-Z]{2}[0-9][ .-]{0,3}[0-9]/y;

/**
 * True when offset `at` lies inside an IBAN-shaped value, valid or not: a capital country code
 * with an IBAN length and two check digits ("IT23 J010 3014 …") at the start of a token, then
 * exactly that country's number of characters, mostly digits. The digits of an account number
 * are not a card number, even when a window of them passes Luhn, and an IBAN that fails mod 97
 * is still an account number (mistyped, or a test fixture).
 */
export function insideIbanShape(text: string, lower: string, at: number): boolean {
  for (let p = Math.max(0, at - IBAN_REACH); p + 4 <= at; p++) {
    const c = text.charCodeAt(p);
    if (c < 65 || c > 90 || (p > 0 && isAlnum(lower.charCodeAt(p - 1)))) continue;
    CAPITAL_HEAD_AT.lastIndex = p;
    const m = CAPITAL_HEAD_AT.exec(text);
    if (m === null) continue;
    const head = m[0].replace(/[ .-]/g, '').toLowerCase();
    const length = ibanLength(head.slice(0, 2).toUpperCase());
    if (length === undefined) continue;
    const collected = collectIban(lower, p + m[0].length, head, length);
    if (collected !== undefined && collected[1] > at && mostlyDigits(collected[0].slice(4))) return true;
  }
  return false;
}
