import { abaValid } from '../../validators/checksums';
import { forEachGroupWindow, windowGlued, windowSpan } from '../../validators/digit-windows';
import type { DigitRun, Detector, ScanDoc } from '../../types';

// Words naming a bank account or routing number (English, German, Spanish, French, Italian, Dutch, Portuguese).
const ACCOUNT_CONTEXT =
  /\baccount|\bacct|\ba\/c\b|\bacc(?:t)?\.? ?(?:no|number|#)|routing|\brtn\b|\baba\b|direct deposit|\bkonto|kontonummer|\bcuenta|\bcompte|\bconto\b|rekening|\bconta\b|\bbsb\b|sort code/;
const ROUTING_CONTEXT = /routing|\brtn\b|\baba\b|transit|direct deposit|\bach\b/;
// "account ending in 4821", "AWS account 123456789012", "account ID": not bank account numbers.
const NOT_AN_ACCOUNT = /ending|ends in|last (?:4|four)|aws|account[ _-]?id|\bid\b|[$€£¥]\s?$/;

const MIN_ACCOUNT_DIGITS = 6;
const MAX_ACCOUNT_DIGITS = 17;

/** Federal Reserve routing symbol prefixes: 00-12 banks, 21-32 thrifts, 61-72 electronic, 80 traveler's checks. */
function routingPrefixValid(digits: string): boolean {
  const prefix = Number(digits.slice(0, 2));
  return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

function routingNumberValid(digits: string): boolean {
  return digits !== '000000000' && routingPrefixValid(digits) && abaValid(digits);
}

function separatorsAreSimple(run: DigitRun): boolean {
  // Account numbers are written with spaces or dashes; dots and slashes make amounts and dates.
  return run.seps.every((s) => /^[ -]{1,2}$/.test(s));
}

/**
 * fin.bank_account: an ABA routing number (3-7-1 checksum, valid prefix) standing alone or inside
 * a longer number after a routing word; and an account number of 6-17 digits right after an
 * account word.
 */
export const bankAccountDetector: Detector = {
  id: 'financial.bank_account',
  categories: ['fin.bank_account'],
  scan(doc: ScanDoc): void {
    const text = doc.text;
    for (const run of doc.digitRuns()) {
      const total = run.digits.length;
      if (total < MIN_ACCOUNT_DIGITS) continue;
      let found = false;
      if (total === 9) {
        if (routingNumberValid(run.digits) && !windowGlued(text, run, 0, 9)) {
          doc.add('fin.bank_account', run.start, run.end, 'fin.bank_account/aba');
          found = true;
        }
      } else if (total > 9 && doc.hasContext(run.start, run.end, ROUTING_CONTEXT, 48, 0)) {
        forEachGroupWindow(run, 9, 9, (from, to) => {
          if (!routingNumberValid(run.digits.slice(from, to)) || windowGlued(text, run, from, to))
            return false;
          const [start, end] = windowSpan(run, from, to);
          doc.add('fin.bank_account', start, end, 'fin.bank_account/aba');
          found = true;
          return true;
        });
      }
      if (found || total > MAX_ACCOUNT_DIGITS || !separatorsAreSimple(run)) continue;
      if (windowGlued(text, run, 0, total)) continue;
      if (!doc.hasContext(run.start, run.start, ACCOUNT_CONTEXT, 32, 0)) continue;
      if (doc.hasContext(run.start, run.start, NOT_AN_ACCOUNT, 24, 0)) continue;
      doc.add('fin.bank_account', run.start, run.end, 'fin.bank_account/context');
    }
  },
};
