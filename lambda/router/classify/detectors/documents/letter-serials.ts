/**
 * Document numbers that may hold no digit at all, which the shared identifier candidates (built
 * around digits) never see:
 * - German passport and identity-card serials: 9 characters from the letters C F G H J K L M N P R
 *   T V W X Y Z and digits, so about one in forty has no digit ("HXYZYXVNX");
 * - Washington State driver licences since 2018: "WDL" and 9 letters or digits.
 * Both need a document word nearby. The texts are looked at only when a cheap literal occurs.
 */
import type { ScanDoc } from '../../types';

const GERMAN_SERIAL = /(?<![A-Za-z0-9])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}(?![A-Za-z0-9])/g;
const WASHINGTON_LICENCE = /(?<![A-Za-z0-9])WDL[A-Z0-9]{9}(?![A-Za-z0-9])/g;

function scanPattern(
  doc: ScanDoc,
  pattern: RegExp,
  context: RegExp,
  category: 'pii.passport' | 'pii.drivers_license',
  detector: string,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
    const end = m.index + m[0].length;
    if (doc.hasContext(m.index, end, context, 48, 40)) doc.add(category, m.index, end, detector);
  }
}

/** Report letter-only serials next to a passport word (`passportContext`) or a licence word. */
export function scanLetterSerials(doc: ScanDoc, passportContext: RegExp, licenceContext: RegExp): void {
  // Nearly every passport word of the covered languages holds "pas" (not "travel doc", nor the
  // Korean word, which a German serial rarely follows).
  if (doc.lower.includes('pas')) {
    scanPattern(doc, GERMAN_SERIAL, passportContext, 'pii.passport', 'pii.passport/de-serial');
  }
  if (doc.text.includes('WDL')) {
    scanPattern(doc, WASHINGTON_LICENCE, licenceContext, 'pii.drivers_license', 'pii.drivers_license/us-wa');
  }
}
