import { normalize, originalOffset } from '../../../../lambda/router/classify/normalize';

describe('normalize', () => {
  test('leaves plain ASCII untouched with an identity map', () => {
    // GIVEN / WHEN
    const n = normalize('SSN 536-22-8726');
    // THEN
    expect(n.text).toBe('SSN 536-22-8726');
    expect(n.map).toBeUndefined();
    expect(originalOffset(n, 4)).toBe(4);
  });

  test.each([
    ['fullwidth digits', '５３６-２２-８７２６', '536-22-8726'],
    ['mathematical bold digits', '𝟓𝟑𝟔-𝟐𝟐-𝟖𝟕𝟐𝟔', '536-22-8726'],
    ['Arabic-Indic digits', '٥٣٦-٢٢-٨٧٢٦', '536-22-8726'],
    ['Devanagari digits', '५३६-२२-८७२६', '536-22-8726'],
    ['zero-width characters', '536\u200b-22\u200c-87\u200d26', '536-22-8726'],
    ['soft hyphens and word joiners', '53\u00ad6-22\u2060-8726', '536-22-8726'],
    ['bidi controls', '\u202e536-22-8726\u202c', '536-22-8726'],
    ['look-alike dashes', '536\u201222\u22128726', '536-22-8726'],
    ['non-breaking and thin spaces', '536\u00a022\u20098726', '536 22 8726'],
    ['tag characters', '536\u{e0041}-22-8726', '536-22-8726'],
  ])('folds %s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  test('maps every normalized offset back to the original text', () => {
    // GIVEN a value split by invisible characters after a wide character
    const input = 'ｘ 5\u200b3\u200b6';
    // WHEN
    const n = normalize(input);
    // THEN each digit maps to where it was typed
    expect(n.text).toBe('x 536');
    expect([2, 3, 4].map((i) => input[originalOffset(n, i)])).toEqual(['5', '3', '6']);
    expect(originalOffset(n, n.text.length)).toBe(input.length);
  });

  test('handles 1 MB of mixed adversarial characters', () => {
    const input = '１\u200b-\u00ad'.repeat(250_000);
    const n = normalize(input);
    expect(n.text).toBe('1-'.repeat(250_000));
  });
});
