import { itinValid, ssnValid } from '../validators/us-ids';
import { windowGlued } from '../validators/digit-windows';
import type { DigitRun, Detector, ScanDoc } from '../types';

// Words that name an SSN or ITIN (English, Spanish, French).
const TAX_ID_CONTEXT =
  /\bssn|ss#|social security|soc\. sec|seguro social|sécurité sociale|\bitin\b|taxpayer|tax id|\btin\b|w-7|w-9|1099|1040/;

/**
 * The written form 3-2-4 with one separator repeated ("078-05-1120", "078 05 1120",
 * "078.05.1120") identifies an SSN/ITIN on its own; other groupings and bare 9 digits are as
 * likely to be order numbers and need a context word.
 */
function isCanonicalForm(run: DigitRun): boolean {
  const g = run.groupStarts;
  if (g.length !== 3 || g[1] !== 3 || g[2] !== 5) return false;
  const [a, b] = run.seps;
  return a === b && (a === '-' || a === ' ' || a === '.');
}

/**
 * pii.ssn and pii.itin over 9-digit runs: SSA area/group/serial rules (9xx is never an SSN) and
 * the IRS ITIN group ranges. A run longer than 9 digits is some other number.
 */
export const usIdsDetector: Detector = {
  id: 'us-ids',
  categories: ['pii.ssn', 'pii.itin'],
  scan(doc: ScanDoc): void {
    for (const run of doc.digitRuns()) {
      if (run.digits.length !== 9 || windowGlued(doc.text, run, 0, 9)) continue;
      const category = ssnValid(run.digits) ? 'pii.ssn' : itinValid(run.digits) ? 'pii.itin' : undefined;
      if (category === undefined) continue;
      if (isCanonicalForm(run)) doc.add(category, run.start, run.end, `${category}/canonical`);
      // The word may follow the number: "is 123456789 a valid format for a social security number?"
      else if (doc.hasContext(run.start, run.end, TAX_ID_CONTEXT, 64, 48))
        doc.add(category, run.start, run.end, `${category}/context`);
    }
  },
};

export const usIdsDetectors: readonly Detector[] = [usIdsDetector];
