import {
  cardLengthMask,
  cardWindowValid,
  isPublishedTestCard,
  MAX_CARD_LENGTH,
  MIN_CARD_LENGTH,
} from '../../validators/cards';
import { forEachGroupWindow, windowGlued, windowSpan } from '../../validators/digit-windows';
import type { Detector, ScanDoc } from '../../types';
import { insideIbanShape } from './iban';

// A published test number counts as a card unless the text itself says it is a test number.
const TEST_CARD_CONTEXT = /\btest|sandbox|\bdummy|\bsample|\bexample|\bfake\b|stripe|braintree|adyen/;

/** fin.credit_card: 12-19 digits in any grouping, with a scheme IIN, a length it issues and Luhn. */
export const cardDetector: Detector = {
  id: 'financial.cards',
  categories: ['fin.credit_card'],
  scan(doc: ScanDoc): void {
    const text = doc.text;
    for (const run of doc.digitRuns()) {
      if (run.digits.length < MIN_CARD_LENGTH) continue;
      // The IIN depends only on where a window starts: look it up once per start.
      let maskFrom = -1;
      let mask = 0;
      forEachGroupWindow(run, MIN_CARD_LENGTH, MAX_CARD_LENGTH, (from, to) => {
        if (from !== maskFrom) {
          maskFrom = from;
          mask = cardLengthMask(run.digits, from);
        }
        if (!cardWindowValid(run.digits, from, to, mask) || windowGlued(text, run, from, to)) return false;
        // "+44 7700 900123 456": an international phone number, not a card.
        if (from === 0 && text.charCodeAt(run.start - 1) === 43) return false;
        const digits = run.digits.slice(from, to);
        const [start, end] = windowSpan(run, from, to);
        if (insideIbanShape(text, doc.lower, start)) return false;
        if (isPublishedTestCard(digits) && doc.hasContext(start, end, TEST_CARD_CONTEXT, 80, 60)) return true;
        doc.add('fin.credit_card', start, end, 'fin.credit_card/luhn-iin');
        return true;
      });
    }
  },
};
