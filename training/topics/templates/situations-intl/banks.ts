/**
 * Crosses each language's situations with its requests, openers, emails and chat turns (positives),
 * and its general questions with the same fields' concepts (negatives). The request words appear on
 * both sides, so only the matter can predict the label.
 */
import type { Bank, LanguagePack, Slots } from '../expand';
import type { Field, SituationSpec } from './spec';

const FIELDS: readonly Field[] = ['hc', 'legal', 'fin', 'hr'];
const LABEL: Readonly<Record<Field, string>> = {
  hc: 'topic.healthcare',
  legal: 'topic.legal',
  fin: 'topic.financial',
  hr: 'topic.hr',
};
const POSITIVES_PER_FIELD = 130;
const NEGATIVES_PER_FIELD = 55;

/** People often write the matter in their language and the request in English, or the reverse. */
const ENGLISH_ASKS = [
  'Translate this into English and draft a reply.',
  'Summarize this in English for my manager.',
  'Draft a short email about it in English.',
  'What should we do next?',
  'Write the talking points.',
];

const positives = (f: Field) => [
  `{^s_${f}}. {s_ask}`,
  `{s_lead} {s_${f}}. {s_ask}`,
  `{^s_${f}}. {s_ask} {s_ask}`,
  `{^s_${f}} — {s_ask}`,
  `{s_ask}\n\n{^s_${f}}.`,
  `{s_greet}\n\n{^s_${f}}. {s_ask}\n\n{s_sign}`,
  `{^s_${f}}. {s_ask}\n\u001e\n{s_ack}\n\u001e\n{s_follow}`,
  `{s_lead} {s_${f}}. {s_en_ask}`,
];

const negatives = (f: Field) => [
  `{s_gk_${f}}`,
  `{s_gk_${f}}`,
  `{s_lead} {s_gk_${f}}`,
  `{s_gk_${f}} {s_ask}`,
  `{s_gk_${f}}\n\u001e\n{s_ack}\n\u001e\n{s_follow}`,
];

function slotsOf(spec: SituationSpec): Slots {
  const slots: Record<string, readonly string[]> = {
    ...spec.slots,
    s_lead: spec.lead,
    s_ask: spec.ask,
    s_en_ask: ENGLISH_ASKS,
    s_greet: spec.greet,
    s_sign: spec.sign,
    s_ack: spec.ack,
    s_follow: spec.follow,
  };
  for (const f of FIELDS) {
    slots[`s_${f}`] = spec.situations[f];
    slots[`s_${f}_c`] = spec.concepts[f];
    slots[`s_gk_${f}`] = spec.general.map((g) => g.replaceAll('{c}', `{s_${f}_c}`));
  }
  return slots;
}

function banksOf(): Bank[] {
  return FIELDS.flatMap((f) => [
    {
      name: `${LABEL[f].slice('topic.'.length)}-situations`,
      labels: [LABEL[f]],
      count: POSITIVES_PER_FIELD,
      templates: positives(f),
    },
    {
      name: `${LABEL[f].slice('topic.'.length)}-concepts`,
      labels: [],
      count: NEGATIVES_PER_FIELD,
      templates: negatives(f),
    },
  ]);
}

/** `pack` with the situations of its language added (unchanged when `specs` has none for it). */
export function withSituations(specs: readonly SituationSpec[]): (pack: LanguagePack) => LanguagePack {
  return (pack) => {
    const spec = specs.find((s) => s.lang === pack.lang);
    if (!spec) return pack;
    return { ...pack, slots: { ...pack.slots, ...slotsOf(spec) }, banks: [...pack.banks, ...banksOf()] };
  };
}
