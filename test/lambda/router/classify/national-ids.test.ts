import { categoriesOf } from '../../../support/detect-categories';
import {
  codiceFiscaleValid,
  hetuValid,
  nirValid,
  ninoValid,
  personnummerValid,
  steuerIdValid,
} from '../../../../lambda/router/classify/validators/national-ids';

const NATIONAL_ID = 'pii.national_id';
const has = (text: string) => categoriesOf(text).includes(NATIONAL_ID);
const fullwidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('pii.national_id: values whose check is strong enough alone', () => {
  it.each([
    ['UK NINO', 'My NI number is AB 12 34 56 C? no: it is WA 60 85 13 A'],
    ['UK NINO, compact lower case', 'ref tw987654a'],
    ['IN PAN', 'PAN on file: ABCPD1234Z'],
    ['ES DNI', 'Mi documento 12345678Z, gracias'],
    ['ES NIE with dash', 'NIE Y8063915-Z'],
    ['IT codice fiscale', 'CF: FNTMRA48D22L219Z'],
    ['SG NRIC', 'ic S2740116C'],
    ['FI HETU with - century sign', 'hetu 131052-308T ok'],
    ['FI HETU with the 2023 century letters', 'code 010594Y9032'],
    ['FR NIR', 'n° 1 51 09 87 254 252 81'],
    ['PL PESEL', 'numer 44051401458'],
    ['SE personnummer with hyphen', '19910924-2397'],
    ['TR kimlik', 'no 10000000146'],
    ['ZA ID', 'id 8001015009087'],
    ['KR RRN with hyphen', 'rrn 960121-1021413'],
    ['DE Rentenversicherungsnummer', 'RVNR 15070649C103'],
    ['DE identity card serial (ICAO check digit)', 'Ausweis L01X00T44'],
    ['IN Aadhaar grouped 4-4-4', '2451 5046 1644'],
    ['CA SIN grouped 3-3-3', '130 692 544'],
    ['AU TFN grouped 3-3-3', '876 543 210'],
    ['TH ID', '1234567890121'],
  ])('finds a %s', (_name, text) => {
    // GIVEN a valid identifier in text / WHEN classified / THEN it is a national id
    expect(has(text)).toBe(true);
  });
});

describe('pii.national_id: weak checks need their grouping or a context word', () => {
  it.each([
    ['CA SIN', 'my SIN is 130692544'],
    ['AU TFN', 'TFN 876543210'],
    ['NL BSN', 'burgerservicenummer: 286166690'],
    ['NG NIN', 'NIN: 98765432102'],
    ['DE Steuer-ID', 'Steuer-ID 65929970489'],
    ['IN voter id', 'my voter id DBJ2289013'],
  ])('finds a %s with context', (_name, text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    ['a 9-digit Luhn number', 'order 130692544 shipped'],
    ['a 9-digit 11-proof number', 'ticket 286166690'],
    ['a 10-distinct-digit Steuer-ID look-alike', 'Steuer-ID 12345678903'],
    ['a UPC barcode that also passes the Aadhaar check', 'UPC 400000000022'],
  ])('ignores %s', (_name, text) => {
    expect(has(text)).toBe(false);
  });
});

describe('pii.national_id: obfuscated forms', () => {
  it.each([
    ['spaced out', 'NINO: K J 5 6 0 8 7 9 D'],
    ['split by a line break', 'NI no. KJ5\n60879D please'],
    ['fullwidth', `CF ${fullwidth('CLMFNC64E23G273T')}`],
    ['zero-width characters inside', 'NIE: Y637\u200b8223S'],
    ['soft hyphens inside', 'DNI 430\u00ad1036\u00ad6K'],
    ['dots between groups', 'SIN 139.733.752'],
    ['non-breaking spaces', 'Aadhaar 3867\u00a04499\u00a01043'],
  ])('finds a value %s', (_name, text) => {
    expect(has(text)).toBe(true);
  });
});

describe('pii.national_id: look-alikes that fail their checks', () => {
  it.each([
    ['NINO with a suffix outside A-D', 'AA 12 34 56 H'],
    ['NINO with an unused prefix', 'NT 99 88 77 A'],
    ['DNI with the wrong letter', '12345678A'],
    ['codice fiscale with the wrong check letter', 'AAAAAA00B11C333N'],
    ['HETU with an illegal separator', '131052/308T'],
    ['PESEL with a bad check digit', '44051401459'],
    ['SIN grouped 3-3-3 with a bad Luhn digit', '130 692 545'],
    ['16-digit order number grouped 4-4-4-4', 'order 1234 5678 9012 3456'],
    ['a UUID', 'id 550e8400-e29b-41d4-a716-446655440000'],
    ['a git SHA', 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8'],
    ['a semantic version and a price', 'upgrade to 4.12.3 for $1,299.00'],
  ])('ignores %s', (_name, text) => {
    expect(has(text)).toBe(false);
  });
});

describe('national-id check functions', () => {
  it('NINO rejects the prefixes never issued', () => {
    expect(ninoValid('AB123456C')).toBe(true);
    expect(ninoValid('GB123456C')).toBe(false);
  });
  it('codice fiscale accepts omocodia (digits replaced by letters)', () => {
    // FNTMRA48D22L219Z with its last digit 9 written as V, and the check letter recomputed
    expect(codiceFiscaleValid('FNTMRA48D22L219Z')).toBe(true);
    expect(codiceFiscaleValid('FNTMRA48D22L21VZ')).toBe(false);
    expect(codiceFiscaleValid('FNTMRA48D22L21VO')).toBe(true);
  });
  it('FR NIR accepts Corsican départements 2A and 2B', () => {
    expect(nirValid('185052A00600814')).toBe(true);
    expect(nirValid('185052A00600815')).toBe(false);
  });
  it('HETU validates the century sign and the date', () => {
    expect(hetuValid('131052-308T')).toBe(true);
    expect(hetuValid('311190-1111')).toBe(false);
  });
  it('personnummer accepts samordningsnummer (day + 60)', () => {
    expect(personnummerValid('7010632391')).toBe(true);
  });
  it('Steuer-ID requires exactly one repeated digit among the first ten', () => {
    expect(steuerIdValid('65929970489')).toBe(true);
    expect(steuerIdValid('12345678903')).toBe(false);
  });
});

describe('pii.national_id under adversarial input', () => {
  it.each([
    ['digits and single spaces', '1 '.repeat(500_000)],
    ['letter-digit tokens', 'A1 '.repeat(350_000)],
    ['single letters then a digit', 'a '.repeat(500_000) + '1'],
    ['dashes and digits', '12-'.repeat(350_000)],
  ])('finishes on 1 MB of %s', (_name, text) => {
    const started = performance.now();
    const found = categoriesOf(text);
    console.log(`1 MB ${_name}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(found).not.toContain(NATIONAL_ID);
  });
});

describe('pii.national_id: look-alikes found on a second corpus sample', () => {
  test.each([
    [
      'a commit hash after the word "on" (NINO shape, lower case, 2-6-1)',
      'CI failed on 5b69627 but passed on 529671b.',
    ],
    [
      'a 15-digit order id starting with 3 (temporary NIR shape)',
      "What's the status of order 3787 796698 83157?",
    ],
  ])('does not report %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('pii.national_id');
  });
});

describe('pii.national_id: Unix times are not date-and-check-digit ids', () => {
  it('given a valid personnummer shape, bare, reports pii.national_id', () => {
    expect(personnummerValid('1701010322')).toBe(true);
    expect(has('Mitt nummer är 1701010322.')).toBe(true);
  });

  test.each([
    ['after "Unix timestamp"', 'Convert the Unix timestamp 1701010322 to a readable date in UTC.'],
    ['in a JWT claim', '{"sub": "42", "iat": 1701010322}'],
    ['in an API field', '"created_at": 1701010322,'],
    ['after "epoch"', 'epoch 1701010322 is when the job ran'],
  ])('given the same digits %s, does not report pii.national_id', (_where, text) => {
    expect(has(text)).toBe(false);
  });

  it('given a time word and the id word, reports pii.national_id', () => {
    expect(has('Personnummer 1701010322, updated_at yesterday')).toBe(true);
  });
});
