import { normalize, originalOffset } from '../../../../lambda/router/classify/normalize';

describe('normalize offset map on long compatibility expansions', () => {
  test('maps every normalized character of an eighteen-character expansion back to its source', () => {
    // GIVEN U+FDFA, which NFKC expands to 18 characters, between ASCII
    const input = 'a\ufdfa\ufdfab';
    // WHEN
    const n = normalize(input);
    // THEN the map has one entry per normalized character plus the end, all inside the input
    expect(n.map).toBeDefined();
    expect(n.map!.length).toBe(n.text.length + 1);
    expect(originalOffset(n, n.text.length)).toBe(input.length);
    expect(originalOffset(n, 1)).toBe(1);
    expect(originalOffset(n, 19)).toBe(2);
    expect(originalOffset(n, n.text.length - 1)).toBe(3);
  });

  test('keeps ASCII stretches between folded characters at their own offsets', () => {
    // GIVEN fullwidth digits inside ASCII text
    const input = 'card ４５３９ end';
    // WHEN
    const n = normalize(input);
    // THEN
    expect(n.text).toBe('card 4539 end');
    expect(Array.from(n.map!)).toEqual(Array.from({ length: input.length + 1 }, (_, i) => i));
  });
});
