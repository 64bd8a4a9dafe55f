/**
 * Payment card numbers: issuer identification (IIN) ranges with the lengths each scheme issues,
 * then Luhn. A number is a card only when both agree, so order, tracking and gift-card numbers of
 * card length are rejected unless they happen to pass both (about one in ten of those that start
 * like a card).
 */
import { luhnValid } from './checksums';

interface IinRange {
  /** Inclusive bounds of the prefix, compared on `digits` leading digits. */
  readonly from: number;
  readonly to: number;
  readonly digits: number;
  /** Bit L set when the scheme issues numbers of length L. */
  readonly lengthMask: number;
}

const range = (from: number, to: number, lengths: readonly number[]): IinRange => ({
  from,
  to,
  digits: String(from).length,
  lengthMask: lengths.reduce((mask, length) => mask | (1 << length), 0),
});

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19];
const FOURTEEN_TO_NINETEEN = [14, 15, 16, 17, 18, 19];
const TWELVE_TO_NINETEEN = [12, 13, 14, 15, 16, 17, 18, 19];

// Public IIN ranges of the major schemes (ISO/IEC 7812 registrations as published by each scheme).
const IIN_RANGES: readonly IinRange[] = [
  range(4, 4, [13, 16, 19]), // Visa
  range(51, 55, [16]), // Mastercard
  range(2221, 2720, [16]), // Mastercard 2-series
  range(34, 34, [15]), // American Express
  range(37, 37, [15]),
  range(6011, 6011, SIXTEEN_TO_NINETEEN), // Discover
  range(644, 649, SIXTEEN_TO_NINETEEN),
  range(65, 65, SIXTEEN_TO_NINETEEN),
  range(622126, 622925, SIXTEEN_TO_NINETEEN), // Discover / UnionPay co-brand
  range(3528, 3589, SIXTEEN_TO_NINETEEN), // JCB
  range(300, 305, FOURTEEN_TO_NINETEEN), // Diners Club International
  range(3095, 3095, FOURTEEN_TO_NINETEEN),
  range(36, 36, FOURTEEN_TO_NINETEEN),
  range(38, 39, FOURTEEN_TO_NINETEEN),
  range(62, 62, SIXTEEN_TO_NINETEEN), // UnionPay
  range(2200, 2204, SIXTEEN_TO_NINETEEN), // Mir
  range(5019, 5019, [16]), // Dankort
  range(508, 508, [16]), // RuPay
  range(60, 60, [16]),
  range(1, 1, [15]), // UATP (airline cards)
  // Maestro: only its own IINs, not the whole 5/6 space, because Maestro allows 12-19 digits.
  range(5018, 5018, TWELVE_TO_NINETEEN),
  range(5020, 5020, TWELVE_TO_NINETEEN),
  range(5038, 5038, TWELVE_TO_NINETEEN),
  range(5893, 5893, TWELVE_TO_NINETEEN),
  range(6304, 6304, TWELVE_TO_NINETEEN),
  range(6759, 6759, TWELVE_TO_NINETEEN),
  range(6761, 6763, TWELVE_TO_NINETEEN),
];

const PREFIX_SCRATCH = new Float64Array(7);

export const MIN_CARD_LENGTH = 12;
export const MAX_CARD_LENGTH = 19;

/** The length mask from the IIN ranges, reading up to six leading digits from `offset`. */
function lengthMaskFromRanges(digits: string, offset: number): number {
  const prefixes = PREFIX_SCRATCH;
  for (let k = 1; k <= 6; k++) {
    prefixes[k] =
      offset + k <= digits.length ? prefixes[k - 1] * 10 + (digits.charCodeAt(offset + k - 1) - 48) : -1;
  }
  let mask = 0;
  for (const r of IIN_RANGES) {
    const prefix = prefixes[r.digits];
    if (prefix >= r.from && prefix <= r.to) mask |= r.lengthMask;
  }
  return mask;
}

// The mask of every four-digit start, computed once: a scan over a long digit run looks up each
// start instead of walking the range table. Starts that a longer range may refine hold -1 and
// take the walk.
const TABLE_DIGITS = 4;
const MASK_BY_PREFIX = (() => {
  const table = new Int32Array(10 ** TABLE_DIGITS);
  for (let p = 0; p < table.length; p++)
    table[p] = lengthMaskFromRanges(String(p).padStart(TABLE_DIGITS, '0'), 0);
  for (const r of IIN_RANGES) {
    if (r.digits <= TABLE_DIGITS) continue;
    const scale = 10 ** (r.digits - TABLE_DIGITS);
    for (let p = Math.floor(r.from / scale); p <= Math.floor(r.to / scale); p++) table[p] = -1;
  }
  return table;
})();

/**
 * Lengths (bit L for length L) that a card starting at `digits[offset]` may have, from the IIN
 * ranges its leading digits fall in; 0 when no scheme starts that way. Reads the digits in place
 * so a caller can test many windows of one run without slicing.
 */
export function cardLengthMask(digits: string, offset = 0): number {
  const first = digits.charCodeAt(offset) - 48;
  if (first < 1 || first > 6) return 0; // no scheme starts with 0, 7, 8 or 9
  if (offset + 6 <= digits.length) {
    let prefix = 0;
    for (let k = 0; k < TABLE_DIGITS; k++) {
      const d = digits.charCodeAt(offset + k) - 48;
      if (d < 0 || d > 9) return lengthMaskFromRanges(digits, offset);
      prefix = prefix * 10 + d;
    }
    const mask = MASK_BY_PREFIX[prefix];
    if (mask >= 0) return mask;
  }
  return lengthMaskFromRanges(digits, offset);
}

/** True when `digits` starts with a scheme's IIN and has a length that scheme issues. */
export function cardIinMatches(digits: string): boolean {
  return digits.length <= MAX_CARD_LENGTH && (cardLengthMask(digits) & (1 << digits.length)) !== 0;
}

/** A payment card number: known IIN, a length its scheme issues, Luhn check digit. */
export function cardNumberValid(digits: string): boolean {
  return cardIinMatches(digits) && luhnValid(digits) && !allSameDigit(digits, 0, digits.length);
}

/**
 * `cardNumberValid` of the window `digits[from, to)` whose start has length mask `mask` (from
 * `cardLengthMask(digits, from)`), checked in place.
 */
export function cardWindowValid(digits: string, from: number, to: number, mask: number): boolean {
  const length = to - from;
  return (
    length <= MAX_CARD_LENGTH &&
    (mask & (1 << length)) !== 0 &&
    luhnValid(digits, from, to) &&
    !allSameDigit(digits, from, to)
  );
}

function allSameDigit(digits: string, from: number, to: number): boolean {
  const first = digits.charCodeAt(from);
  for (let i = from + 1; i < to; i++) if (digits.charCodeAt(i) !== first) return false;
  return true;
}

/**
 * Numbers the schemes and payment processors publish for testing (Stripe, Adyen, Braintree,
 * PayPal docs). They can never be charged, so a text that calls one a test number is not card
 * data; anywhere else it is treated as a real card, because a test number is also a valid number
 * and the classifier cannot know whether a real customer happens to hold it.
 */
const PUBLISHED_TEST_CARDS: ReadonlySet<string> = new Set([
  '4242424242424242',
  '4000056655665556',
  '4111111111111111',
  '4012888888881881',
  '4222222222222',
  '4000000000000002',
  '4000000000009995',
  '5555555555554444',
  '5200828282828210',
  '5105105105105100',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '378734493671000',
  '6011111111111117',
  '6011000990139424',
  '6011000400000000',
  '3056930009020004',
  '30569309025904',
  '38520000023237',
  '36227206271667',
  '3566002020360505',
  '3530111333300000',
  '6200000000000005',
]);

export function isPublishedTestCard(digits: string): boolean {
  return PUBLISHED_TEST_CARDS.has(digits);
}
