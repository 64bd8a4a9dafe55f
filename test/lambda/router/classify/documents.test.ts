import { categoriesOf } from '../../../support/detect-categories';
import {
  mrzSecondLineValid,
  ukDrivingLicenceValid,
} from '../../../../lambda/router/classify/validators/documents';

const fullwidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const MRZ = 'P<USAJONES<<JOSHUA<<<<<<<<<<<<<<<<<<<<<<<<<<\nC006456555USA8409171M3106154<<<<<<<<<<<<<<00';

describe('pii.passport', () => {
  it.each([
    ['a machine-readable zone', `Parse this: ${MRZ}`],
    ['a German serial with its ICAO check digit, alone', 'Reisepass C01234565 ausgestellt'],
    ['a US number after "passport no."', 'US passport no. E70481377, issued 2021'],
    ['a number after a JSON key', '{"passport_number":"342710322"}'],
    ['a number before "pasaporte"', 'AAA123456 es mi número de pasaporte'],
    ['a spaced-out number', 'passport number FCC  42G  2VH, expires in 2031'],
    ['a fullwidth number', `Passport No.: ${fullwidth('EY3407466')}`],
    ['a number with zero-width characters', 'passeport 13JV\u200b85258'],
  ])('finds %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('pii.passport');
  });

  it.each([
    ['the word alone', 'How long does a passport renewal take?'],
    ['a passport-shaped number without the word', 'booking ref E70481377'],
    ['an expiry date after the word', 'passport expires 12.03.2031'],
    ['an MRZ line with a broken check digit', MRZ.replace('C006456555', 'C006456556')],
    ['a German serial with a wrong check digit', 'C01234567'],
  ])('ignores %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('pii.passport');
  });

  it('validates every MRZ check digit', () => {
    expect(mrzSecondLineValid('C006456555USA8409171M3106154<<<<<<<<<<<<<<00')).toBe(true);
    expect(mrzSecondLineValid('C006456555USA8409172M3106154<<<<<<<<<<<<<<00')).toBe(false);
  });
});

describe('pii.drivers_license', () => {
  it.each([
    ['a UK DVLA number alone', 'MORGA607054SM9IJ'],
    ['a UK DVLA number with its issue number', 'DL number HOWAR608015R99XW 14'],
    ['a Korean number in its grouping', '11-22-123456-12'],
    ['a US number after "driver\'s license"', "Ohio driver's license AN383550, expires 2030"],
    ['a number before the licence word', "License: 056746136 (Georgia driver's license)"],
    ['a Michigan number spaced out', 'Michigan driver license Q 726 359 790 928'],
    ['a Florida number with dots', 'DL number F862.497.19.073.5'],
    ['a Führerschein number', 'Führerscheinnummer: BO12345678A'],
    ['a number split by a line break', "driver's license WDLVT5\nFBN67E"],
  ])('finds %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('pii.drivers_license');
  });

  it.each([
    ['a UK-shaped number with an impossible birth month', 'MORGA613054SM9IJ'],
    ['a Korean-shaped number with an unknown region', '99-22-123456-12'],
    ['the word alone', 'Do I need a driving licence to rent a car?'],
    ['a software licence key without the word driver', 'license key ABCDE-12345'],
  ])('ignores %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('pii.drivers_license');
  });

  it('UK licence numbers pad the surname with 9s only at its end', () => {
    expect(ukDrivingLicenceValid('FO999512018AA1AB')).toBe(true);
    expect(ukDrivingLicenceValid('MO9G9657054SM9IJ')).toBe(false);
  });
});

describe('pii.date_of_birth', () => {
  it.each([
    ['DOB with day.month.year', 'DOB 06.02.1962'],
    ['date of birth with a US date', 'My date of birth is 05/05/1972.'],
    ['born with an ISO date', 'Kyle Bell (born 1942-09-28) joined'],
    ['a short US date', 'DOB: 9/27/45'],
    ['an English month name', 'Date of birth: October 24, 1971'],
    ['a day-month-year with a month name', 'DOB: 5 October 1960'],
    ['German', 'Geburtsdatum: 12. März 1985'],
    ['Spanish', 'fecha de nacimiento: 3 de mayo de 1990'],
    ['French', 'née le 14 juillet 1979'],
    ['Italian', 'data di nascita 2 febbraio 1968'],
    ['Dutch', 'geboortedatum 21 maart 1990'],
    ['Polish', 'data urodzenia: 12 marca 1985'],
    ['Swedish', 'födelsedatum 3 augusti 1977'],
    ['Finnish', 'syntymäaika 5. toukokuuta 1982'],
    ['a JSON key', '{"dob":"1980-01-31"}'],
    ['digits split by a line break', 'Geburtsdatum: 22 01\n1953'],
    ['fullwidth digits', `DOB ${fullwidth('1970-10-25')}`],
  ])('finds %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('pii.date_of_birth');
  });

  it.each([
    ['a meeting date', 'The meeting is on 2024-05-01 at 10:00.'],
    ['a release date', 'Version 3 was released on March 3, 2021.'],
    ['a birth word with an impossible date', 'DOB 31/02/1980'],
    ['a birth word with a future year', 'born 2190-01-01'],
    ['"adobe" is not DOB', 'Adobe invoice dated 2023-04-05'],
  ])('ignores %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('pii.date_of_birth');
  });
});

describe('documents under adversarial input', () => {
  it.each([
    ['MRZ filler', '<'.repeat(1_000_000)],
    ['passport words and digits', 'passport 1 '.repeat(90_000)],
    ['birth words and dates', 'DOB 1/1/1 '.repeat(100_000)],
  ])('finishes on 1 MB of %s', (name, text) => {
    const started = performance.now();
    const found = categoriesOf(text);
    console.log(`1 MB ${name}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(found).not.toContain('pii.drivers_license');
  });
});

describe('pii.date_of_birth: spacing that splits a date anywhere', () => {
  test('reports an 8-digit date regrouped by obfuscation next to a birth word', () => {
    expect(categoriesOf('My date of birth is 230  8197  5.')).toContain('pii.date_of_birth');
  });

  test('does not report the same digits without a birth word', () => {
    expect(categoriesOf('The build id is 230  8197  5.')).not.toContain('pii.date_of_birth');
  });
});

describe('document numbers in forms found on independent corpus samples', () => {
  it.each([
    ['a German passport serial with no digit', 'My German passport number is KXTRZMHPW, is it still valid?'],
    ['a German serial with one digit after "Reisepass"', 'Reisepass: LMN7RTXYZ'],
  ])('finds %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('pii.passport');
  });

  it.each([
    [
      'a Washington licence of letters, in a JSON field',
      `{"drivers_license":"${fullwidth('WDLKPQZRTM4B')}"}`,
    ],
    ['a Washington licence after "driver license"', 'WA driver license WDLXYZABCD2E on file'],
  ])('finds %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('pii.drivers_license');
  });

  it.each([
    ['a German-alphabet word without a passport word', 'The code KXTRZMHPW expired yesterday.'],
    ['a WDL token without a licence word', 'Build tag WDLXYZABCD2E passed.'],
  ])('ignores %s', (_name, text) => {
    const found = categoriesOf(text);
    expect(found).not.toContain('pii.passport');
    expect(found).not.toContain('pii.drivers_license');
  });

  it.each([
    ['the barcode standard of licences', "What does a driver's license barcode (PDF417) encode?"],
    ['a standard next to a passport word', 'Are passport dates in the MRZ written per ISO 8601 or not?'],
    ['a price after the licence word', "A driver's license renewal costs 325 pesos here."],
    ['an amount after the passport word', 'How much is the passport fee? I heard 130 dollars.'],
    ['office hours after the passport word', 'The passport office opens at 0830 every day.'],
    ['a year and a word after the passport word', 'My passport expires in 2027 june, should I renew?'],
  ])('does not read %s as a document number', (_name, text) => {
    const found = categoriesOf(text);
    expect(found).not.toContain('pii.passport');
    expect(found).not.toContain('pii.drivers_license');
  });

  it('still finds a passport number typed in lower case', () => {
    expect(categoriesOf('my passport no is ab1234567')).toContain('pii.passport');
  });

  it('finishes on 1 MB of passport words and German-alphabet serials', () => {
    const text = 'Reisepass KXTRZMHPW '.repeat(50_000);
    const started = performance.now();
    const found = categoriesOf(text);
    console.log(`1 MB passport words and serials: ${(performance.now() - started).toFixed(0)} ms`);
    expect(found).toContain('pii.passport');
  });
});
