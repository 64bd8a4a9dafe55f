/**
 * Machine-readable zones of passports (TD3) and TD2 documents: the second line carries the
 * document number, birth date and expiry date, each with an ICAO check digit.
 */
import { mrzSecondLineValid } from '../../validators/documents';
import type { ScanDoc } from '../../types';

// Document number (9), check, nationality (3), birth date (6), check, sex, expiry (6), check,
// optional data (7 in TD2, 14 + check in TD3), composite check.
const SECOND_LINE = /[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{7}[MFX<][0-9]{7}[A-Z0-9<]{7}(?:[A-Z0-9<]{8})?[0-9]/g;

export function scanMachineReadableZones(doc: ScanDoc): void {
  // Every MRZ has filler runs; without "<<" there is nothing to look at.
  if (doc.text.indexOf('<<') < 0) return;
  SECOND_LINE.lastIndex = 0;
  for (let m = SECOND_LINE.exec(doc.text); m !== null; m = SECOND_LINE.exec(doc.text)) {
    let line = m[0];
    if (!mrzSecondLineValid(line) && line.length === 44) line = line.slice(0, 36);
    if (!mrzSecondLineValid(line)) continue;
    // The first line of the zone names the document type: P for passports, I/A/C for identity cards.
    const lineStart = doc.text.lastIndexOf('\n', m.index - 2) + 1;
    const type = doc.text[lineStart];
    const category = type === 'I' || type === 'A' || type === 'C' ? 'pii.national_id' : 'pii.passport';
    doc.add(category, m.index, m.index + line.length, `${category}/mrz`);
  }
}
