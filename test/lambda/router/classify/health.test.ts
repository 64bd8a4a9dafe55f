import { categoriesOf } from '../../../support/detect-categories';
import { deaValid, mbiValid, npiValid } from '../../../../lambda/router/classify/validators/health';

const fullwidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('phi.npi', () => {
  it.each([
    ['after "NPI"', 'Dr. Courtney Harris (NPI 1900748652) is referring'],
    ['in a JSON key', '{"pcp_npi":"2795599036"}'],
    ['grouped, next to "provider"', 'provider id 256 1390 388'],
    ['in a form after a numbered line', '17. Referring provider: Elena\n17b. NPI: 1247332525\n21. Diagnosis'],
    ['with fullwidth digits', `NPI ${fullwidth('1245319599')}`],
  ])('finds an NPI %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('phi.npi');
  });

  it('uses Luhn over the 80840 prefix', () => {
    expect(npiValid('1245319599')).toBe(true);
    expect(npiValid('1245319598')).toBe(false);
  });

  it.each([
    ['a valid NPI without a context word (1 in 10 random numbers pass)', 'order 1245319599 shipped'],
    ['an NPI-shaped number that fails Luhn', 'NPI 1234567890'],
    ['a degenerate body', 'NPI 1111111112'],
  ])('ignores %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('phi.npi');
  });
});

describe('phi.dea', () => {
  it.each([
    ['alone', 'MD4882355'],
    ['with a 9 for a business name', 'K92993548'],
    ['mixed fullwidth and separators', 'DEA ＢＢ３７５３１６１.'],
    ['spaced out', 'DEA# M R 4 3 6 9 8 3 8; called office'],
    ['with dots', 'DEA BA52.8701.3.'],
  ])('finds a DEA number %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('phi.dea');
  });

  it.each([
    ['with a bad check digit', 'The DEA number is BG8207031'],
    ['with a registrant letter outside the list', 'NB1388568'],
  ])('ignores a DEA-shaped value %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('phi.dea');
  });

  it('checks (d1 + d3 + d5) + 2 × (d2 + d4 + d6)', () => {
    expect(deaValid('BB1388568')).toBe(true);
    expect(deaValid('BB1388569')).toBe(false);
  });
});

describe('phi.medicare_mbi', () => {
  it.each([
    ['with dashes', 'Medicare card shows 2HX1–GP0–DU62.'],
    ['without separators', '5M78AP9UY84'],
    ['spaced out', 'Medicare number (MBI): 4 E D 2 Y C 1 M R 3 9 — patient'],
    ['split by a line break', 'MBI 8CX0MN\n0UH49 — patient'],
    ['lower case', '1eg4-te5-mk73'],
  ])('finds an MBI %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('phi.medicare_mbi');
  });

  it.each([
    ['with an excluded letter S', '1SG4-TE5-MK73'],
    ['starting with a letter', 'AEG4-TE5-MK73'],
    ['one character short', '1EG4TE5MK7'],
  ])('ignores an MBI-shaped value %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('phi.medicare_mbi');
  });

  it('applies the CMS position rules', () => {
    expect(mbiValid('9XX9XX9XX99')).toBe(true);
    expect(mbiValid('9XX9XX9XXA9')).toBe(false);
  });
});

describe('phi.mrn', () => {
  it.each([
    ['after "MRN"', 'patient MRN 9193531 was readmitted'],
    ['after "medical record number", spaced', 'labs for medical record number 401  219  6'],
    ['in an HL7 PID segment', 'PID|1||7424154142^^^HOSP^MR||GREEN^OL'],
    ['with letters and soft hyphens', 'MRN KV\u00ad6600\u00ad631'],
  ])('finds a record number %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('phi.mrn');
  });

  it.each([
    ['the word alone', 'What is an MRN used for?'],
    ['a short number after the word', 'MRN 123'],
    ['a number without the word', 'ticket 9193531 closed'],
  ])('ignores %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('phi.mrn');
  });
});

describe('phi.health_plan_id', () => {
  it.each([
    ['a member id', 'member id 70238602201 (UnitedHealthcare)'],
    ['a subscriber id', 'My Blue Cross subscriber ID is YRB0682822059.'],
    ['a policy/member number split by a line break', 'policy/member no. WMJH8\r\n6712293; secondary'],
    ['a UK NHS number grouped 3-3-4', 'NHS 401 023 2137'],
    ['an Australian Medicare number grouped 4-5-1', '2123 45670 1'],
    ['a German KVNR', 'eGK-Nummer M123456785 bitte'],
  ])('finds %s', (_name, text) => {
    expect(categoriesOf(text)).toContain('phi.health_plan_id');
  });

  it.each([
    ['an NHS-shaped number failing mod 11', '401-023-2138'],
    ['a KVNR with a wrong check digit', 'A123456787'],
    ['the words alone', 'What does a member ID look like?'],
  ])('ignores %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('phi.health_plan_id');
  });
});

describe('health ids under adversarial input', () => {
  it.each([
    ['MRN words and digits', 'MRN 12345 '.repeat(100_000)],
    ['MBI-like tokens', '1EG4-TE5-MK7 '.repeat(80_000)],
  ])('finishes on 1 MB of %s', (name, text) => {
    const started = performance.now();
    const found = categoriesOf(text);
    console.log(`1 MB ${name}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(found).not.toContain('phi.medicare_mbi');
  });
});
