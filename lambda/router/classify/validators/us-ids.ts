/**
 * US Social Security Number and Individual Taxpayer Identification Number structure (SSA and IRS
 * rules). Inputs are 9 ASCII digits: AAA GG SSSS.
 */

/**
 * Numbers that are valid in form but are known not to identify anyone, so a text holding one
 * holds no personal data:
 * - 078-05-1120: printed on the sample card in Woolworth wallets (1938); the SSA voided it.
 * - 219-09-9999: printed on an SSA pamphlet as an example; never issued.
 * - 123-45-6789: the universal placeholder; the SSA has never issued it.
 */
const KNOWN_NON_PERSONAL_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999', '123456789']);

/** SSN: area 001-899 except 666, group 01-99, serial 0001-9999, not a published sample number. */
export function ssnValid(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  return !KNOWN_NON_PERSONAL_SSNS.has(digits);
}

/** ITIN: 9xx, group 50-65, 70-88, 90-92 or 94-99 (IRS ranges), any serial. */
export function itinValid(digits: string): boolean {
  if (!/^9[0-9]{8}$/.test(digits)) return false;
  const group = Number(digits.slice(3, 5));
  return (
    (group >= 50 && group <= 65) ||
    (group >= 70 && group <= 88) ||
    (group >= 90 && group <= 92) ||
    (group >= 94 && group <= 99)
  );
}
