import { bicLocationHasDigit, bicValid } from '../../validators/bic';
import type { Detector, ScanDoc } from '../../types';

// Institution, country, location, optional branch; spaces between the parts as banks print them.
const BIC_CANDIDATE = /\b[A-Z]{4} ?[A-Z]{2} ?[A-Z0-9]{2}(?: ?[A-Z0-9]{3})?\b/g;

// Words that put a BIC-shaped token in a payment context (English, French, German, Spanish, Italian, Dutch).
const PAYMENT_CONTEXT =
  /bic\b|swift|\bbank|iban|\bwire|beneficiar|remit|payee|payment|transfer|virement|banque|überweisung|zahlung|transferencia|banco|bonifico|overboeking|correspondent/;

// Labels that read as an institution code before an IBAN's country code and check digits
// ("IBAN DE89 3704…" parses as IBAN-DE-89).
const ACCOUNT_LABELS: ReadonlySet<string> = new Set(['IBAN', 'BBAN']);

/**
 * fin.swift_bic. The shape alone matches ordinary all-caps words ("HOSTNAME" parses as
 * HOST-NA-ME), so a candidate needs a payment word nearby, or, written without spaces, a digit in
 * its location code (as in "DEUTDEFF500" or "INGBNL2A"), which words do not have.
 */
export const bicDetector: Detector = {
  id: 'financial.bic',
  categories: ['fin.swift_bic'],
  scan(doc: ScanDoc): void {
    BIC_CANDIDATE.lastIndex = 0;
    const text = doc.text;
    for (let m = BIC_CANDIDATE.exec(text); m !== null; m = BIC_CANDIDATE.exec(text)) {
      const spaced = m[0].includes(' ');
      const compact = spaced ? m[0].replace(/ /g, '') : m[0];
      if (!bicValid(compact) || ACCOUNT_LABELS.has(compact.slice(0, 4))) continue;
      const start = m.index;
      const end = start + m[0].length;
      const inContext = doc.hasContext(start, end, PAYMENT_CONTEXT, 48, 24);
      if (inContext || (!spaced && bicLocationHasDigit(compact)))
        doc.add('fin.swift_bic', start, end, 'fin.swift_bic/iso9362');
    }
  },
};
