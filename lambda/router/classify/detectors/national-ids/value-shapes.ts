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
 * A document or account number raised by context: `minDigits` or more digits, the rest letters,
 * and not a date.
 */
export function contextValue(minDigits: number): (compact: string, span: IdSpan) => boolean {
  return (compact, span) => countDigits(compact) >= minDigits && !looksLikeDate(span);
}
