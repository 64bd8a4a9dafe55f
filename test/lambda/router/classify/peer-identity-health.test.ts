/**
 * The peer suite (Presidio's recognizer tests, ../shared/peer) for every entity that maps to
 * pii.national_id, pii.passport, pii.drivers_license, phi.npi, phi.dea, phi.medicare_mbi or
 * phi.health_plan_id: positives must report the mapped category, negatives must not, except the
 * cases listed below with the reason we decide differently.
 */
import { categoriesOf } from '../../../support/detect-categories';
import { peerEntityMap, peerVectors, readJsonl } from '../../../support/shared-data';
import { germanDocumentNumberValid } from '../../../../lambda/router/classify/validators/documents';
import { kvnrValid, lanrValid } from '../../../../lambda/router/classify/validators/health';
import {
  aadhaarValid,
  peselValid,
  rvnrValid,
  steuerIdValid,
  tcKimlikValid,
  thaiIdValid,
  zaIdValid,
} from '../../../../lambda/router/classify/validators/national-ids';
import { verhoeffValid } from '../../../../lambda/router/classify/validators/checksums';

const OUR_CATEGORIES = new Set([
  'pii.national_id',
  'pii.passport',
  'pii.drivers_license',
  'phi.npi',
  'phi.dea',
  'phi.medicare_mbi',
  'phi.health_plan_id',
]);
const ENTITY_MAP = peerEntityMap();
const ENTITIES = Object.keys(ENTITY_MAP).filter((e) => OUR_CATEGORIES.has(ENTITY_MAP[e] ?? ''));

/** Vector id → why our verdict differs from Presidio's. */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  [
    'presidio-au_medicare-2',
    "bare 10-digit number: the Medicare check digit passes 1 random number in 10; counted when grouped 4-5-1 or next to 'Medicare'",
  ],
  [
    'presidio-au_tfn-2',
    "bare 9-digit number: the TFN mod-11 check passes 1 random number in 11; counted when grouped 3-3-3 or next to 'TFN'",
  ],
  [
    'presidio-ca_sin-6',
    "weak tier: bare 9-digit Luhn number (1 in 10 random numbers pass); counted when grouped 3-3-3 or next to 'SIN'",
  ],
  [
    'presidio-ca_sin-7',
    "weak tier: bare 9-digit Luhn number (1 in 10 random numbers pass); counted when grouped 3-3-3 or next to 'SIN'",
  ],
  [
    'presidio-de_fuehrerschein-1',
    "unscored, no check digit validated: counted next to 'Führerschein' or 'Fahrerlaubnis'",
  ],
  [
    'presidio-de_fuehrerschein-2',
    "unscored, no check digit validated: counted next to 'Führerschein' or 'Fahrerlaubnis'",
  ],
  [
    'presidio-de_fuehrerschein-3',
    "unscored, no check digit validated: counted next to 'Führerschein' or 'Fahrerlaubnis'",
  ],
  [
    'presidio-de_fuehrerschein-4',
    "unscored, no check digit validated: counted next to 'Führerschein' or 'Fahrerlaubnis'",
  ],
  [
    'presidio-de_fuehrerschein-5',
    "unscored, no check digit validated: counted next to 'Führerschein' or 'Fahrerlaubnis'",
  ],
  [
    'presidio-de_fuehrerschein-6',
    "unscored, no check digit validated: counted next to 'Führerschein' or 'Fahrerlaubnis'",
  ],
  [
    'presidio-de_fuehrerschein-7',
    "unscored, no check digit validated: counted next to 'Führerschein' or 'Fahrerlaubnis'",
  ],
  [
    'presidio-de_fuehrerschein-10',
    "unscored, no check digit validated: counted next to 'Führerschein' or 'Fahrerlaubnis'",
  ],
  [
    'presidio-de_id_card-7',
    "legacy T-format has no check digit: counted next to 'Ausweis' or 'identity card'",
  ],
  [
    'presidio-de_id_card-8',
    "legacy T-format has no check digit: counted next to 'Ausweis' or 'identity card'",
  ],
  [
    'presidio-de_id_card-9',
    "legacy T-format has no check digit: counted next to 'Ausweis' or 'identity card'",
  ],
  [
    'presidio-de_id_card-11',
    "legacy T-format has no check digit: counted next to 'Ausweis' or 'identity card'",
  ],
  [
    'presidio-de_lanr-1',
    "bare 9-digit number with one check digit (1 in 10 random numbers pass): counted next to 'LANR' or 'Arztnummer'",
  ],
  [
    'presidio-de_lanr-2',
    "bare 9-digit number with one check digit (1 in 10 random numbers pass): counted next to 'LANR' or 'Arztnummer'",
  ],
  [
    'presidio-de_lanr-3',
    "bare 9-digit number with one check digit (1 in 10 random numbers pass): counted next to 'LANR' or 'Arztnummer'",
  ],
  [
    'presidio-de_lanr-4',
    "bare 9-digit number with one check digit (1 in 10 random numbers pass): counted next to 'LANR' or 'Arztnummer'",
  ],
  [
    'presidio-de_lanr-5',
    "bare 9-digit number with one check digit (1 in 10 random numbers pass): counted next to 'LANR' or 'Arztnummer'",
  ],
  [
    'presidio-de_lanr-6',
    "bare 9-digit number with one check digit (1 in 10 random numbers pass): counted next to 'LANR' or 'Arztnummer'",
  ],
  [
    'presidio-de_tax_id-1',
    '10 distinct leading digits: the BZSt rule requires exactly one digit to repeat, so this is not an issuable Steuer-ID',
  ],
  [
    'presidio-de_tax_id-2',
    '10 distinct leading digits: the BZSt rule requires exactly one digit to repeat, so this is not an issuable Steuer-ID',
  ],
  [
    'presidio-de_tax_id-3',
    '10 distinct leading digits: the BZSt rule requires exactly one digit to repeat, so this is not an issuable Steuer-ID',
  ],
  ['presidio-de_tax_number-1', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-de_tax_number-2', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-de_tax_number-3', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-de_tax_number-4', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-de_tax_number-8', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-de_tax_number-9', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-de_tax_number-10', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-de_tax_number-11', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-de_tax_number-12', "unscored, no check digit: counted next to 'Steuernummer' or 'St.-Nr.'"],
  ['presidio-es_passport-1', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-es_passport-2', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-es_passport-5', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-es_passport-6', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-es_passport-9', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-es_passport-10', 'weak tier: no check digit, counted next to a passport word'],
  [
    'presidio-fi_personal_identity_code-9',
    "the code is glued to the word before it ('is030594W903B'): not a token of its own",
  ],
  [
    'presidio-in_aadhaar-11',
    "colon-separated groups: ':' is not a digit-group separator (it would join clock times)",
  ],
  [
    'presidio-in_aadhaar-12',
    "colon-separated groups: ':' is not a digit-group separator (it would join clock times)",
  ],
  [
    'presidio-in_pan-1',
    'weak tier: the fourth letter is not a PAN holder type (or the value is not PAN-shaped)',
  ],
  [
    'presidio-in_pan-3',
    'weak tier: the fourth letter is not a PAN holder type (or the value is not PAN-shaped)',
  ],
  [
    'presidio-in_pan-4',
    'weak tier: the fourth letter is not a PAN holder type (or the value is not PAN-shaped)',
  ],
  ['presidio-in_passport-1', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-in_passport-2', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-in_passport-3', 'weak tier: no check digit, counted next to a passport word'],
  [
    'presidio-in_passport-7',
    "negative only for Presidio's 8-character Indian format; next to 'passport number' any 6-10 character document number counts, as other countries issue 7-character numbers",
  ],
  [
    'presidio-in_voter-1',
    "no check digit; three letters and seven digits is also the shape of order and booking references: counted next to 'voter' or 'EPIC'",
  ],
  [
    'presidio-in_voter-3',
    "no check digit; three letters and seven digits is also the shape of order and booking references: counted next to 'voter' or 'EPIC'",
  ],
  [
    'presidio-in_voter-4',
    "no check digit; three letters and seven digits is also the shape of order and booking references: counted next to 'voter' or 'EPIC'",
  ],
  [
    'presidio-in_voter-5',
    "no check digit; three letters and seven digits is also the shape of order and booking references: counted next to 'voter' or 'EPIC'",
  ],
  [
    'presidio-it_driver_license-1',
    "weak tier: no check digit, counted next to a licence word ('patente', 'driving licence')",
  ],
  [
    'presidio-it_driver_license-2',
    "weak tier: no check digit, counted next to a licence word ('patente', 'driving licence')",
  ],
  [
    'presidio-it_driver_license-3',
    "weak tier: no check digit, counted next to a licence word ('patente', 'driving licence')",
  ],
  [
    'presidio-it_driver_license-6',
    "weak tier: no check digit, counted next to a licence word ('patente', 'driving licence')",
  ],
  [
    'presidio-it_driver_license-7',
    "weak tier: no check digit, counted next to a licence word ('patente', 'driving licence')",
  ],
  [
    'presidio-it_fiscal_code-2',
    "wrong check character (the test's own comment says 'invalid last char'); the check letter is validated",
  ],
  [
    'presidio-it_identity_card-1',
    "weak tier: no check digit, counted next to 'carta d'identità' or 'identity card'",
  ],
  [
    'presidio-it_identity_card-2',
    "weak tier: no check digit, counted next to 'carta d'identità' or 'identity card'",
  ],
  [
    'presidio-it_identity_card-3',
    "weak tier: no check digit, counted next to 'carta d'identità' or 'identity card'",
  ],
  ['presidio-it_passport-1', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-it_passport-2', 'weak tier: no check digit, counted next to a passport word'],
  [
    'presidio-kr_driver_license-2',
    'bare 12 digits with no check digit: counted in its 2-2-6-2 grouping or next to a licence word',
  ],
  [
    'presidio-kr_frn-2',
    'bare 13 digits whose last digit is not a check digit: only a date and six digits, counted with its hyphen or a context word',
  ],
  [
    'presidio-kr_frn-4',
    'bare 13 digits whose last digit is not a check digit: only a date and six digits, counted with its hyphen or a context word',
  ],
  [
    'presidio-kr_frn-16',
    'cross-entity: a valid resident registration number (sex digit 1), which maps to the same category',
  ],
  [
    'presidio-kr_frn-17',
    'cross-entity: a valid resident registration number (sex digit 2), which maps to the same category',
  ],
  ['presidio-kr_passport-1', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-2', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-3', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-4', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-5', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-7', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-11', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-12', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-13', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-14', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-kr_passport-17', 'weak tier: no check digit, counted next to a passport word'],
  [
    'presidio-kr_rrn-2',
    'bare 13 digits whose last digit is not a check digit: only a date and six digits, counted with its hyphen or a context word',
  ],
  [
    'presidio-kr_rrn-4',
    'bare 13 digits whose last digit is not a check digit: only a date and six digits, counted with its hyphen or a context word',
  ],
  [
    'presidio-kr_rrn-16',
    'cross-entity: a valid foreigner registration number (sex digit 5), which maps to the same category',
  ],
  [
    'presidio-kr_rrn-17',
    'cross-entity: a valid foreigner registration number (sex digit 6), which maps to the same category',
  ],
  [
    'presidio-ng_nin-1',
    "bare 11-digit Verhoeff number (1 in 10 random numbers pass, e.g. Nigerian mobile numbers): counted next to 'NIN'",
  ],
  [
    'presidio-ng_nin-4',
    "bare 11-digit Verhoeff number (1 in 10 random numbers pass, e.g. Nigerian mobile numbers): counted next to 'NIN'",
  ],
  ['presidio-ph_tin-10', "weak tier: the only context is the generic word 'ID'"],
  [
    'presidio-se_personnummer-13',
    "the number is glued to the word before it ('is199003052397'): not a token of its own",
  ],
  ['presidio-sg_fin-2', 'fails the NRIC check letter (T1234567 checks to J)'],
  ['presidio-sg_fin-4', 'fails the FIN check letter (G1122144 checks to R)'],
  ['presidio-sg_fin-8', 'weak tier: prefix A is not an NRIC/FIN series'],
  ['presidio-sg_fin-9', 'weak tier: prefix B is not an NRIC/FIN series'],
  [
    'presidio-th_tnin-2',
    'also a valid EAN-13 barcode: a bare 13-digit value that passes both checks needs its 1-4-5-2-1 grouping or a context word',
  ],
  [
    'presidio-uk_nhs-3',
    "bare 10-digit mod-11 number (1 in 11 random numbers pass): counted when grouped 3-3-4 or next to 'NHS'",
  ],
  ['presidio-uk_passport-1', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-uk_passport-2', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-uk_passport-3', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-us_driver_license-1', 'no check digit: US licence formats are counted next to a licence word'],
  ['presidio-us_driver_license-3', 'no check digit: US licence formats are counted next to a licence word'],
  [
    'presidio-us_npi-1',
    "bare 10-digit NPI: 1 random 10-digit number in 10 passes Luhn with 80840, so an NPI is counted next to 'NPI' or 'provider'",
  ],
  [
    'presidio-us_npi-2',
    "bare 10-digit NPI: 1 random 10-digit number in 10 passes Luhn with 80840, so an NPI is counted next to 'NPI' or 'provider'",
  ],
  [
    'presidio-us_npi-3',
    "bare 10-digit NPI: 1 random 10-digit number in 10 passes Luhn with 80840, so an NPI is counted next to 'NPI' or 'provider'",
  ],
  [
    'presidio-us_npi-4',
    "bare 10-digit NPI: 1 random 10-digit number in 10 passes Luhn with 80840, so an NPI is counted next to 'NPI' or 'provider'",
  ],
  [
    'presidio-us_npi-5',
    "bare 10-digit NPI: 1 random 10-digit number in 10 passes Luhn with 80840, so an NPI is counted next to 'NPI' or 'provider'",
  ],
  ['presidio-us_passport-1', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-us_passport-2', 'weak tier: no check digit, counted next to a passport word'],
  ['presidio-us_passport-3', 'weak tier: no check digit, counted next to a passport word'],
]);

const vectors = peerVectors(ENTITIES);

describe('peer suite (Presidio) for identity documents, national ids and health ids', () => {
  it('covers every entity that maps to our categories', () => {
    // GIVEN the entity map / WHEN the vectors are selected / THEN each entity has vectors
    expect(ENTITIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(vectors.map((v) => v.entity)).size).toBe(ENTITIES.length);
  });

  const checked = vectors.filter((v) => !EXCEPTIONS.has(v.id));
  it.each(checked.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    // GIVEN a peer vector / WHEN classified / THEN the mapped category is reported iff expected
    const category = ENTITY_MAP[v.entity]!;
    expect(categoriesOf(v.text).includes(category)).toBe(v.expected_count > 0);
  });

  it('lists only exceptions that still differ from the peer expectation', () => {
    const stale = vectors
      .filter((v) => EXCEPTIONS.has(v.id))
      .filter((v) => categoriesOf(v.text).includes(ENTITY_MAP[v.entity]!) === v.expected_count > 0)
      .map((v) => v.id);
    expect(stale).toEqual([]);
    expect(EXCEPTIONS.size).toBe(vectors.filter((v) => EXCEPTIONS.has(v.id)).length);
  });
});

interface ValidatorVector {
  readonly id: string;
  readonly entity: string;
  readonly check: string;
  readonly input: string;
  readonly expected: boolean | null;
}

const VALIDATORS: Readonly<Record<string, (value: string) => boolean>> = {
  DE_HEALTH_INSURANCE: kvnrValid,
  DE_ID_CARD: germanDocumentNumberValid,
  DE_PASSPORT: germanDocumentNumberValid,
  DE_LANR: lanrValid,
  DE_SOCIAL_SECURITY: rvnrValid,
  DE_TAX_ID: steuerIdValid,
  IN_AADHAAR: aadhaarValid,
  PL_PESEL: peselValid,
  TH_TNIN: thaiIdValid,
  TR_NATIONAL_ID: tcKimlikValid,
  ZA_ID_NUMBER: zaIdValid,
};
/** Validator vectors where our rule is stricter than Presidio's, with the reason. */
const VALIDATOR_EXCEPTIONS: ReadonlyMap<string, string> = new Map(
  readJsonl<ValidatorVector>('peer/presidio-validator-vectors.jsonl')
    .filter((v) => v.entity === 'DE_TAX_ID' && ['12345678903', '98765432106'].includes(v.input))
    .map((v) => [v.id, 'ten distinct leading digits break the Steuer-ID digit-repetition rule']),
);

describe('peer validator vectors for our check-digit functions', () => {
  const cases = readJsonl<ValidatorVector>('peer/presidio-validator-vectors.jsonl').filter(
    (v) => VALIDATORS[v.entity] !== undefined && v.expected !== null && !VALIDATOR_EXCEPTIONS.has(v.id),
  );
  it.each(cases.map((v) => [v.id, v.input, v.expected] as const))('%s: %s → %s', (_id, input, expected) => {
    const entity = cases.find((c) => c.id === _id)!.entity;
    const validate = entity === 'IN_AADHAAR' ? verhoeffValid : VALIDATORS[entity];
    expect(validate(input.toUpperCase())).toBe(expected);
  });
});
