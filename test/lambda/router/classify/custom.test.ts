import { resolvePolicy } from '../../../../lib/policy/defaults';
import { assertSafePattern, customDetectors } from '../../../../lambda/router/classify/detectors/custom';
import { categoriesOf } from '../../../support/detect-categories';

describe('assertSafePattern', () => {
  it.each([
    ['a bounded code', 'PRJ-[0-9]{4}'],
    ['bounded alternatives', '(?:ACME|INITECH)-[A-Z]{2,8}'],
    ['a fixed-count group of bounded parts', '(?:[A-Z]{2}[0-9]){3}'],
    ['bounded repetitions separated by a literal', '[a-z]{1,20}@[a-z]{1,20}\\.corp'],
    ['lookarounds and anchors', '(?<![A-Z])KEY_[A-F0-9]{16}(?![A-F0-9])'],
    ['a character class with escapes', '[\\w.-]{1,64}\\.internal'],
  ])('accepts %s', (_label, pattern) => {
    expect(() => assertSafePattern(pattern, 'i')).not.toThrow();
  });

  it.each([
    ['nested quantifiers', '(a+)+$', /unbounded repetition/],
    ['a nested bounded repetition', '(a{1,5}){1,5}', /nested repetition/],
    ['a star', 'PRJ-.*', /unbounded repetition '\*'/],
    ['an open-ended bound', '[0-9]{4,}', /unbounded repetition/],
    ['a backreference', '([a-z]{1,5})\\1', /backreference/],
    ['a named backreference', '(?<w>[a-z]{1,5})\\k<w>', /backreference/],
    ['overlapping alternatives under repetition', '(?:a|ab){1,20}', /overlapping alternatives/],
    ['adjacent overlapping repetitions', '[0-9]{1,9}[0-9]{1,9}', /overlapping adjacent/],
    ['a huge bound', 'a{1,5000}', /above 1000/],
    ['an invalid expression', '(abc', /not a valid regular expression/],
    ['an unsupported flag', 'abc', /flags must be among/, 'g'],
  ])('rejects %s, naming the pattern', (_label, pattern, message, flags = 'i') => {
    // GIVEN an operator's pattern WHEN validated THEN the error says why and quotes the pattern
    expect(() => assertSafePattern(pattern, flags)).toThrow(message);
    expect(() => assertSafePattern(pattern, flags)).toThrow(pattern.slice(0, 4));
  });
});

describe('customDetectors', () => {
  const policy = resolvePolicy({
    customPatterns: [
      { name: 'project-code', pattern: 'PRJ-[0-9]{4}' },
      { name: 'employee-id', pattern: 'EMP[0-9]{6}', flags: '', category: 'pii.national_id' },
    ],
    dictionaries: [
      { name: 'codenames', terms: ['Kestrel', 'Blue Harbor', 'Nightjar'] },
      { name: 'tickers', terms: ['ACME'], caseSensitive: true },
      { name: 'clients', terms: ['Globex Corporation'], category: 'prop.custom' },
    ],
  });

  it('compiles a policy once and reuses the detectors', () => {
    expect(customDetectors(policy)).toBe(customDetectors(policy));
    expect(customDetectors(resolvePolicy())).toEqual([]);
  });

  it.each([
    ['a custom pattern', 'Status of PRJ-4821?'],
    ['a dictionary term', 'Summarize the Kestrel launch plan.'],
    ['a dictionary term in another case', 'what is the status of NIGHTJAR?'],
    ['a multi-word term across a line break', 'Renewal for Blue\nHarbor is due.'],
    ['a term in fullwidth letters', 'Ｋｅｓｔｒｅｌ beta results'],
    ['a term split by a zero-width space', 'Kes\u200btrel beta results'],
    ['a case-sensitive term written as listed', 'ACME quarterly numbers'],
  ])('reports prop.custom for %s', (_label, text) => {
    expect(categoriesOf(text, policy)).toContain('prop.custom');
  });

  it('reports the category a pattern names', () => {
    expect(categoriesOf('badge EMP123456 lost', policy)).toContain('pii.national_id');
  });

  it.each([
    ['a term inside a longer word', 'Kestrels nest on cliffs.'],
    ['a case-sensitive term in another case', 'acme is a common placeholder name'],
    ['a pattern without its digits', 'PRJ-XXXX is the format'],
    ['a flag-less pattern in lower case', 'badge emp123456 lost'],
  ])('ignores %s', (_label, text) => {
    const found = categoriesOf(text, policy);
    expect(found).not.toContain('prop.custom');
    expect(found).not.toContain('pii.national_id');
  });

  it('throws on an unsafe pattern in an unvalidated policy, so classification fails closed', () => {
    const unsafe = resolvePolicy({ customPatterns: [{ name: 'bad', pattern: '(a+)+$' }] });
    expect(() => customDetectors(unsafe)).toThrow(/custom pattern "bad".*unbounded repetition/);
  });

  it('matches 10,000 terms over 1 MB in one pass', () => {
    // GIVEN a large dictionary and a megabyte of near-miss words
    const terms = Array.from({ length: 10_000 }, (_, i) => `term${i.toString(36)}x`);
    const big = resolvePolicy({ dictionaries: [{ name: 'many', terms }] });
    const text = 'term1 term2 termzz terms '.repeat(40_000) + ' term7px';
    // WHEN classified
    const started = performance.now();
    const found = categoriesOf(text, big);
    console.log(`custom: 10k terms over 1 MB in ${(performance.now() - started).toFixed(0)} ms`);
    // THEN only the real term at the end is reported
    expect(found).toContain('prop.custom');
  });
});
