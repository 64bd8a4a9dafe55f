import { ibanLength, ibanValid } from '../../validators/iban';
import type { Detector, ScanDoc } from '../../types';

// Country code + check digits, the literal start every IBAN has (case-insensitive: doc.lower),
// also spelled out one character at a time ("S E 6 1 …").
const IBAN_START = /[a-z] ?[a-z] ?[0-9] ?[0-9]/g;
const SPACED_UPPER_START = /^[A-Z] [A-Z] [0-9] [0-9]$/;
const MAX_SEPARATOR_RUN = 3;

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

function isSeparator(code: number): boolean {
  // space, tab, line break, dash, dot
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 45 || code === 46;
}

/** BBANs are mostly digits (bank codes of 4 letters at most); prose collected by mistake is not. */
function mostlyDigits(bban: string): boolean {
  let digits = 0;
  for (let i = 0; i < bban.length; i++) if (bban.charCodeAt(i) <= 57) digits++;
  return digits * 2 >= bban.length;
}

/**
 * fin.iban: a registry country code, check digits, then exactly the country's length of letters
 * and digits in any grouping (spaces, dashes, dots, line breaks), mod 97 = 1.
 */
export const ibanDetector: Detector = {
  id: 'financial.iban',
  categories: ['fin.iban'],
  scan(doc: ScanDoc): void {
    const lower = doc.lower;
    const n = lower.length;
    IBAN_START.lastIndex = 0;
    for (let m = IBAN_START.exec(lower); m !== null; m = IBAN_START.exec(lower)) {
      const start = m.index;
      if (start > 0 && isAlnum(lower.charCodeAt(start - 1))) continue;
      const head = m[0].replace(/ /g, '');
      // Spelled out: capitals, every character spaced ("is 12" in prose is not Iceland).
      if (head.length !== m[0].length && !SPACED_UPPER_START.test(doc.text.slice(start, start + m[0].length)))
        continue;
      const length = ibanLength(head.slice(0, 2).toUpperCase());
      if (length === undefined) continue;
      let compact = head;
      let j = start + m[0].length;
      let end = j;
      let separators = 0;
      while (compact.length < length && j < n) {
        const code = lower.charCodeAt(j);
        if (isAlnum(code)) {
          compact += lower[j];
          separators = 0;
          end = ++j;
        } else if (isSeparator(code) && separators < MAX_SEPARATOR_RUN) {
          separators++;
          j++;
        } else break;
      }
      // A longer alphanumeric token is not this IBAN.
      if (compact.length !== length || (end < n && isAlnum(lower.charCodeAt(end)))) continue;
      if (!mostlyDigits(compact.slice(4)) || !ibanValid(compact)) continue;
      doc.add('fin.iban', start, end, 'fin.iban/mod97');
      IBAN_START.lastIndex = end;
    }
  },
};
