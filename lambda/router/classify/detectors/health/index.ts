/**
 * Health identifiers: NPI (phi.npi), DEA registration (phi.dea), Medicare Beneficiary Identifier
 * (phi.medicare_mbi), medical record numbers (phi.mrn) and health-plan ids (phi.health_plan_id:
 * member/subscriber/policy numbers, UK NHS, Australian Medicare, German KVNR).
 * DEA, MBI and KVNR have shapes strong enough alone; a 10-digit number passes the NPI check 1 time
 * in 10, so an NPI needs a context word; record and member numbers have no check at all.
 */
import {
  auMedicareValid,
  deaValid,
  kvnrValid,
  lanrValid,
  mbiValid,
  nhsNumberValid,
  npiValid,
} from '../../validators/health';
import type { Detector } from '../../types';
import { always, compileRules, groupedAs, scanRules, type IdRule } from '../national-ids/id-rules';
import { contextValue } from '../national-ids/value-shapes';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const MRN_CONTEXT =
  /(?:^|[^a-z])mrn|medical record|med(?:ical)? rec(?:ord)?\b|patient[ _-]?(?:id|no\b|number|#)|chart ?(?:no\b|number|#)|\bmr ?#|\bmr (?:no\b|number)|hospital (?:no\b|number)|\bpid\|/;
const PLAN_CONTEXT =
  /member(?:ship)?[ _-]?(?:id|no\b|number|#)|subscriber[ _-]?(?:id|no\b|number|#)|policy\/member|health ?plan|insurance[ _-]?(?:id|no\b|number|#|card)|polic[ey][ _-]?(?:no\b|number|#|id)|group[ _-]?(?:no\b|number|#|id)|plan[ _-]?id|medicaid|beneficiary id|insured'?s? id|versicherten|krankenkasse|\bkvnr|\begk/;

const RULES: readonly IdRule[] = [
  {
    detector: 'phi.npi/npi',
    category: 'phi.npi',
    lengths: [10],
    valid: npiValid,
    context: /(?:^|[^a-z])npi|national provider|provider|prescriber|physician|referring|attending/,
  },
  {
    detector: 'phi.npi/de-lanr',
    category: 'phi.npi',
    lengths: [9],
    valid: lanrValid,
    context: /(?:^|[^a-z])lanr|arztnummer/,
  },
  { detector: 'phi.dea/dea', category: 'phi.dea', lengths: [9], valid: deaValid, alone: always },
  {
    detector: 'phi.medicare_mbi/mbi',
    category: 'phi.medicare_mbi',
    lengths: [11],
    valid: mbiValid,
    alone: always,
  },
  {
    detector: 'phi.health_plan_id/de-kvnr',
    category: 'phi.health_plan_id',
    lengths: [10],
    valid: kvnrValid,
    alone: always,
  },
  {
    detector: 'phi.health_plan_id/uk-nhs',
    category: 'phi.health_plan_id',
    lengths: [10],
    valid: nhsNumberValid,
    alone: groupedAs([3, 3, 4]),
    context: /(?:^|[^a-z])(?:nhs|chi)(?:[^a-z]|$)|health service|health and care/,
  },
  {
    detector: 'phi.health_plan_id/au-medicare',
    category: 'phi.health_plan_id',
    lengths: [10, 11],
    valid: auMedicareValid,
    alone: groupedAs([4, 5, 1], [4, 5, 1, 1]),
    context: /medicare/,
  },
  {
    detector: 'phi.mrn/context',
    category: 'phi.mrn',
    lengths: range(5, 15),
    valid: contextValue(4),
    context: MRN_CONTEXT,
    before: 40,
    after: 24,
  },
  {
    detector: 'phi.health_plan_id/context',
    category: 'phi.health_plan_id',
    lengths: range(6, 20),
    valid: contextValue(4),
    context: PLAN_CONTEXT,
    before: 40,
    after: 24,
  },
];

const COMPILED = compileRules(RULES);

export const healthDetectors: readonly Detector[] = [
  {
    id: 'health-ids',
    categories: ['phi.npi', 'phi.dea', 'phi.medicare_mbi', 'phi.mrn', 'phi.health_plan_id'],
    scan: (doc) => scanRules(doc, COMPILED),
  },
];
