import fc from 'fast-check';
import {
  cardLengthMask,
  cardNumberValid,
  cardWindowValid,
} from '../../../../lambda/router/classify/validators/cards';
import { luhnValid } from '../../../../lambda/router/classify/validators/checksums';

// The card detector checks windows of long digit runs in place; these properties pin the in-place
// checks to the plain ones on the sliced window.
const digitsArb = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 40 })
  .map((d) => d.join(''));

describe('card checks on a window of a digit run', () => {
  test('cardWindowValid of a window is cardNumberValid of that window sliced', () => {
    fc.assert(
      fc.property(digitsArb, fc.nat(30), fc.integer({ min: 12, max: 19 }), (digits, offset, length) => {
        const from = offset % (digits.length - 11);
        const to = Math.min(digits.length, from + length);
        const inPlace = cardWindowValid(digits, from, to, cardLengthMask(digits, from));
        return inPlace === cardNumberValid(digits.slice(from, to));
      }),
      { numRuns: 20000 },
    );
  });

  test('luhnValid over a range is luhnValid of the range sliced', () => {
    fc.assert(
      fc.property(digitsArb, fc.nat(40), fc.nat(40), (digits, a, b) => {
        const [from, to] = [Math.min(a, b, digits.length), Math.min(Math.max(a, b), digits.length)];
        return luhnValid(digits, from, to) === luhnValid(digits.slice(from, to));
      }),
      { numRuns: 20000 },
    );
  });

  test('a known card is valid in place inside a longer run', () => {
    // GIVEN a Visa test number between other digits
    const run = '0000' + '4539148803436467' + '0927';
    // THEN the window holding it is a card, the windows shifted by one digit are not
    expect(cardWindowValid(run, 4, 20, cardLengthMask(run, 4))).toBe(true);
    expect(cardWindowValid(run, 5, 21, cardLengthMask(run, 5))).toBe(false);
  });

  const lengths = (mask: number) =>
    Array.from({ length: 20 }, (_, l) => l).filter((l) => (mask & (1 << l)) !== 0);

  test.each([
    ['4539148803436467', [13, 16, 19]], // Visa
    ['5105105105105100', [16]], // Mastercard
    ['2221000000000009', [16]], // Mastercard 2-series
    ['378282246310005', [15]], // American Express
    ['6011111111111117', [16, 17, 18, 19]], // Discover
    ['6221260000000000', [16, 17, 18, 19]], // Discover / UnionPay co-brand (a six-digit range)
    ['3530111333300000', [16, 17, 18, 19]], // JCB
    ['5018000000000009', [12, 13, 14, 15, 16, 17, 18, 19]], // Maestro
    ['7000000000000000', []], // no scheme starts with 7
  ])('the lengths issued for a number starting like %s are %j', (digits, expected) => {
    expect(lengths(cardLengthMask(digits + '0000', 0))).toEqual(expected);
  });
});
