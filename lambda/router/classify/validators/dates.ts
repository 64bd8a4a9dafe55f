/** Calendar checks shared by identifiers that encode a date of birth and by the date-of-birth detector. */

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when `day`/`month`/`year` name a real calendar day (February 29 only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return isLeapYear(year);
  return day <= DAYS_IN_MONTH[month - 1];
}

/**
 * True when `day`/`month` can exist in some year: used where an identifier stores only two
 * digits of the year (29 February is then allowed).
 */
export function isValidDayOfMonth(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

/** Two ASCII digits at `at` as a number (NaN when they are not digits). */
export function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return NaN;
  return a * 10 + b;
}

/** True when every character of `s` is an ASCII digit (and `s` is not empty). */
export function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when all characters of `s` are the same (000000000, 111111111 …): never a real identifier. */
export function allSameChar(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}
