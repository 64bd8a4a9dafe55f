/**
 * Shapes of identifiers that have no public check digit (passport, licence, record and member
 * numbers). They only count next to a context word, and never when the value reads as a date.
 */
import { allDigits, isValidDayOfMonth } from '../../validators/dates';
import type { IdSpan } from './id-spans';

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** True when the span reads as a date or a month and year (`12.03.2020`, `03/2031`, `2024-05`). */
export function looksLikeDate(span: IdSpan): boolean {
  if (!allDigits(span.compact)) return false;
  const g = span.groups;
  const part = (from: number, len: number) => Number(span.compact.slice(from, from + len));
  if (g.length === 3) {
    const [a, b, c] = g;
    if (a === 4 && b <= 2 && c <= 2) return isValidDayOfMonth(part(a, b), part(a + b, c));
    if (a <= 2 && b <= 2 && (c === 2 || c === 4)) {
      return isValidDayOfMonth(part(a, b), part(0, a)) || isValidDayOfMonth(part(0, a), part(a, b));
    }
  }
  if (g.length === 2) {
    const [a, b] = g;
    if (a <= 2 && b === 4) return part(0, a) >= 1 && part(0, a) <= 12;
    if (a === 4 && b <= 2) return part(a, b) >= 1 && part(a, b) <= 12;
  }
  return false;
}

/**
 * Names of standards, barcodes, algorithms and codecs, written as letters and digits: they stand
 * next to document words ("a licence barcode (PDF417)", "dates in ISO 8601") without being a
 * document's number.
 */
const TECHNICAL_DESIGNATOR =
  /^(?:PDF417|CODE(?:39|93|128)|EAN(?:8|13)|ISO\d{3,5}|IEC\d{3,5}|RFC\d{3,4}|X509|SHA(?:1|224|256|384|512)|AES(?:128|192|256)|RSA(?:1024|2048|3072|4096)|[EX](?:D25519|25519|D448|448)|[HREP]S(?:256|384|512)|P(?:256|384|521)|UTF(?:8|16|32)|H26[45]|MPEG\d|IPV[46]|CP125\d)$/;

/** True for the name of a standard or algorithm ("PDF417", "ISO8601", "SHA256"), compact and upper-case. */
export function isTechnicalDesignator(compact: string): boolean {
  return TECHNICAL_DESIGNATOR.test(compact);
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * True when the span holds a word of letters with a lower-case one: prose next to a number
 * ("heard 130", "at 0830", "costs 325"). Letters of a document number are capitals, or glued
 * to its digits when typed in lower case ("ab1234567").
 */
export function holdsProseWord(span: IdSpan, text: string): boolean {
  let lettersOnly = true;
  let lower = false;
  let chunk = 0;
  for (let i = span.start; i <= span.end; i++) {
    const c = i < span.end ? text.charCodeAt(i) : 32;
    const alnum = isLetterCode(c) || (c >= 48 && c <= 57);
    if (alnum) {
      chunk++;
      if (c >= 48 && c <= 57) lettersOnly = false;
      else if (c >= 97) lower = true;
      continue;
    }
    if (chunk > 0 && lettersOnly && lower) return true;
    chunk = 0;
    lettersOnly = true;
    lower = false;
  }
  return false;
}

/**
 * A document or account number raised by context: `minDigits` or more digits, the rest letters,
 * not a date, not the name of a standard and not a number with a word of prose.
 */
export function contextValue(minDigits: number): (compact: string, span: IdSpan, text: string) => boolean {
  return (compact, span, text) =>
    countDigits(compact) >= minDigits &&
    !looksLikeDate(span) &&
    !isTechnicalDesignator(compact) &&
    !holdsProseWord(span, text);
}

// Words that name a Unix time; JWT and API fields spell it "iat", "exp", "nbf", "…_at", "ts".
const EPOCH_WORDS = /timestamp|epoch|unix|posix|_at\b|\bts\b|\biat\b|\bexp\b|\bnbf\b|(?:seconds|\bms) since/;

/**
 * True for a bare 10- or 13-digit number of this century's Unix seconds or milliseconds
 * (1 000 000 000 is September 2001) next to a time word: "timestamp 1711617843", `"iat": 1711617843`.
 * A date-and-check-digit identifier can share its digits, about one epoch time in a hundred.
 */
export function looksLikeEpochTime(span: IdSpan, text: string): boolean {
  const length = span.compact.length;
  if ((length !== 10 && length !== 13) || span.groups.length !== 1 || span.compact[0] !== '1') return false;
  const around = text.slice(Math.max(0, span.start - 40), Math.min(text.length, span.end + 24)).toLowerCase();
  return EPOCH_WORDS.test(around);
}
