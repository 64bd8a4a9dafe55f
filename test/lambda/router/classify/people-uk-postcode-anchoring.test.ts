import fc from 'fast-check';
import { addressDetector } from '../../../../lambda/router/classify/detectors/people/addresses';
import { Document } from '../../../../lambda/router/classify/scan-doc';

/** Spans of UK postcodes the address detector reports in `text`. */
function postcodeSpans(text: string): string[] {
  const doc = new Document(text);
  addressDetector.scan(doc);
  return doc.findings
    .filter((f) => f.detector === 'pii.address/uk-postcode')
    .map((f) => `${f.start}-${f.end}`);
}

// The UK postcode format as the Royal Mail publishes it, scanned over the whole text: the reference
// the detector's run-anchored search (tried only just before digit runs) must agree with.
const POSTCODE_ANYWHERE =
  /\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b/g;

describe('pii.address: UK postcodes are searched only where one can start', () => {
  it.each([
    ['a digit run at the very start of the text', '1 address: SW1A 1AA', ['11-19']],
    ['the GIR 0AA special postcode with a space', 'Send it to GIR 0AA please', ['11-18']],
    ['the GIR0AA special postcode without a space', 'Send it to GIR0AA please', ['11-17']],
    ['a postcode right after a house number', 'My address is 10 EC1A 1BB', ['17-25']],
    ['two postcodes next to each other', 'Deliver to London SW1A 1AA, Leeds LS1 4AP', ['18-26', '34-41']],
  ])('given %s, when scanned, then the postcode is found', (_label, text, expected) => {
    expect(postcodeSpans(text)).toEqual(expected);
  });

  it('given any text built from postcode pieces, when scanned, then every postcode a full scan finds near an address word is found and nothing else', () => {
    const piece = fc.constantFrom(
      'SW1A',
      '1AA',
      'GIR',
      '0AA',
      'EC1A',
      '1BB',
      'M1',
      'B33',
      '8TH',
      'W1',
      'A9',
      '12',
      ' ',
      ',',
      'Leeds ',
      'address ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = 'address ' + pieces.join('');
        const everyPostcode = [...text.matchAll(POSTCODE_ANYWHERE)].map(
          (m) => `${m.index}-${m.index + m[0].length}`,
        );
        // "address" opens the text and is within 64 characters of every postcode, so each one counts.
        expect(postcodeSpans(text)).toEqual(everyPostcode);
      }),
      { numRuns: 2000 },
    );
  });
});
