/**
 * Identity documents and birth dates: pii.passport (machine-readable zones, German ICAO-checked
 * serials, and passport numbers next to a passport word), pii.drivers_license (UK DVLA numbers,
 * which encode the birth date; Korean numbers with their region code; other formats next to a
 * licence word) and pii.date_of_birth (a date next to a birth word).
 */
import { germanDocumentNumberValid, ukDrivingLicenceValid } from '../../validators/documents';
import { allDigits, twoDigits } from '../../validators/dates';
import type { Detector } from '../../types';
import { always, compileRules, groupedAs, scanRules, type IdRule } from '../national-ids/id-rules';
import { contextValue } from '../national-ids/value-shapes';
import { scanBirthDates } from './birth-dates';
import { scanLetterSerials } from './letter-serials';
import { scanMachineReadableZones } from './mrz';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const PASSPORT_CONTEXT =
  /passport|pasaporte|passeport|passaporto|paspoort|paszport|pasaport|reisepass|pass-?nr|passnummer|pass no\b|travel doc|여권|(?:^|[^a-z])passi(?:[^a-z]|$)/;
const LICENCE_CONTEXT =
  /driv(?:er|ing)(?:'s|s)?[ _-]?licen[cs]e|licen[cs]e[ _-]?(?:no\b|num|#|:)|(?:^|[^a-z])dl(?:[^a-z]|$)|f(?:ü|ue|u)hrerschein|fahrerlaubnis|patente|permis de conduire|licencia de conduc|carnet de conducir|carteira de (?:motorista|habilita)|carta de condu|rijbewijs|prawo jazdy|k[öo]rkort|ajokortti|운전|면허/;

// Korean licence numbers start with a region code: 11–26 and 28.
const koreanLicence = (compact: string) => {
  if (!allDigits(compact)) return false;
  const region = twoDigits(compact, 0);
  return region >= 11 && region <= 28 && region !== 27;
};

const RULES: readonly IdRule[] = [
  {
    detector: 'pii.passport/de-icao',
    category: 'pii.passport',
    lengths: [9],
    valid: germanDocumentNumberValid,
    alone: always,
  },
  {
    detector: 'pii.passport/context',
    category: 'pii.passport',
    lengths: range(6, 10),
    valid: contextValue(3),
    context: PASSPORT_CONTEXT,
    before: 48,
    after: 40,
  },
  {
    detector: 'pii.drivers_license/uk-dvla',
    category: 'pii.drivers_license',
    // The card prints a two-digit issue number after the 16 characters.
    lengths: [16, 18],
    valid: (compact) =>
      ukDrivingLicenceValid(compact.slice(0, 16)) && (compact.length === 16 || allDigits(compact.slice(16))),
    alone: always,
  },
  {
    detector: 'pii.drivers_license/kr',
    category: 'pii.drivers_license',
    lengths: [12],
    valid: koreanLicence,
    alone: groupedAs([2, 2, 6, 2]),
    context: LICENCE_CONTEXT,
  },
  {
    detector: 'pii.drivers_license/context',
    category: 'pii.drivers_license',
    lengths: range(5, 17),
    valid: contextValue(3),
    context: LICENCE_CONTEXT,
    before: 48,
    after: 40,
  },
];

const COMPILED = compileRules(RULES);

export const documentsDetectors: readonly Detector[] = [
  {
    id: 'identity-documents',
    categories: ['pii.passport', 'pii.drivers_license'],
    scan: (doc) => {
      scanRules(doc, COMPILED);
      scanLetterSerials(doc, PASSPORT_CONTEXT, LICENCE_CONTEXT);
      scanMachineReadableZones(doc);
    },
  },
  {
    id: 'date-of-birth',
    categories: ['pii.date_of_birth'],
    scan: scanBirthDates,
  },
];
