/**
 * pii.national_id: national identity and tax numbers of many countries, each with its issuer's
 * check rule. Values whose check is strong (letters in fixed places, two check digits, a birth
 * date plus a check digit) count alone; values with a single mod-10/mod-11 digit that 1 random
 * number in 10 passes count when written in their own grouping or next to a context word.
 */
import { germanDocumentNumberValid } from '../../validators/documents';
import { gtinValid } from '../../validators/gtin';
import {
  aadhaarValid,
  bsnValid,
  codiceFiscaleValid,
  dniValid,
  hetuValid,
  indianVoterIdShape,
  koreanRegistrationValid,
  nieValid,
  nigerianNinValid,
  ninoValid,
  nirValid,
  nricValid,
  panValid,
  peselValid,
  personnummerValid,
  philippineTinValid,
  rvnrValid,
  sinValid,
  steuerIdValid,
  tcKimlikValid,
  tfnValid,
  thaiIdValid,
  zaIdValid,
} from '../../validators/national-ids';
import { allDigits } from '../../validators/dates';
import type { Detector } from '../../types';
import { always, compileRules, either, groupedAs, scanRules, unseparated, type IdRule } from './id-rules';
import type { IdSpan } from './id-spans';
import { looksLikeEpochTime } from './value-shapes';

const NATIONAL_ID = 'pii.national_id';
// Words that name a personal identity number in general.
const GENERIC = String.raw`national (?:id|identity|insurance)|identity (?:number|code|no)|personal (?:id|identity)|id (?:number|no\b|#)|id-?nr`;

function context(specific: string): RegExp {
  return new RegExp(`${specific}|${GENERIC}`);
}

/** Finnish HETU: the separator before the individual number is the century sign, so it is kept. */
function hetuWithSign(compact: string, span: IdSpan, text: string): boolean {
  if (compact.length === 11) return span.groups.length === 1 && hetuValid(compact);
  if (span.groups.length !== 2 || span.groups[0] !== 6) return false;
  const sign = text[span.start + 6];
  return (sign === '-' || sign === '+') && hetuValid(compact.slice(0, 6) + sign + compact.slice(6));
}

const germanLegacyIdCard = (compact: string) => compact[0] === 'T' && allDigits(compact.slice(1));
const italianIdentityCard = (compact: string) =>
  /^(?:[A-Z]{2}[0-9]{7}|[0-9]{7}[A-Z]{2}|[A-Z]{2}[0-9]{5}[A-Z]{2})$/.test(compact);
const germanTaxNumber = (compact: string) => allDigits(compact);

// NINOs are printed in capitals, or typed whole or in their own 2-2-2-2-1 grouping; "on 529671b"
// is a word and a commit hash, not a NINO.
const ninoGrouping = groupedAs([2, 2, 2, 2, 1]);
const ninoAsWritten = (span: IdSpan, text: string) =>
  /^[A-Z]{2}/.test(text.slice(span.start, span.start + 2)) || unseparated(span) || ninoGrouping(span);
// Numbers starting 3, 4, 7 or 8 are temporary NIRs, rare in text, and 15-digit Amex numbers and
// order ids start the same way: those need a word naming the NIR.
const permanentNir = (span: IdSpan) => span.compact[0] === '1' || span.compact[0] === '2';
// Written without separators, and not a Unix time next to a time word.
const bareNotEpoch = (span: IdSpan, text: string) => unseparated(span) && !looksLikeEpochTime(span, text);

const RULES: readonly IdRule[] = [
  // Letters in fixed places and a check character: strong alone.
  {
    detector: 'pii.national_id/uk-nino',
    category: NATIONAL_ID,
    lengths: [9],
    valid: ninoValid,
    alone: ninoAsWritten,
    context: context(String.raw`\bnino\b|\bni (?:number|no)|insurance number`),
  },
  {
    detector: 'pii.national_id/in-pan',
    category: NATIONAL_ID,
    lengths: [10],
    valid: panValid,
    alone: always,
  },
  {
    detector: 'pii.national_id/es-dni',
    category: NATIONAL_ID,
    lengths: [8, 9],
    valid: dniValid,
    alone: always,
  },
  { detector: 'pii.national_id/es-nie', category: NATIONAL_ID, lengths: [9], valid: nieValid, alone: always },
  {
    detector: 'pii.national_id/it-codice-fiscale',
    category: NATIONAL_ID,
    lengths: [16],
    valid: codiceFiscaleValid,
    alone: always,
  },
  {
    detector: 'pii.national_id/sg-nric',
    category: NATIONAL_ID,
    lengths: [9],
    valid: nricValid,
    alone: always,
  },
  {
    detector: 'pii.national_id/fi-hetu',
    category: NATIONAL_ID,
    lengths: [10, 11],
    valid: hetuWithSign,
    alone: always,
  },
  {
    detector: 'pii.national_id/de-rvnr',
    category: NATIONAL_ID,
    lengths: [12],
    valid: rvnrValid,
    alone: always,
  },
  {
    detector: 'pii.national_id/de-id-card',
    category: NATIONAL_ID,
    lengths: [9],
    valid: germanDocumentNumberValid,
    alone: always,
  },
  // Long numbers with a strong check, or a birth date plus a check digit.
  {
    detector: 'pii.national_id/fr-nir',
    category: NATIONAL_ID,
    lengths: [15],
    valid: nirValid,
    alone: permanentNir,
    context: context(String.raw`\bnir\b|s[ée]curit[ée] sociale|\binsee\b|num[ée]ro de s[ée]cu`),
  },
  {
    detector: 'pii.national_id/pl-pesel',
    category: NATIONAL_ID,
    lengths: [11],
    valid: peselValid,
    alone: unseparated,
    context: context('pesel'),
  },
  {
    detector: 'pii.national_id/se-personnummer',
    category: NATIONAL_ID,
    lengths: [10, 12],
    valid: personnummerValid,
    alone: (s, t) => bareNotEpoch(s, t) || groupedAs([6, 4], [8, 4])(s),
    context: context('personnummer|personnr|samordningsnummer|\\bpnr'),
  },
  {
    detector: 'pii.national_id/tr-tc-kimlik',
    category: NATIONAL_ID,
    lengths: [11],
    valid: tcKimlikValid,
    alone: unseparated,
    context: context('kimlik|tckn|\\btc\\b|turkish'),
  },
  {
    detector: 'pii.national_id/de-steuer-id',
    category: NATIONAL_ID,
    lengths: [11],
    valid: steuerIdValid,
    alone: either(unseparated, groupedAs([2, 3, 3, 3])),
    context: context('steuer|idnr|identifikationsnummer|tax id'),
  },
  {
    detector: 'pii.national_id/za-id',
    category: NATIONAL_ID,
    lengths: [13],
    valid: zaIdValid,
    alone: (s, t) => bareNotEpoch(s, t) || groupedAs([6, 4, 3], [6, 4, 2, 1])(s),
    context: context('south africa|rsa id|\\bsa id'),
  },
  {
    detector: 'pii.national_id/kr-rrn',
    category: NATIONAL_ID,
    lengths: [13],
    valid: (c, span, full) => koreanRegistrationValid(c, false) && full[span.start + 6] !== '+',
    // Since 2020 the last digit is no longer a check digit, so an unseparated number without one
    // is only a date and six digits: it needs its hyphen or a context word.
    alone: (s, t) => groupedAs([6, 7])(s) || (bareNotEpoch(s, t) && koreanRegistrationValid(s.compact, true)),
    context: context(
      '\\brrn|\\bfrn|resident registration|foreigner registration|registration number|주민|외국인',
    ),
  },
  {
    detector: 'pii.national_id/th-id',
    category: NATIONAL_ID,
    lengths: [13],
    valid: thaiIdValid,
    // A bare 13-digit value that also passes the EAN-13 check may be a barcode.
    alone: (s, t) => groupedAs([1, 4, 5, 2, 1])(s) || (bareNotEpoch(s, t) && !gtinValid(s.compact)),
    context: context('thai|tnin|บัตรประชาชน|ประจำตัวประชาชน'),
  },
  {
    detector: 'pii.national_id/in-aadhaar',
    category: NATIONAL_ID,
    lengths: [12],
    valid: aadhaarValid,
    // A bare 12-digit value that also passes the UPC-A check may be a barcode.
    alone: either(groupedAs([4, 4, 4]), (s) => unseparated(s) && !gtinValid(s.compact)),
    context: context('aadhaa?r|uidai|\\buid\\b|आधार'),
  },
  // One mod-10/mod-11 check digit: the scheme's grouping or a context word.
  {
    detector: 'pii.national_id/ca-sin',
    category: NATIONAL_ID,
    lengths: [9],
    valid: sinValid,
    alone: groupedAs([3, 3, 3]),
    context: context('\\bsin\\b|social insurance|assurance sociale|\\bnas\\b'),
  },
  {
    detector: 'pii.national_id/au-tfn',
    category: NATIONAL_ID,
    lengths: [9],
    valid: tfnValid,
    alone: groupedAs([3, 3, 3]),
    context: context('\\btfn|tax file'),
  },
  {
    detector: 'pii.national_id/nl-bsn',
    category: NATIONAL_ID,
    lengths: [9],
    valid: bsnValid,
    alone: groupedAs([4, 2, 3]),
    context: context('\\bbsn|burgerservice|sofi'),
  },
  {
    detector: 'pii.national_id/ng-nin',
    category: NATIONAL_ID,
    lengths: [11],
    valid: nigerianNinValid,
    context: context('\\bnin\\b|nimc|national identification'),
  },
  {
    detector: 'pii.national_id/ph-tin',
    category: NATIONAL_ID,
    lengths: [9, 12],
    valid: philippineTinValid,
    context: context('\\btin\\b|tax identification|tax id|\\bbir\\b'),
  },
  // No public check digit: context only.
  {
    detector: 'pii.national_id/in-voter-id',
    category: NATIONAL_ID,
    lengths: [10],
    valid: indianVoterIdShape,
    context: context('voter|\\bepic\\b|electoral|elector'),
  },
  {
    detector: 'pii.national_id/de-id-card-legacy',
    category: NATIONAL_ID,
    lengths: [9],
    valid: germanLegacyIdCard,
    context: context('ausweis|identity card|id card'),
  },
  {
    detector: 'pii.national_id/it-identity-card',
    category: NATIONAL_ID,
    lengths: [9],
    valid: italianIdentityCard,
    context: context("carta d'identit|identity card|id card|\\bcie\\b"),
  },
  {
    detector: 'pii.national_id/de-steuernummer',
    category: NATIONAL_ID,
    lengths: [10, 11, 12, 13],
    valid: germanTaxNumber,
    context: context('steuernummer|st\\.?-?nr|steuer-nr|tax number'),
  },
];

const COMPILED = compileRules(RULES);

export const nationalIdsDetectors: readonly Detector[] = [
  {
    id: 'national-ids',
    categories: [NATIONAL_ID],
    scan: (doc) => scanRules(doc, COMPILED),
  },
];
