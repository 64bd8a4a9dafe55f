/**
 * Builds a language pack from the compact form used by the non-English templates: one list of
 * templates per topic, one of general-knowledge questions, one of neutral work, with the numbers,
 * quarters and company names that read the same in every language filled in here.
 */
import type { LanguagePack, Slots } from './expand';

export interface CompactSpec {
  readonly slots: Slots;
  readonly extraSlots?: Slots;
  readonly frames: readonly string[];
  readonly context: readonly string[];
  readonly healthcare: readonly string[];
  readonly legal: readonly string[];
  readonly financial: readonly string[];
  readonly hr: readonly string[];
  /** General-knowledge questions in the four fields (negatives). */
  readonly general: readonly string[];
  /** Everyday and business work (negatives). */
  readonly neutral: readonly string[];
}

const POSITIVES_PER_TOPIC = 48;
const GENERAL_NEGATIVES = 110;
const NEUTRAL_NEGATIVES = 80;

const SHARED: Slots = {
  n: ['3', '5', '7', '12', '14', '45', '52', '67', '78'],
  words: ['150', '200', '300'],
  quarter: ['Q1', 'Q2', 'Q3', 'Q4'],
  year: ['2025', '2026'],
  pct: ['4 %', '7,5 %', '12 %', '18 %', '3 %'],
  amount: ['2,4 M€', '18 millones', '750.000 €', '1,2 M€', '9,8 M€', '64 M$'],
  company: ['Northwind', 'Contoso', 'Helios Energy', 'Orbis Systems', 'Kestrel Foods', 'Meridian Labs'],
};

export function pack(lang: string, spec: CompactSpec): LanguagePack {
  return {
    lang,
    slots: { ...SHARED, ...spec.slots, ...spec.extraSlots },
    frames: spec.frames,
    context: spec.context,
    banks: [
      {
        name: 'healthcare',
        labels: ['topic.healthcare'],
        count: POSITIVES_PER_TOPIC,
        templates: spec.healthcare,
      },
      { name: 'legal', labels: ['topic.legal'], count: POSITIVES_PER_TOPIC, templates: spec.legal },
      {
        name: 'financial',
        labels: ['topic.financial'],
        count: POSITIVES_PER_TOPIC,
        templates: spec.financial,
      },
      { name: 'hr', labels: ['topic.hr'], count: POSITIVES_PER_TOPIC, templates: spec.hr },
      { name: 'general', labels: [], count: GENERAL_NEGATIVES, templates: spec.general },
      { name: 'neutral', labels: [], count: NEUTRAL_NEGATIVES, templates: spec.neutral },
    ],
  };
}
