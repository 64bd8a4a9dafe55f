import { categoriesOf } from '../../../support/detect-categories';
import { usIdsDetectors } from '../../../../lambda/router/classify/detectors/us-ids';
import { normalize } from '../../../../lambda/router/classify/normalize';
import { Document } from '../../../../lambda/router/classify/scan-doc';
import { itinValid, ssnValid } from '../../../../lambda/router/classify/validators/us-ids';

describe('SSN and ITIN structure', () => {
  it.each(['219543127', '001010001', '899999999', '772101234'])('accepts the SSN %s', (digits) => {
    expect(ssnValid(digits)).toBe(true);
  });

  it.each([
    ['area 000', '000123456'],
    ['area 666', '666123456'],
    ['area 9xx', '912781234'],
    ['group 00', '219003127'],
    ['serial 0000', '219540000'],
    ['the Woolworth wallet sample', '078051120'],
    ['the SSA pamphlet sample', '219099999'],
    ['the 123-45-6789 placeholder', '123456789'],
  ])('rejects an SSN with %s', (_why, digits) => {
    expect(ssnValid(digits)).toBe(false);
  });

  it.each([
    '912501234',
    '912651234',
    '912701234',
    '912881234',
    '912901234',
    '912921234',
    '912941234',
    '912991234',
  ])('accepts the ITIN %s (group at a range edge)', (digits) => {
    expect(itinValid(digits)).toBe(true);
  });

  it.each(['912491234', '912661234', '912691234', '912891234', '912931234', '812701234'])(
    'rejects %s as an ITIN',
    (digits) => {
      expect(itinValid(digits)).toBe(false);
    },
  );
});

describe('pii.ssn detector', () => {
  it.each([
    ['dashed, no context', 'Is 219-54-3127 right?'],
    ['spaced, no context', 'number 219 54 3127'],
    ['dotted, no context', 'here it is: 219.54.3127'],
    ['bare, after "SSN"', 'my SSN is 219543127, what next?'],
    ['with a line break, after "SSN"', 'my SSN is 219 54\n3127.'],
    ['double-spaced odd groups, after "SSN"', 'SSN 219  543  127'],
    ['in Spanish', 'Su número de seguro social es 219543127'],
    ['fullwidth digits', 'SSN: ２１９-５４-３１２７'],
    ['mathematical digits', 'SSN: 𝟐𝟏𝟗-𝟓𝟒-𝟑𝟏𝟐𝟕'],
    ['zero-width characters and soft hyphens', '219-\u200b54\u00ad-3127'],
    ['a look-alike dash', '219\u201354\u20133127'],
  ])('given an SSN written %s, reports pii.ssn', (_form, text) => {
    expect(categoriesOf(text)).toContain('pii.ssn');
  });

  it.each([
    ['the word SSN without a value', 'Never paste an SSN or a password here.'],
    ['a masked SSN', 'logs show ssn=***-**-3127'],
    ['an impossible area', 'Part number 666-06-6487 is missing'],
    ['serial 0000', 'case reference 723-26-0000'],
    ['a bare 9-digit number without context', 'order 219543127 shipped'],
    ['mixed separators without context', 'code 219-54.3127'],
    ['a 9-digit window inside a longer number', 'SSN 219-54-3127-55'],
    ['a published sample number', 'SSN 078-05-1120'],
  ])('given %s, does not report pii.ssn', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('pii.ssn');
  });
});

describe('pii.itin detector', () => {
  it.each([
    ['dashed', 'Use ITIN 912-78-3456 on the 1099.'],
    ['bare after "ITIN"', 'My ITIN is 912783456.'],
    ['dotted after the full name', 'Individual Taxpayer Identification Number: 912.78.3456'],
  ])('given an ITIN %s, reports pii.itin', (_form, text) => {
    expect(categoriesOf(text)).toContain('pii.itin');
  });

  it.each([
    ['a 9xx number outside the ITIN groups', 'Is 903-16-7653 a valid SSN?'],
    ['group 89', 'my tax id 911-89-1234'],
  ])('given %s, reports neither pii.itin nor pii.ssn', (_why, text) => {
    const categories = categoriesOf(text);
    expect(categories).not.toContain('pii.itin');
    expect(categories).not.toContain('pii.ssn');
  });
});

describe('US id detector on a 1 MB adversarial input', () => {
  it.each([
    ['SSN-shaped runs', '219-54-3127 '.repeat(1 << 16)],
    ['digits with repeated separators', '1 - 1 - '.repeat(1 << 17)],
    ['context words and digits', 'SSN 219543127 '.repeat(1 << 16)],
  ])('given %s, finishes', (shape, input) => {
    const doc = new Document(normalize(input).text);
    const started = performance.now();
    for (const detector of usIdsDetectors) detector.scan(doc);
    console.log(`us-ids, ${shape}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(doc.text.length).toBeGreaterThan(500_000);
  });

  it('reports each separate SSN of a long list', () => {
    const doc = new Document(normalize('SSN 219543127\n'.repeat(1000)).text);
    for (const detector of usIdsDetectors) detector.scan(doc);
    expect(doc.findings.filter((f) => f.category === 'pii.ssn')).toHaveLength(1000);
  });
});

describe('pii.ssn: the context word after the number', () => {
  it('given a bare number asked about as a social security number, reports pii.ssn', () => {
    const text = 'Is 219543127 a valid format for a social security number? The portal rejects it.';
    expect(categoriesOf(text)).toContain('pii.ssn');
  });

  it('given a bare number far before the word, does not report pii.ssn', () => {
    const text =
      'Order 219543127 shipped on Monday and should arrive within the week, tracking to follow; unrelated: what is an SSN?';
    expect(categoriesOf(text)).not.toContain('pii.ssn');
  });
});
