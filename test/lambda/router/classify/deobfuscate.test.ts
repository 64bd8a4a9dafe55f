import { DEFAULT_POLICY } from '../../../../lib/policy/defaults';
import { deobfuscate } from '../../../../lambda/router/classify/deobfuscate';
import { detect, locateFinding } from '../../../../lambda/router/classify/detect';
import { normalize } from '../../../../lambda/router/classify/normalize';
import { Document } from '../../../../lambda/router/classify/scan-doc';
import { categoriesOf } from '../../../support/detect-categories';
import { readJsonl, type PeerVector } from '../../../support/shared-data';

/** The de-obfuscated view of `raw` after normalization, or undefined when there is none. */
function viewOf(raw: string): string | undefined {
  return deobfuscate(new Document(normalize(raw).text))?.text;
}

function detectFor(request: unknown) {
  return detect(request, DEFAULT_POLICY, { timeBudgetMs: 60_000 });
}

// Valid values (checksums pass) used across the end-to-end cases.
const SSN_WORDS = 'five three six, two two, eight seven two six'; // 536-22-8726
const VISA_WORDS = 'four five three nine one four eight eight zero three four three six four six seven'; // 4539148803436467

describe('deobfuscate: ordinary text has no view', () => {
  it.each([
    ['business prose', 'Please summarize the quarterly planning notes below for the operations team.'],
    ['"at" and "dot" in prose', 'Look at the dot product of the two vectors at each step.'],
    ['"at" with a dotted word', 'She is at work.Then she goes home at 5.30 today.'],
    ['a bare address', 'Write to maria@gmail.com, not to git@github.com:acme/web.git'],
    ['number words in a sentence', 'One or two people, maybe three, will join at four or five.'],
    ['fewer than seven spelled digits', 'The extension is one two three four five six.'],
    ['someone counting', 'Count with me: one two three four five six seven eight nine ten.'],
    ['an interjection before counting', 'Oh, one two three four five six seven.'],
    ['the pronoun I next to numbers', 'Numbers: I 12345 67890 and No 12345'],
    ['lower-case words ending in look-alikes', 'hello2024 and polo12345 and ISO 27001'],
    ['a pipe-separated record', 'order|12345|67890|shipped'],
    ['a word of a joining cue', 'The dashboard doubled in size; see the hyphenated names.'],
    ['Cyrillic prose', 'Пишите в понедельник, это срочно.'],
    ['Greek prose', 'Η συνάντηση είναι αύριο το πρωί.'],
  ])('given %s, returns undefined', (_what, text) => {
    expect(viewOf(text)).toBeUndefined();
  });
});

describe('deobfuscate: confusable letters', () => {
  it.each([
    [
      'Cyrillic а and р in an address',
      'write to \u0440\u0430ul.smith@gmail.com',
      'write to paul.smith@gmail.com',
    ],
    ['Cyrillic е, с, о in the host', 'jan@icloud.\u0441\u043em', 'jan@icloud.com'],
    ['Greek ο and ι', 'j\u03bfhn@gma\u03b9l.com', 'john@gmail.com'],
    ['Cyrillic О among digits', 'SSN \u041e93-2\u041e-9962', 'SSN 093-20-9962'],
  ])('given %s, folds them to Latin', (_what, text, expected) => {
    expect(viewOf(text)).toBe(expected);
  });

  it('leaves words wholly in another script as they are', () => {
    expect(viewOf('Почта: j\u0430ne@mail.com, срочно')).toBe('Почта: jane@mail.com, срочно');
  });
});

describe('deobfuscate: O and l for 0 and 1', () => {
  it.each([
    ['an SSN', '536-2O-87l6', '536-20-8716'],
    ['a card without separators', '6Oll65l492553668', '6011651492553668'],
    ['an IBAN, keeping its country code', 'SE9l 3OOO 9O77 52O4 9763 9496', 'SE91 3000 9077 5204 9763 9496'],
    ['an IBAN, keeping its bank code', 'IEl7 BOFI 987l 6257 l377 82', 'IE17 BOFI 9871 6257 1377 82'],
    ['a group of look-alikes only, between digits', '558-lO-53O9', '558-10-5309'],
    ['a phone number', 'O7896 875282', '07896 875282'],
  ])('given %s, reads them as digits', (_what, text, expected) => {
    expect(viewOf(text)).toBe(expected);
  });

  it.each([
    ['fewer than five real digits', 'Room 1O1, floor 2'],
    ['more look-alikes than digits', 'code lOlO-lOlO-12'],
  ])('given %s, leaves the letters', (_what, text) => {
    expect(viewOf(text)).toBeUndefined();
  });
});

describe('deobfuscate: email addresses with a written-out "at"', () => {
  it.each([
    ['[at] and [dot]', 'brandon.turner [at] proton [dot] me', 'brandon.turner@proton.me'],
    ['(at) and (dot) without spaces', 'ana(at)mail(dot)de', 'ana@mail.de'],
    ['(at) and a real dot', 'ana (at) mail.de', 'ana@mail.de'],
    ['the words at and dot', 'williams.tamika at hotmail dot com', 'williams.tamika@hotmail.com'],
    ['AT and [dot]', 'jackson9 AT gmail [dot] com', 'jackson9@gmail.com'],
    ['dots in the local part and host', 'john dot smith at mail dot co dot uk', 'john.smith@mail.co.uk'],
    ['a spaced @ and spaced dots', 'bob @ example-mail . com', 'bob@example-mail.com'],
    ['an @ with a written dot', 'bob@fastmail dot fm', 'bob@fastmail.fm'],
    ['Spanish arroba and punto', 'juan arroba gmail punto com', 'juan@gmail.com'],
    ['French arobase and point', 'marie arobase orange point fr', 'marie@orange.fr'],
  ])('given %s, writes the address', (_what, text, expected) => {
    expect(viewOf(`Contact: ${text} today`)).toBe(`Contact: ${expected} today`);
  });

  it.each([
    ['a plain "at" with a bare dot', 'She works at acme.com now'],
    ['a prose host', 'Look at the dot product'],
    ['a word "at" and a foreign dot word', 'meet at plaza punto com'],
    ['a top-level label with digits', 'x [at] host [dot] c0m'],
  ])('given %s, writes nothing', (_what, text) => {
    expect(viewOf(text)).toBeUndefined();
  });
});

describe('deobfuscate: spelled digits', () => {
  it.each([
    ['groups split by commas', SSN_WORDS, '536 22 8726'],
    ['the word dash', 'seven eight eight dash five nine dash one three seven four', '788-59-1374'],
    ['spaced dashes', 'zero six - nine seven - five two - five seven - four seven', '06-97-52-57-47'],
    ['ellipses', 'zero seven eight seven five... five one six nine two six', '07875 516926'],
    ['a plus sign', '+ nine one, seven three four three five two six three four six', '+91 7343526346'],
    ['the word plus', 'plus three four, seven four nine, six zero two, four three three', '+34 749 602 433'],
    ['oh and double', 'oh seven seven nine double five, one two three four five six', '077955 123456'],
    [
      'spaced capital letters before',
      'P T five zero... zero zero three five... eight zero three three',
      'PT50 0035 8033',
    ],
    ['capitalized words', 'Five Three Six Two Two Eight Seven', '5362287'],
    ['line breaks', 'five three six\ntwo two\neight seven two six', '536 22 8726'],
  ])('given %s, writes digits', (_what, text, expected) => {
    expect(viewOf(`number: ${text}.`)).toBe(`number: ${expected}.`);
  });
});

describe('detect: findings of the view', () => {
  it('reports a value found in the view over the words it was spelled with', () => {
    // GIVEN an SSN spelled out in the second message
    const request = {
      messages: [
        { role: 'user', content: 'Hello' },
        { role: 'user', content: `My SSN is ${SSN_WORDS}.` },
      ],
    };
    // WHEN detecting
    const detection = detectFor(request);
    // THEN the finding comes from the view and maps back onto the words in message 2
    const ssn = detection.findings.find((f) => f.category === 'pii.ssn');
    expect(ssn?.detector).toMatch(/\+deobfuscated$/);
    const located = locateFinding(detection.layout, ssn!);
    expect(located?.segment).toBe(1);
    expect(`My SSN is ${SSN_WORDS}.`.slice(located!.start, located!.end)).toBe(SSN_WORDS);
  });

  it('counts a value that is not obfuscated once, although the view repeats it', () => {
    const detection = detectFor(`Applicant Maria Gonzalez, SSN 536-2O-8726, email maria.gonzalez@gmail.com`);
    expect(detection.categories).toEqual(
      expect.arrayContaining([
        { id: 'pii.email', count: 1 },
        { id: 'pii.ssn', count: 1 },
      ]),
    );
    expect(detection.findings.filter((f) => f.category === 'pii.email')).toHaveLength(1);
  });

  it('scans only windows around the changes of a long text', () => {
    // GIVEN 20 KB of prose with one spelled SSN in the middle
    const prose = 'The migration of the reporting service finished on schedule. '.repeat(160);
    const text = `${prose}My SSN is ${SSN_WORDS}. ${prose}`;
    // WHEN building the view and detecting
    const view = viewOf(text);
    const detection = detectFor(text);
    // THEN the view is a window around the SSN, and the finding still maps onto the words
    expect(view).toContain('My SSN is 536 22 8726.');
    expect(view!.length).toBeLessThan(1000);
    const ssn = detection.findings.find((f) => f.category === 'pii.ssn');
    const located = locateFinding(detection.layout, ssn!);
    expect(text.slice(located!.start, located!.end)).toBe(SSN_WORDS);
  });

  it('maps a homoglyph address onto its original characters', () => {
    const text = 'write to \u0440\u0430ul.smith@gmail.com please';
    const detection = detectFor(text);
    const emails = detection.findings.filter((f) => f.category === 'pii.email');
    expect(emails).toHaveLength(1);
    const located = locateFinding(detection.layout, emails[0]);
    expect(text.slice(located!.start, located!.end)).toBe('\u0440\u0430ul.smith@gmail.com');
  });
});

describe('end to end: obfuscated values reach their category', () => {
  it.each([
    ['a spelled SSN', `My social security number is ${SSN_WORDS}.`, 'pii.ssn'],
    ['a spelled card', `card ${VISA_WORDS} exp 09/27`, 'fin.credit_card'],
    [
      'a spelled SSN with zero-width characters',
      `SSN: f\u200bive th\u00adree six, two two, eight seven two six`,
      'pii.ssn',
    ],
    [
      'a spelled SSN in fullwidth letters',
      'SSN: ｆｉｖｅ ｔｈｒｅｅ ｓｉｘ ｔｗｏ ｔｗｏ ｅｉｇｈｔ ｓｅｖｅｎ ｔｗｏ ｓｉｘ',
      'pii.ssn',
    ],
    ['an IBAN with O and l', 'IBAN DE89 37O4 OO44 O532 Ol3O OO', 'fin.iban'],
    ['an IBAN ending in a group of O', 'IBAN GB82 WEST l234 5698 7654 32', 'fin.iban'],
    ['a card with O and l', 'card 4539 l488 O343 6467', 'fin.credit_card'],
    ['an address with Cyrillic letters', 'my email is j\u0430nd\u0435rson@icloud.\u0441om', 'pii.email'],
    ['an address with [at] and dot', 'mail me: lena.fischer [at] posteo dot de', 'pii.email'],
    [
      'a spelled phone number',
      'Call me back at plus four four, seven nine one one, one two three four five six',
      'pii.phone',
    ],
  ])('given %s, reports the category', (_what, text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    [
      'a spelled number that fails Luhn',
      `card ${VISA_WORDS.replace(/seven$/, 'eight')} exp 09/27`,
      'fin.credit_card',
    ],
    ['an SSN with an impossible area', 'SSN: nine nine nine, two two, eight seven two six', 'pii.ssn'],
    ['counting', 'one two three four five six seven eight nine', 'pii.ssn'],
  ])('given %s, does not report the category', (_what, text, category) => {
    expect(categoriesOf(text)).not.toContain(category);
  });
});

describe('precision on the peer suite', () => {
  const negatives = readJsonl<PeerVector>('peer/presidio-vectors.jsonl').filter((v) => v.tier === 'negative');

  it('has negative vectors to check', () => {
    expect(negatives.length).toBeGreaterThan(100);
  });

  it('adds no finding from the view to any Presidio negative vector', () => {
    const added = negatives.filter((v) =>
      detectFor(v.text).findings.some((f) => f.detector.endsWith('+deobfuscated')),
    );
    expect(added.map((v) => v.id)).toEqual([]);
  });
});

describe('1 MB adversarial inputs', () => {
  const MB = 1 << 20;
  const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

  it.each([
    [
      'one spelled digit sequence',
      repeat('five '),
      (view: string | undefined) => expect(view).toMatch(/^5{1000}/),
    ],
    [
      'spelled digits broken by commas',
      repeat('one two, '),
      (view: string | undefined) => expect(view).toMatch(/^12 12 /),
    ],
    [
      'joining words only',
      repeat('dash double '),
      (view: string | undefined) => expect(view).toBeUndefined(),
    ],
    [
      '[at] forms without a host',
      repeat('a [at] [dot] '),
      (view: string | undefined) => expect(view).toBeUndefined(),
    ],
    [
      'at and dot words',
      repeat('ab at cd dot ef '),
      (view: string | undefined) => expect(view).toMatch(/^ab@cd\.ef ab@cd\.ef /),
    ],
    ['at signs', repeat('a@a@ @ '), (view: string | undefined) => expect(view).toBeUndefined()],
    [
      'look-alikes among digits',
      repeat('1O'),
      (view: string | undefined) => expect(view).toMatch(/^(10){1000}/),
    ],
    [
      'look-alike groups',
      repeat('1234O lO '),
      (view: string | undefined) => expect(view).toMatch(/^12340 10 12340/),
    ],
    [
      'mixed-script tokens',
      repeat('\u0440a'),
      (view: string | undefined) => expect(view).toMatch(/^(pa){1000}/),
    ],
    ['brackets', repeat('[({<'), (view: string | undefined) => expect(view).toBeUndefined()],
  ])('given %s, deobfuscate and detect finish', (what, text, checkView) => {
    const started = performance.now();
    const view = viewOf(text);
    const viewMs = performance.now() - started;
    checkView(view);
    const detection = detectFor(text);
    console.log(
      `1 MB ${what}: view ${viewMs.toFixed(0)} ms, detect ${(performance.now() - started - viewMs).toFixed(0)} ms`,
    );
    expect(detection.chars).toBe(MB);
  });
});

describe('deobfuscate: a compact IBAN with a letter bank code', () => {
  it('given look-alikes after the country code, check digits and bank code, reads them as digits', () => {
    expect(viewOf('IBAN IE29AIBK93ll52l2345678 please')).toBe('IBAN IE29AIBK93115212345678 please');
  });

  it('given a word of capitals and digits that is no IBAN head, leaves the letters', () => {
    expect(viewOf('build ABCDEFGH93ll52l2345678 done')).toBeUndefined();
  });
});
