/**
 * Check rules of national identity numbers. Inputs are upper-case ASCII without separators (the
 * detector strips them); each function returns true only for a value its issuer could have issued.
 */
import { luhnValid, verhoeffValid, weightedSum } from './checksums';
import { allDigits, allSameChar, isValidDate, isValidDayOfMonth, twoDigits } from './dates';

// ---------- United Kingdom ----------

const NINO_SHAPE = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/;
const NINO_UNUSED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** UK National Insurance number: two prefix letters (D F I Q U V never, O never second), six digits, suffix A–D. */
export function ninoValid(value: string): boolean {
  return NINO_SHAPE.test(value) && !NINO_UNUSED_PREFIXES.has(value.slice(0, 2));
}

// ---------- Canada, Australia, Netherlands ----------

/** Canadian Social Insurance Number: 9 digits, Luhn, first digit not 0 (unassigned) or 8 (business numbers). */
export function sinValid(digits: string): boolean {
  return (
    digits.length === 9 &&
    allDigits(digits) &&
    digits[0] !== '0' &&
    digits[0] !== '8' &&
    !allSameChar(digits) &&
    luhnValid(digits)
  );
}

/** Australian Tax File Number: 9 digits, weights 1,4,3,7,5,8,6,9,10, sum divisible by 11. */
export function tfnValid(digits: string): boolean {
  return (
    digits.length === 9 &&
    allDigits(digits) &&
    !allSameChar(digits) &&
    weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10], 11) === 0
  );
}

/** Dutch burgerservicenummer: 9 digits, the "11-proof" (weights 9…2 and −1, sum divisible by 11). */
export function bsnValid(digits: string): boolean {
  return (
    digits.length === 9 &&
    allDigits(digits) &&
    !allSameChar(digits) &&
    weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1], 11) === 0
  );
}

// ---------- India ----------

/** Aadhaar: 12 digits, first digit 2–9, Verhoeff check digit. */
export function aadhaarValid(digits: string): boolean {
  return (
    digits.length === 12 &&
    allDigits(digits) &&
    digits[0] >= '2' &&
    !allSameChar(digits) &&
    verhoeffValid(digits)
  );
}

// The fourth letter is the holder type: Person, Company, HUF, Firm, AOP, Trust, BOI, Local
// authority, artificial Juridical person, Government.
const PAN_SHAPE = /^[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z]$/;

/** Indian Permanent Account Number (its check letter's algorithm is not public, so shape only). */
export function panValid(value: string): boolean {
  return PAN_SHAPE.test(value) && value.slice(5, 9) !== '0000';
}

const EPIC_SHAPE = /^[A-Z]{3}[0-9]{7}$/;

/** Indian voter card (EPIC) number: three letters and seven digits; no check digit, so context decides. */
export function indianVoterIdShape(value: string): boolean {
  return EPIC_SHAPE.test(value);
}

// ---------- Spain ----------

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function dniLetterValid(numberPart: string, letter: string): boolean {
  return DNI_LETTERS[Number(numberPart) % 23] === letter;
}

/** Spanish DNI/NIF: 8 digits (7 in old documents) and the mod-23 control letter. */
export function dniValid(value: string): boolean {
  const n = value.length - 1;
  if (n < 7 || n > 8 || !allDigits(value.slice(0, n))) return false;
  if (allSameChar(value.slice(0, n)) && value[0] === '0') return false;
  return dniLetterValid(value.slice(0, n), value[n]);
}

/** Spanish NIE (foreigners): X, Y or Z (read as 0, 1, 2), 7 digits and the DNI control letter. */
export function nieValid(value: string): boolean {
  if (value.length !== 9 || !allDigits(value.slice(1, 8))) return false;
  const prefix = 'XYZ'.indexOf(value[0]);
  return prefix >= 0 && dniLetterValid(String(prefix) + value.slice(1, 8), value[8]);
}

// ---------- Italy ----------

// Omocodia: when two people share a code, digits are replaced by these letters (0–9).
const OMOCODIA = 'LMNPQRSTUV';
const CF_DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const CF_MONTHS = 'ABCDEHLMPRST';
// Values of characters in odd (1st, 3rd …) positions: digits 0–9 then letters A–Z.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const CF_ODD_LETTERS = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const CF_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

function cfDigit(c: string): number {
  const omocodia = OMOCODIA.indexOf(c);
  return omocodia >= 0 ? omocodia : c.charCodeAt(0) - 48;
}

/** Italian codice fiscale: 16 characters (omocodia allowed), a real birth day and month, check letter. */
export function codiceFiscaleValid(value: string): boolean {
  if (value.length !== 16 || !CF_SHAPE.test(value)) return false;
  let day = cfDigit(value[9]) * 10 + cfDigit(value[10]);
  if (day > 40) day -= 40; // women: day + 40
  if (!isValidDayOfMonth(CF_MONTHS.indexOf(value[8]) + 1, day)) return false;
  for (const p of CF_DIGIT_POSITIONS) if (cfDigit(value[p]) < 0) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = value.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    if (i % 2 === 0) sum += isDigit ? CF_ODD[c - 48] : CF_ODD_LETTERS[c - 65];
    else sum += isDigit ? c - 48 : c - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === value[15];
}

// ---------- Poland, France, Sweden, Finland ----------

/** Polish PESEL: 11 digits, birth date with the century in the month (+80, +0, +20, +40, +60), weights 1-3-7-9. */
export function peselValid(digits: string): boolean {
  if (digits.length !== 11 || !allDigits(digits)) return false;
  const encodedMonth = twoDigits(digits, 2);
  const centuryBlock = Math.floor(encodedMonth / 20);
  const century = [1900, 2000, 2100, 2200, 1800][centuryBlock];
  if (century === undefined) return false;
  if (!isValidDate(century + twoDigits(digits, 0), encodedMonth % 20, twoDigits(digits, 4))) return false;
  const rest = weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], 10);
  return (10 - rest) % 10 === digits.charCodeAt(10) - 48;
}

/**
 * French NIR (numéro de sécurité sociale), 15 characters: sex (1, 2; 3, 4, 7, 8 for provisional
 * numbers), year, month (01–12, or 20 and 30–99 when unknown), département (digits, or 2A/2B for
 * Corsica, counted as 19/18 in the key), commune, order number, and the key 97 − (number mod 97).
 */
export function nirValid(value: string): boolean {
  if (value.length !== 15) return false;
  const corsica = value[5] === '2' && (value[6] === 'A' || value[6] === 'B');
  const body = corsica
    ? value.slice(0, 5) + (value[6] === 'A' ? '19' : '18') + value.slice(7, 13)
    : value.slice(0, 13);
  if (!allDigits(body) || !allDigits(value.slice(13))) return false;
  if ('123478'.indexOf(body[0]) < 0) return false;
  const month = twoDigits(body, 3);
  if (!((month >= 1 && month <= 12) || month === 20 || month >= 30)) return false;
  const rest = Number(BigInt(body) % 97n);
  return 97 - rest === Number(value.slice(13));
}

/**
 * Swedish personnummer (10 digits YYMMDDNNNC, or 12 with the century 18/19/20): a real date (day
 * + 60 for samordningsnummer) and Luhn over the 10-digit form.
 */
export function personnummerValid(digits: string): boolean {
  if (!allDigits(digits)) return false;
  let ten = digits;
  let century = -1;
  if (digits.length === 12) {
    century = twoDigits(digits, 0);
    if (century < 18 || century > 20) return false;
    ten = digits.slice(2);
  } else if (digits.length !== 10) return false;
  let day = twoDigits(ten, 4);
  if (day > 60) day -= 60;
  const month = twoDigits(ten, 2);
  const dateOk =
    century < 0 ? isValidDayOfMonth(month, day) : isValidDate(century * 100 + twoDigits(ten, 0), month, day);
  return dateOk && luhnValid(ten);
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const HETU_CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/**
 * Finnish henkilötunnus DDMMYYCZZZQ: century sign (+, -, A and since 2023 U–Y, B–F), a real date,
 * individual number 002–999, check character = "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYZZZ mod 31].
 */
export function hetuValid(value: string): boolean {
  if (value.length !== 11) return false;
  const century = HETU_CENTURY[value[6]];
  const datePart = value.slice(0, 6);
  const individual = value.slice(7, 10);
  if (century === undefined || !allDigits(datePart) || !allDigits(individual)) return false;
  if (Number(individual) < 2) return false;
  if (!isValidDate(century + twoDigits(value, 4), twoDigits(value, 2), twoDigits(value, 0))) return false;
  return HETU_CHECK[Number(datePart + individual) % 31] === value[10];
}

// ---------- Singapore ----------

const NRIC_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const NRIC_CHECK: Readonly<Record<string, { offset: number; letters: string }>> = {
  S: { offset: 0, letters: 'JZIHGFEDCBA' },
  T: { offset: 4, letters: 'JZIHGFEDCBA' },
  F: { offset: 0, letters: 'XWUTRQPNMLK' },
  G: { offset: 4, letters: 'XWUTRQPNMLK' },
  M: { offset: 3, letters: 'XWUTRQPNJLK' },
};

/** Singapore NRIC/FIN: S, T, F, G or M, seven digits, and the series' check letter. */
export function nricValid(value: string): boolean {
  if (value.length !== 9 || !allDigits(value.slice(1, 8))) return false;
  const series = NRIC_CHECK[value[0]];
  if (series === undefined) return false;
  const sum = weightedSum(value.slice(1, 8), NRIC_WEIGHTS, 1_000_000) + series.offset;
  return series.letters[sum % 11] === value[8];
}

// ---------- Germany ----------

/** ISO 7064 MOD 11,10 check digit of `digits`. */
function iso7064Mod1110(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * German tax identification number (Steuer-IdNr): 11 digits, no leading 0; in the first ten
 * exactly one digit appears twice or three times (three times never in a row) and the others at
 * most once; ISO 7064 MOD 11,10 check digit.
 */
export function steuerIdValid(digits: string): boolean {
  if (digits.length !== 11 || !allDigits(digits) || digits[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]++;
  let repeated = -1;
  for (let d = 0; d < 10; d++) {
    if (counts[d] < 2) continue;
    if (repeated >= 0 || counts[d] > 3) return false;
    repeated = d;
  }
  if (repeated < 0) return false;
  if (counts[repeated] === 3) {
    const r = String(repeated);
    if (digits.slice(0, 10).includes(r + r + r)) return false;
  }
  return iso7064Mod1110(digits.slice(0, 10)) === digits.charCodeAt(10) - 48;
}

const RVNR_SHAPE = /^[0-9]{8}[A-Z][0-9]{3}$/;
const RVNR_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * German pension insurance number (Rentenversicherungsnummer), 12 characters: area (2), birth date
 * DDMMYY (day + 50 when that date's serials ran out), surname initial, serial (2), check digit. The initial becomes two digits (A = 01); the
 * first 12 digits get weights 2,1,2,5,7,1,2,1,2,1,2,1 and the products' digit sums mod 10 are the check.
 */
export function rvnrValid(value: string): boolean {
  if (!RVNR_SHAPE.test(value)) return false;
  let day = twoDigits(value, 2);
  if (day > 50) day -= 50; // the day is raised by 50 once a birth date's serial numbers run out
  if (!isValidDayOfMonth(twoDigits(value, 4), day)) return false;
  const digits = value.slice(0, 8) + String(value.charCodeAt(8) - 64).padStart(2, '0') + value.slice(9, 11);
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = (digits.charCodeAt(i) - 48) * RVNR_WEIGHTS[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === value.charCodeAt(11) - 48;
}

// ---------- Korea, Turkey, South Africa, Thailand, Nigeria, Philippines ----------

const RRN_CENTURY = [1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800];

/**
 * Korean resident (or foreigner) registration number: birth date YYMMDD, a sex/century digit
 * (1–4 citizens, 5–8 foreigners), then six digits. Numbers issued before October 2020 end in a
 * check digit; `requireCheckDigit` asks for it.
 */
export function koreanRegistrationValid(digits: string, requireCheckDigit: boolean): boolean {
  if (digits.length !== 13 || !allDigits(digits)) return false;
  const sexDigit = digits.charCodeAt(6) - 48;
  if (sexDigit < 1 || sexDigit > 8) return false;
  if (!isValidDate(RRN_CENTURY[sexDigit] + twoDigits(digits, 0), twoDigits(digits, 2), twoDigits(digits, 4)))
    return false;
  if (!requireCheckDigit) return true;
  const rest = weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], 11);
  const rrnCheck = (11 - rest) % 10;
  const frnCheck = (13 - rest) % 10; // foreigners' numbers used 13 instead of 11
  const last = digits.charCodeAt(12) - 48;
  return sexDigit <= 4 ? last === rrnCheck : last === frnCheck || last === rrnCheck;
}

/** Turkish T.C. Kimlik No: 11 digits, no leading 0, two check digits. */
export function tcKimlikValid(digits: string): boolean {
  if (digits.length !== 11 || !allDigits(digits) || digits[0] === '0') return false;
  const d = (i: number) => digits.charCodeAt(i) - 48;
  const odd = d(0) + d(2) + d(4) + d(6) + d(8);
  const even = d(1) + d(3) + d(5) + d(7);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  if (tenth !== d(9)) return false;
  return (odd + even + d(9)) % 10 === d(10);
}

/** South African ID number: birth date YYMMDD, gender sequence, citizenship 0/1/2, a digit, Luhn. */
export function zaIdValid(digits: string): boolean {
  if (digits.length !== 13 || !allDigits(digits)) return false;
  if (!isValidDayOfMonth(twoDigits(digits, 2), twoDigits(digits, 4))) return false;
  if (digits[10] > '2') return false;
  return luhnValid(digits);
}

// Thai province codes (second and third digits) that exist.
function thaiProvinceExists(code: number): boolean {
  return (
    (code >= 10 && code <= 27) ||
    (code >= 30 && code <= 58) ||
    (code >= 60 && code <= 67) ||
    (code >= 70 && code <= 77) ||
    (code >= 80 && code <= 86) ||
    (code >= 90 && code <= 96)
  );
}

/** Thai national ID: 13 digits, person type 1–8, an existing province code, mod-11 check digit. */
export function thaiIdValid(digits: string): boolean {
  if (digits.length !== 13 || !allDigits(digits)) return false;
  if (digits[0] < '1' || digits[0] > '8' || !thaiProvinceExists(twoDigits(digits, 1))) return false;
  const rest = weightedSum(digits, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2], 11);
  return (11 - rest) % 10 === digits.charCodeAt(12) - 48;
}

/** Nigerian National Identification Number: 11 digits with a Verhoeff check digit. */
export function nigerianNinValid(digits: string): boolean {
  return digits.length === 11 && allDigits(digits) && !allSameChar(digits) && verhoeffValid(digits);
}

/**
 * Philippine TIN: 9 digits (12 with a branch code), the ninth being weights 9…2 over the first
 * eight, mod 11 (a remainder of 10 is never issued).
 */
export function philippineTinValid(digits: string): boolean {
  if ((digits.length !== 9 && digits.length !== 12) || !allDigits(digits)) return false;
  const rest = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2], 11);
  return rest !== 10 && rest === digits.charCodeAt(8) - 48;
}
