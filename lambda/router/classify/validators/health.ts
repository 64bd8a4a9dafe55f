/** Check rules of health-care identifiers. Inputs are upper-case ASCII without separators. */
import { luhnValid, weightedSum } from './checksums';
import { allDigits, allSameChar } from './dates';

/** US National Provider Identifier: 10 digits starting 1 or 2, Luhn over "80840" + the number. */
export function npiValid(digits: string): boolean {
  if (digits.length !== 10 || !allDigits(digits)) return false;
  if (digits[0] !== '1' && digits[0] !== '2') return false;
  if (allSameChar(digits.slice(1, 9))) return false;
  return luhnValid('80840' + digits);
}

const DEA_SHAPE = /^[ABCDEFGHJKLMPRSTUX][A-Z9][0-9]{7}$/;

/**
 * US DEA registration number: registrant-type letter, the registrant's initial (or 9), six digits
 * and a check digit equal to the last digit of (d1 + d3 + d5) + 2 × (d2 + d4 + d6).
 */
export function deaValid(value: string): boolean {
  if (!DEA_SHAPE.test(value)) return false;
  const d = (i: number) => value.charCodeAt(2 + i) - 48;
  const sum = d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5));
  return sum % 10 === d(6);
}

// Medicare Beneficiary Identifier letters: A–Z without S, L, O, I, B, Z.
const MBI_SHAPE =
  /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$/;

/** US Medicare Beneficiary Identifier: 11 characters by the CMS position rules. */
export function mbiValid(value: string): boolean {
  return value.length === 11 && MBI_SHAPE.test(value);
}

/** UK NHS number (also Scotland's CHI): 10 digits, weights 10…2, 11 − (sum mod 11), 10 never issued. */
export function nhsNumberValid(digits: string): boolean {
  if (digits.length !== 10 || !allDigits(digits) || allSameChar(digits)) return false;
  const rest = weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2], 11);
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

/**
 * Australian Medicare card number: 10 digits (11 with the individual reference number), first
 * digit 2–6, ninth digit = weights 1,3,7,9,1,3,7,9 mod 10, tenth digit (issue number) not 0.
 */
export function auMedicareValid(digits: string): boolean {
  if ((digits.length !== 10 && digits.length !== 11) || !allDigits(digits)) return false;
  if (digits[0] < '2' || digits[0] > '6') return false;
  if (digits[9] === '0') return false;
  return weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9], 10) === digits.charCodeAt(8) - 48;
}

/**
 * German health-insurance number (Krankenversichertennummer): a letter and nine digits. The letter
 * becomes its two-digit alphabet position; the ten digits before the check digit get weights
 * 1,2,1,2…, the products' digit sums are added, and the total mod 10 is the check digit.
 */
export function kvnrValid(value: string): boolean {
  if (value.length !== 10) return false;
  const letter = value.charCodeAt(0) - 64;
  if (letter < 1 || letter > 26 || !allDigits(value.slice(1))) return false;
  const digits = String(letter).padStart(2, '0') + value.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const p = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === value.charCodeAt(9) - 48;
}

/**
 * German lifelong physician number (LANR): six digits, a check digit (weights 4,9 alternating,
 * 10 − sum mod 10) and a two-digit specialty code.
 */
export function lanrValid(digits: string): boolean {
  if (digits.length !== 9 || !allDigits(digits)) return false;
  const rest = weightedSum(digits, [4, 9, 4, 9, 4, 9], 10);
  return (10 - rest) % 10 === digits.charCodeAt(6) - 48;
}
