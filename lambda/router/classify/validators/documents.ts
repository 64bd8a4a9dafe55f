/**
 * Check rules of travel and identity documents: the ICAO 9303 check digit used in machine-readable
 * zones (and printed on German identity cards and passports), MRZ lines, and UK DVLA licence numbers.
 * Inputs are upper-case ASCII.
 */
import { isValidDayOfMonth, twoDigits } from './dates';

const ICAO_WEIGHTS = [7, 3, 1];

function icaoValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c === 60) return 0; // '<' filler
  return -1;
}

/** ICAO 9303 check digit (weights 7, 3, 1 repeating) of `field`; -1 when it holds another character. */
export function icaoCheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const v = icaoValue(field.charCodeAt(i));
    if (v < 0) return -1;
    sum += v * ICAO_WEIGHTS[i % 3];
  }
  return sum % 10;
}

/** True when the last character of `value` is the ICAO check digit of the characters before it. */
export function icaoCheckDigitValid(value: string): boolean {
  if (value.length < 2) return false;
  const expected = value.charCodeAt(value.length - 1) - 48;
  return expected >= 0 && expected <= 9 && icaoCheckDigit(value.slice(0, -1)) === expected;
}

// Letters used in German identity-card and passport serial numbers (no vowels, no look-alikes).
const GERMAN_DOCUMENT_CHARSET = /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}[0-9]$/;

/** German identity card (nPA) or passport serial number: 9 characters ending in its ICAO check digit. */
export function germanDocumentNumberValid(value: string): boolean {
  return value.length === 9 && GERMAN_DOCUMENT_CHARSET.test(value) && icaoCheckDigitValid(value);
}

const MRZ_FIELD = /^[A-Z0-9<]+$/;

/**
 * Second line of a TD3 (passport, 44 characters) or TD2 (36 characters) machine-readable zone: the
 * document number, birth date and expiry date each carry a check digit; all three must hold.
 */
export function mrzSecondLineValid(line: string): boolean {
  if ((line.length !== 44 && line.length !== 36) || !MRZ_FIELD.test(line)) return false;
  const checks: [number, number][] = [
    [0, 9],
    [13, 19],
    [21, 27],
  ];
  for (const [from, at] of checks) {
    const digit = line.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9 || icaoCheckDigit(line.slice(from, at)) !== digit) return false;
  }
  const month = twoDigits(line, 15);
  const day = twoDigits(line, 17);
  const sex = line[20];
  return isValidDayOfMonth(month, day) && (sex === 'M' || sex === 'F' || sex === '<' || sex === 'X');
}

const UK_LICENCE = /^[A-Z][A-Z9]{4}[0-9]{6}[A-Z][A-Z9][0-9][A-Z0-9]{2}$/;

/**
 * UK (DVLA) driving licence number, 16 characters: surname (5, padded with 9), decade digit, birth
 * month (+50 for women), day, year digit, two initials (9 when absent), a digit and two check
 * characters. The surname padding, once started, runs to the end; the encoded birth date must exist.
 */
export function ukDrivingLicenceValid(value: string): boolean {
  if (value.length !== 16 || !UK_LICENCE.test(value)) return false;
  const padding = value.indexOf('9');
  if (padding >= 0 && padding < 5) {
    for (let i = padding; i < 5; i++) if (value[i] !== '9') return false;
  }
  let month = twoDigits(value, 6);
  if (month > 50) month -= 50;
  return isValidDayOfMonth(month, twoDigits(value, 8));
}
