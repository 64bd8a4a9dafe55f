/** GS1 product codes (UPC-A, EAN-13): numbers that look like national ids but are barcodes. */
import { weightedSum } from './checksums';

/** True when `digits` (12 or 13 digits) passes the GS1 check digit (weights 3 and 1 from the right). */
export function gtinValid(digits: string): boolean {
  if (digits.length !== 12 && digits.length !== 13) return false;
  const weights =
    digits.length === 12 ? [3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1] : [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1];
  return weightedSum(digits, weights, 10) === 0;
}
