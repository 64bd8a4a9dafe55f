import fc from 'fast-check';
import { ContextScreen } from '../../../../lambda/router/classify/context-screen';
import { prefilterFor } from '../../../../lambda/router/classify/literal-prefilter';
import { requiredLiterals } from '../../../../lambda/router/classify/regex-literals';
import { Document } from '../../../../lambda/router/classify/scan-doc';

// Context regexes shaped like the detectors' own: anchored alternatives, optional parts,
// classes, lookarounds, non-Latin words, a quantified gap.
const CONTEXTS: readonly RegExp[] = [
  /(?:^|[^a-z])mrn|medical record|med(?:ical)? rec(?:ord)?\b|patient[ _-]?(?:id|no\b|number|#)|\bpid\|/,
  /driv(?:er|ing)(?:'s|s)?[ _-]?licen[cs]e|(?:^|[^a-z])dl(?:[^a-z]|$)|f(?:ü|ue|u)hrerschein|운전|면허/,
  /(?:version|\bver\.?|section|§|\bv)\s*$/,
  /ending|last (?:4|four)|account[ _-]?id|\bid\b|[$€£¥]\s?$/,
  /phone|\b(?:my|your|our)\b[^\n.]{0,24}\bnumber/,
  /(?<![a-z])(?:api[_-]?key|bearer)(?![a-z])/,
  /x{2,3}y|z+w/,
];

// Texts built from pieces of the contexts' words, so that matches are common.
const PIECES = [
  'mrn',
  'medical',
  ' rec',
  'ord',
  'patient',
  '_',
  'id',
  ' ',
  '#',
  'driv',
  'ing',
  "'s",
  'licen',
  'se',
  'dl',
  'führerschein',
  '운전',
  'ver',
  '.',
  'sion',
  '§',
  'v',
  'ending',
  'last 4',
  '$',
  'phone',
  'my',
  'number',
  '\n',
  'api',
  'key',
  'bearer',
  'x',
  'y',
  'z',
  'w',
  'a',
  'q',
  '|',
  'pid',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));

describe('requiredLiterals', () => {
  test('lists the words an alternation needs, cut to their first six characters', () => {
    // GIVEN / WHEN
    const literals = requiredLiterals(/passport|pasaporte|pass no\b/);
    // THEN
    expect([...(literals ?? [])].sort()).toEqual(['pasapo', 'pass n', 'passpo']);
  });

  test('keeps the literal after an anchored alternative that has none', () => {
    expect(requiredLiterals(/(?:^|[^a-z])mrn/)).toEqual(['mrn']);
  });

  test('gives up on what it cannot prove: case-insensitive flag, backreference, optional-only pattern', () => {
    expect(requiredLiterals(/abc/i)).toBeUndefined();
    expect(requiredLiterals(/(a)\1/)).toBeUndefined();
    expect(requiredLiterals(/a?b*/)).toBeUndefined();
  });

  test('every match of a context contains one of its literals', () => {
    let matched = 0;
    fc.assert(
      fc.property(textArb, fc.integer({ min: 0, max: CONTEXTS.length - 1 }), (text, k) => {
        const re = CONTEXTS[k];
        const literals = requiredLiterals(re);
        const m = re.exec(text);
        if (m === null) return true;
        matched++;
        return literals !== undefined && literals.some((lit) => m[0].includes(lit));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
    // The generated texts did exercise matches (the property is not vacuous).
    expect(matched).toBeGreaterThan(100);
  });
});

describe('LiteralIndex', () => {
  test('answers a window the same way as looking for the literals in it', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.nat(60),
        fc.nat(60),
        fc.integer({ min: 0, max: CONTEXTS.length - 1 }),
        (text, a, b, k) => {
          const prefilter = prefilterFor(CONTEXTS[k]);
          if (prefilter === null) return true;
          const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
          const literals = requiredLiterals(CONTEXTS[k])!;
          const window = text.slice(from, to);
          return prefilter.index(text).within(from, to) === literals.some((lit) => window.includes(lit));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('ContextScreen', () => {
  const screen = new ContextScreen(CONTEXTS);

  test('never rules out a context that matches the window', () => {
    let matched = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        const possible = screen.possible(text);
        return CONTEXTS.every((re, i) => !re.test(text) || (matched++, (possible & (1 << i)) !== 0));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  test('rules out every screened context in a window with none of their words', () => {
    // GIVEN prose holding none of the contexts' literals
    const possible = screen.possible('the annual report is attached');
    // THEN
    expect(possible).toBe(0);
  });

  test('reports a shorter literal found inside a longer one of another context', () => {
    // GIVEN two contexts whose literals start alike ("numb" begins "number")
    const two = new ContextScreen([/number/, /numb/]);
    // WHEN the text holds the longer one, which the screen's regex reports
    const possible = two.possible('your number');
    // THEN both contexts stay possible
    expect(possible).toBe(0b11);
  });
});

describe('Document.hasContext on overlapping windows', () => {
  test('agrees with the regex over every window once the literal index takes over', () => {
    // GIVEN a text whose windows overlap heavily: 800 windows of 65 characters read the 2,408
    // characters more than 8 times over, so the literal index is built part way through
    const text = 'x1:'.repeat(400) + 'MRN 123 ' + 'x1:'.repeat(400);
    const doc = new Document(text);
    const re = CONTEXTS[0];
    // WHEN every position is looked up with a 48/16 window
    const mismatches: number[] = [];
    for (let i = 0; i < text.length; i += 3) {
      const expected = re.test(doc.lower.slice(Math.max(0, i - 48), Math.min(text.length, i + 1 + 16)));
      if (doc.hasContext(i, i + 1, re, 48, 16) !== expected) mismatches.push(i);
    }
    // THEN no window differs, and the context word was found
    expect(mismatches).toEqual([]);
    expect(doc.hasContext(1200, 1203, re, 48, 16)).toBe(true);
  });
});
