import type { Detector, ScanDoc } from '../../types';
import { personNameSpans } from '../people';
import { CONDITION_HEADS, CONDITION_SUFFIX, NAMED_CONDITIONS, NOT_CONDITIONS } from './conditions';

/**
 * phi.diagnosis: a medical condition tied to a person. A condition counts when, in the same
 * sentence, there is
 * - a person: a name, a patient ("the patient", "Patient:"), a relative or colleague ("my brother",
 *   "on my team"), or "he/she has …";
 * - a record label or code: "Diagnosis: …", "Dx: …", an ICD-10 code next to "ICD"/"diagnosis";
 * - a first-person statement ("I was diagnosed with …", "my doctor says I have …"). A user telling
 *   the assistant about their own condition discloses health data about an identified person (the
 *   caller is authenticated), so it stays private; "if I have diabetes, …" is hypothetical and does not count.
 * A general question ("what are the symptoms of diabetes?") names a condition and no one: not a diagnosis.
 */

const byLength = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Named conditions, then word endings and head nouns ("…itis", "… syndrome"), found as literals and
// extended back to the word(s) they end: no per-position backtracking over long words.
const W = 'a-z0-9_\u00c0-\u024f';
const NAMED_CONDITION = new RegExp(
  `(?:^|[^${W}])(${[...NAMED_CONDITIONS].sort(byLength).map(escape).join('|')})(?![${W}])`,
  'g',
);
const CONDITION_ENDING =
  /(?:itis|aemia|emia|pathy|osis|omas?|plegia|trophy|algia|syndrome|disease|disorder|cancer|carcinoma|deficiency|failure|infection|insufficiency|palsy|dystrophy|tumou?r)(?![a-z])/g;

// A specific person in the sentence (names are found by the people detector).
const PERSON_ANCHOR =
  /(?:(?<!\ba )(?<!\bany )(?<!\bevery )\bpatient\b(?!s)|\bpt\b|\bpatient:|\bresident\b|\bclient\b(?!s)|\bemployee\b(?!s)|\bcolleague\b|\bco-?worker\b|\bteammate\b|\bon my team\b|\bmy (?:mother|father|mom|mum|dad|brother|sister|son|daughter|wife|husband|partner|friend|neighbou?r|boss|uncle|aunt|cousin|grandmother|grandfather|grandma|grandpa|nephew|niece|child|kid|baby|manager)\b|\b(?:he|she)(?:'s| is| was| has| had| suffers| suffered| lives| has been| was just| was recently)\b|\bpaciente\b|\bpatientin\b|\bpatiënt\b|\bpaziente\b|\bpacjent(?:ka)?\b|\bpotilas\b|\bmi (?:madre|padre|hermano|hermana|hijo|hija|esposa|esposo)\b|\bmein(?:e)? (?:mutter|vater|bruder|schwester|sohn|tochter|frau|mann)\b|\bma (?:mère|soeur|sœur|fille|femme)\b|\bmon (?:père|frère|fils|mari)\b)/;

const RECORD_LABEL =
  /(?:diagnos[ie]s|diagnóstico|diagnostic|diagnose|diagnosi|dx|impression|assessment|condition|reason for visit|chief complaint|problem list)\s{0,2}(?:[:#-]|\(.{0,20}\):?)\s{0,3}(?:[a-z0-9'’-]{1,20}\s){0,3}$/;
const FIRST_PERSON =
  /(?<!\b(?:if|when|whether|suppose|unless|in case|what if|si|wenn|falls|se|als|jos) )\b(?:i (?:was|have been|'ve been|got|am|'m) (?:just |recently |newly |finally |officially )?diagnosed with|i(?:'ve| have)? (?:got|have|had|suffer from|am suffering from|'m suffering from|am living with|'m living with|live with|am being treated for|'m being treated for)|my doctor (?:says|said|thinks|told me|confirmed) (?:that )?i (?:have|had|might have)|i was told i have|my (?:recent |new )?diagnosis (?:is|of|was)|me diagnosticaron|tengo|ich habe|j'ai|ho)\s(?:(?:a|an|the|mild|severe|chronic|early|late|stage [0-9iv]{1,4}|advanced|type [12])\s){0,3}$/;
const SPECIFIC_CUE =
  /\b(?:(?:was|been|got|just|recently|newly|is being|was being|were)\s(?:diagnosed with|treated for)|diagnosticad[oa] con|diagnostiziert mit|diagnostiqué(?:e)? (?:avec|d'une?)|diagnosticat[oa] con|diagnosticad[oa] com)\s(?:[a-z0-9'’-]{1,20}\s){0,3}$/;
// "since my atrial fibrillation diagnosis", "my crohn's flare", "my type 2 diabetes mellitus diagnosis":
// qualifiers may hold digits ("type 2", "stage 3") and a word may follow the name found ("mellitus").
const OWN_BEFORE = /\bmy\s(?:[a-z0-9'’-]{1,20}\s){0,3}$/;
const OWN_AFTER =
  /^(?:\s[a-z]{2,20})?\s{1,2}(?:diagnosis|dx|treatment|medication|meds|symptoms|flare|flares|relapse|surgery|chemo)/;
const ICD10 = /(?<![A-Za-z0-9])[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?(?![A-Za-z0-9])/g;
const ICD_CONTEXT = /icd|diagnos|\bdx\b|code/;
const CODE_LABEL_BEFORE = /(?:icd[- ]?(?:10|9|11)?(?:-cm)?|\bdx|diagnos[a-z]{0,6}(?: code)?)[\s:#(),-]{0,4}$/;

function sentenceBounds(lower: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && at - start < 400) {
    const c = lower[start - 1];
    if (c === '\n' || c === '!' || c === '?' || (c === '.' && start < lower.length && lower[start] === ' '))
      break;
    start--;
  }
  let end = at;
  while (end < lower.length && end - at < 400) {
    const c = lower[end];
    if (
      c === '\n' ||
      c === '!' ||
      c === '?' ||
      (c === '.' && (end + 1 >= lower.length || lower[end + 1] === ' '))
    )
      break;
    end++;
  }
  return [start, end];
}

// Words that end the lead-in of "<modifier> disease": "diagnosed with celiac disease" names "celiac disease".
const NOT_MODIFIERS = new Set(
  `a an the and or of for with was is are has have had been being diagnosed treated suffers suffering living
   lives from to in on at by my his her their our your its this that got gets new rare common chronic what
   which about any some no con de du des del la le el fue ist hat mit von un una une il lo`.split(/\s+/),
);

/** Start of the condition ending at `end` (a word ending or head noun at `headStart`), or -1. */
function conditionStart(lower: string, headStart: number, end: number): number {
  let wordStart = headStart;
  while (wordStart > 0 && isLowerLetter(lower.charCodeAt(wordStart - 1))) wordStart--;
  const word = lower.slice(wordStart, end);
  if (wordStart < headStart) {
    // "…itis", "…osis": the ending is part of one word.
    return CONDITION_SUFFIX.test(word) && !NOT_CONDITIONS.has(word) ? wordStart : -1;
  }
  if (!CONDITION_HEADS.test(word)) return -1;
  // "celiac disease", "non-small cell lung cancer": up to three modifiers before the head noun,
  // stopping at function words ("diagnosed with celiac disease" names "celiac disease").
  let start = wordStart;
  for (let k = 0; k < 3; k++) {
    const p = start - 1;
    if (p <= 0 || lower[p] !== ' ') break;
    let q = p;
    while (q > 0 && (isLowerLetter(lower.charCodeAt(q - 1)) || lower[q - 1] === '-' || lower[q - 1] === "'"))
      q--;
    const modifier = lower.slice(q, p);
    if (modifier.length < 2 || NOT_MODIFIERS.has(modifier)) break;
    start = q;
  }
  // "a disorder", "the disease": a head noun with no modifier names nothing in particular.
  return start < wordStart ? start : -1;
}

function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

interface ConditionHit {
  readonly start: number;
  readonly end: number;
}

function findConditions(lower: string): ConditionHit[] {
  const hits: ConditionHit[] = [];
  NAMED_CONDITION.lastIndex = 0;
  for (let m = NAMED_CONDITION.exec(lower); m !== null; m = NAMED_CONDITION.exec(lower)) {
    const end = m.index + m[0].length;
    hits.push({ start: end - m[1].length, end });
  }
  CONDITION_ENDING.lastIndex = 0;
  for (let m = CONDITION_ENDING.exec(lower); m !== null; m = CONDITION_ENDING.exec(lower)) {
    const end = m.index + m[0].length;
    const start = conditionStart(lower, m.index, end);
    if (start >= 0) hits.push({ start, end });
  }
  return hits.sort((a, b) => a.start - b.start);
}

// Anything that can tie a condition to someone; without one, no condition needs looking up.
const ANY_ANCHOR =
  /patient|\bpt\b|resident|client|employee|colleague|co-?worker|teammate|\bmy |\b(?:he|she)\b|\bi (?:was|have|had|got|am|suffer|live)|\bi'(?:ve|m)|diagnos|\bdx\b|icd|treated for|impression|assessment|condition|reason for visit|complaint|problem list|paciente|pacjent|potilas|paziente|\b(?:mi|mein|meine|ma|mon) |tengo|ich habe|j'ai|\bho /;

function scanDiagnoses(doc: ScanDoc): void {
  scanCodedDiagnoses(doc);
  const lower = doc.lower;
  // The people detector ran first on this text, so the name spans come from its cache.
  const names = personNameSpans(doc.text, lower);
  if (names.length === 0 && !ANY_ANCHOR.test(lower)) return;
  const hits = findConditions(lower);
  if (hits.length > 0) {
    let lastSentenceEnd = -1;
    for (const { start, end } of hits) {
      const [from, to] = sentenceBounds(lower, start);
      if (from < lastSentenceEnd) continue; // one report per sentence is enough
      const sentence = lower.slice(from, to);
      const before = lower.slice(Math.max(from, start - 80), start);
      const anchored =
        names.some(([s, e]) => s < to && e > from) ||
        PERSON_ANCHOR.test(sentence) ||
        RECORD_LABEL.test(before) ||
        FIRST_PERSON.test(before) ||
        SPECIFIC_CUE.test(before) ||
        (OWN_BEFORE.test(before) && OWN_AFTER.test(lower.slice(end, end + 24))) ||
        icdNearby(doc.text, from, to);
      if (anchored) {
        doc.add('phi.diagnosis', start, end, 'phi.diagnosis/condition');
        lastSentenceEnd = to;
      }
    }
  }
}

function icdNearby(text: string, from: number, to: number): boolean {
  const sentence = text.slice(from, to);
  ICD10.lastIndex = 0;
  return ICD10.test(sentence) && ICD_CONTEXT.test(sentence.toLowerCase());
}

/** "Dx: E11.9", "ICD-10 C50.911": a diagnosis code written next to its label. */
function scanCodedDiagnoses(doc: ScanDoc): void {
  if (!/icd|dx|diagnos/.test(doc.lower)) return;
  ICD10.lastIndex = 0;
  for (let m = ICD10.exec(doc.text); m !== null; m = ICD10.exec(doc.text)) {
    const end = m.index + m[0].length;
    const before = doc.lower.slice(Math.max(0, m.index - 24), m.index);
    if (CODE_LABEL_BEFORE.test(before)) {
      doc.add('phi.diagnosis', m.index, end, 'phi.diagnosis/icd10');
    }
  }
}

export const diagnosisDetectors: readonly Detector[] = [
  { id: 'diagnosis', categories: ['phi.diagnosis'], scan: scanDiagnoses },
];
