import { Document, findDigitRuns } from '../../../../lambda/router/classify/scan-doc';

describe('findDigitRuns', () => {
  test('joins digit groups across mixed separators', () => {
    // GIVEN a number written with spaces, dots, dashes and a line break
    const text = 'card 4539 1488.0343-6467\n9 end';
    // WHEN
    const [run] = findDigitRuns(text);
    // THEN the digits are assembled and group boundaries kept
    expect(run.digits).toBe('45391488034364679');
    expect(run.groupStarts).toEqual([0, 4, 8, 12, 16]);
    expect(run.seps).toEqual([' ', '.', '-', '\n']);
    expect(text.slice(run.start, run.end)).toBe('4539 1488.0343-6467\n9');
  });

  test('maps each digit to its offset in the text', () => {
    const text = 'x 12 - 34';
    const [run] = findDigitRuns(text);
    expect(Array.from(run.positions).map((p) => text[p])).toEqual(['1', '2', '3', '4']);
  });

  test('does not join across letters or long separator sequences', () => {
    const runs = findDigitRuns('12 a 34    56');
    expect(runs.map((r) => r.digits)).toEqual(['12', '34', '56']);
  });

  test('a single group has no separators', () => {
    const [run] = findDigitRuns('id 123456789');
    expect(run.groupStarts).toEqual([0]);
    expect(run.seps).toEqual([]);
  });

  test('stays linear on 1 MB of one-digit runs', () => {
    const runs = findDigitRuns('1:'.repeat(500_000));
    expect(runs).toHaveLength(500_000);
  });
});

describe('Document', () => {
  test('hasContext looks only inside the window around a span', () => {
    const doc = new Document('MRN: 12345678 and later a date 1990-01-01');
    expect(doc.hasContext(5, 13, /\bmrn\b/)).toBe(true);
    expect(doc.hasContext(31, 41, /\bmrn\b/, 10, 0)).toBe(false);
  });

  test('lower keeps offsets aligned with text', () => {
    const doc = new Document('İSTANBUL DOB');
    expect(doc.lower.length).toBe(doc.text.length);
    expect(doc.lower.endsWith('dob')).toBe(true);
  });
});
