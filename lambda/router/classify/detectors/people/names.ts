import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../../data/names/first-names';
import { WELL_KNOWN_NAMES } from '../../data/names/public-figures';
import { SURNAMES } from '../../data/names/surnames';
import type { Detector, ScanDoc } from '../../types';
import { isLetterCode } from './letters';
import {
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
  PARTICLES,
  ROLE_PHRASES,
  ROLE_WORDS,
  SELF_INTRODUCTION_BEFORE,
  TITLES,
} from './vocabulary';

/**
 * pii.person_name: full names of people. Capitalized words are grouped into runs (a run may hold
 * initials "S.", particles "van der", hyphens and apostrophes "O'Brien"), and a run is a name when
 * - it starts with a known given name and ends with a known surname ("Greta Lehmann"), or
 * - it starts with an unambiguous given name and ends with a capitalized word that is not an
 *   organisation, place or heading word ("Dan Tailor"), or
 * - a title or a role word precedes it ("Mr. Mayers", "patient Xu Obi", "Name: …", "t.n.v. …"), or
 * - it is an unknown word and a known surname followed by what only a person does ("… is being
 *   treated for", "… (born 1950)").
 * Names are compared with the lists without their diacritics. A name right after a street type
 * ("Corso Vittorio Emanuele") names a street.
 * A single given name counts only in a self-introduction ("my name is Dan"). Well-known public
 * figures and eponymous companies ("Marie Curie", "Morgan Stanley") do not count: talking about
 * them reveals no one's personal data.
 */

// What may separate two words of one name: a space (after an initial or title, a period and a
// space), or up to three particles ("van der", "de la").
function particleGap(gap: string): boolean {
  if (gap[0] !== ' ' || gap[gap.length - 1] !== ' ') return false;
  const words = gap.slice(1, -1).split(' ');
  return words.length <= 3 && words.every((w) => PARTICLES.has(w));
}

// Latin letters (ASCII, Latin-1, Latin Extended-A/B, Vietnamese) as plain character ranges: a
// non-Unicode regex with ranges runs many times faster than \p{L} look-arounds on the hot path.
const UPPER = 'A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f';
const LETTER = 'A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f';

// A capitalized word (Anna, O'Brien, McAllister, Jean-Pierre, Jae-won, Järvinen, ALL CAPS), not
// touching letters, digits, underscores, apostrophes or hyphens on the left, letters or digits on the right.
const CAPITALIZED_WORD = new RegExp(
  `(?:^|[^${LETTER}0-9_'\u2019-])([${UPPER}](?:[${LETTER}]|['\u2019][${UPPER}]|-[${LETTER}]){0,40})(?![${LETTER}0-9_])`,
  'g',
);

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function isInitial(w: string): boolean {
  return w.length === 1;
}

function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase();
}

function titleCase(w: string): string {
  return w[0] + w.slice(1).toLowerCase();
}

function gapJoins(text: string, prev: Word, next: Word): boolean {
  const gap = text.slice(prev.end, next.start);
  if (gap === ' ') return true;
  if (gap === '. ' || gap === '.')
    return isInitial(prev.text) || TITLES.has(prev.text) || NAME_SUFFIXES.has(prev.text);
  if (gap.length > 2 && gap.length < 24) return particleGap(gap);
  return false;
}

// Romanized Korean given names: two syllables joined by a hyphen ("Min-seo", "Jae-won").
const KOREAN_GIVEN_NAME = /^\p{Lu}[a-z]{1,4}-[a-z]{2,5}$/u;

// Letters that do not decompose into a base letter and a mark.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
};
const NON_ASCII = /[^\x00-\x7f]/;

/** The name without diacritics ("Étienne" → "Etienne", "Łukasz" → "Lukasz"). */
function withoutDiacritics(w: string): string {
  return w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØđĐß]/g, (c) => UNDECOMPOSABLE[c]);
}

const foldedSet = (set: ReadonlySet<string>): ReadonlySet<string> =>
  new Set(
    [...set]
      .filter((w) => NON_ASCII.test(w))
      .map(withoutDiacritics)
      .concat([...set]),
  );
// People write names with or without their accents ("José"/"Jose", "Zoë"/"Zoe"): lists and text
// are compared without them, the lists holding both forms already for the common case.
const FIRST_NAMES_FOLDED = foldedSet(FIRST_NAMES);
const SURNAMES_FOLDED = foldedSet(SURNAMES);

/** `w` is in `set`, or, written with diacritics, its plain form is in `folded`. */
function inList(w: string, set: ReadonlySet<string>, folded: ReadonlySet<string>): boolean {
  return set.has(w) || (NON_ASCII.test(w) && folded.has(withoutDiacritics(w)));
}

function isGivenName(w: string): boolean {
  return (
    inList(w, FIRST_NAMES, FIRST_NAMES_FOLDED) ||
    AMBIGUOUS_FIRST_NAMES.has(w) ||
    (isAllCaps(w) && inList(titleCase(w), FIRST_NAMES, FIRST_NAMES_FOLDED)) ||
    compoundOf(w, FIRST_NAMES) ||
    KOREAN_GIVEN_NAME.test(w)
  );
}

// Mc/Mac/O' and Arabic El-/Al-/Abu-/Abdel- prefixes mark a family name.
const SURNAME_PREFIX = /^(?:Mc|Mac|O['\u2019]|(?:El|Al|Abu|Abdel|Abd|Ben|Bin)-)[A-Z\u00c0-\u00de]/;

function isSurname(w: string): boolean {
  return (
    inList(w, SURNAMES, SURNAMES_FOLDED) ||
    (isAllCaps(w) && inList(titleCase(w), SURNAMES, SURNAMES_FOLDED)) ||
    compoundOf(w, SURNAMES) ||
    SURNAME_PREFIX.test(w)
  );
}

/** Hyphenated names ("Anna-Lena", "Smith-Jones") count when one part is known. */
function compoundOf(w: string, set: ReadonlySet<string>): boolean {
  const dash = w.indexOf('-');
  return dash > 0 && (set.has(w.slice(0, dash)) || set.has(w.slice(dash + 1)));
}

// Endings of English common nouns and adjectives ("Sponsors", "Settings", "Management"); a known
// surname with such an ending (Rogers, Fleming) is found in the surname list first.
const COMMON_WORD_ENDING =
  /(?:tion|sion|ment|ness|ity|ings?|ies|ship|able|ible|ful|less|ics|ance|ence|ware|ism|ists?|ors|ers|ures|ages|ives|ous|ology)$/;

/** Capitalized and not an organisation/place/heading word (enough after a title: "Mr. Mayers"). */
function plainCapitalized(w: string): boolean {
  return w.length >= 2 && !isAllCaps(w) && !NOT_NAME_WORDS.has(w) && !TITLES.has(w);
}

const SURNAME_ENDING =
  /(?:son|sen|ez|ski|ska|cki|cka|wicz|enko|chuk|ov|ova|ev|eva|escu|ini|elli|etti|ucci|ato|oni|ardi|i\u0107|nen|stein|berg|burg|mann|ian|yan|dze|shvili|oglu|poulos|akis|idis|ley|ton|ford|ham|wood|field|worth|well|by|stone|more|ault|eau|ier|oux|qvist|kvist|str\u00f6m|lund|gren|holm|dottir|sson)$/;
const PERSON_PREDICATE_AFTER =
  /^(?:'s|\u2019s| (?:has|had|said|says|told|asked|wrote|writes|lives|lived|works|worked|joined|called|emailed|phoned|was born|is aged|is my|was my|and (?:his|her) ))\b/;
// What only a person does or has, in the covered languages: enough to make an unknown capitalized
// word and a known surname a name ("Shermaine Tan is being treated", "Deepa Rao fue diagnosticada",
// "Joris Visser (born 1944)").
const PERSONAL_PREDICATE_AFTER =
  /^(?: \((?:born|b\.|née|geb\.|nacid[oa]|né|née)|,? (?:born|aged) [0-9]|'s (?:date of birth|birthday|dob|ssn|address|phone|salary|diagnosis)| (?:is being treated|is being seen|was diagnosed|has been diagnosed|was admitted|was hospitali[sz]ed|was born|passed away|fue diagnosticad|fue ingresad|fue hospitalizad|naci[óo] |wurde (?:am|im|mit|ins) |ist am [0-9]|a été (?:diagnostiqu|hospitalis)|est né|è stat[oa] (?:ricoverat|diagnosticat)|è nat[oa] |werd (?:opgenomen|geboren)|is geboren))/;
// Abbreviated roles before a name: care of, to the attention of, in the name of (Dutch t.n.v., German z. Hd.).
const ABBREVIATED_ROLE_BEFORE =
  /(?:c\/o|a\/c|attn\.?|t\.n\.v\.?|t\.a\.v\.?|z\. ?hd\.?|à l'attention de)[ :]{0,2}$/;

function nameLike(w: string): boolean {
  return (
    w.length >= 2 && !isAllCaps(w) && !NOT_NAME_WORDS.has(w) && !TITLES.has(w) && !COMMON_WORD_ENDING.test(w)
  );
}

/** Decide whether a run of capitalized words holds a person's name; return its span. */
function nameInRun(lower: string, run: readonly Word[]): [number, number] | undefined {
  // Most runs are one capitalized word (a sentence start, a heading, a product): a name only in a
  // self-introduction ("my name is Dan").
  if (run.length === 1) {
    const only = run[0];
    if (!FIRST_NAMES.has(only.text)) return undefined;
    return SELF_INTRODUCTION_BEFORE.test(lower.slice(Math.max(0, only.start - 32), only.start))
      ? [only.start, only.end]
      : undefined;
  }
  let i = 0;
  let titled = false;
  while (i < run.length && TITLES.has(run[i].text)) {
    titled = true;
    i++;
  }
  let j = i;
  while (j < run.length && !isGivenName(run[j].text)) j++;
  // Surname-first order ("Zhang Wei") and a dropped lead-in word ("Patient Lars Johansson").
  if (
    j < run.length &&
    j > i &&
    isSurname(run[j - 1].text) &&
    !NOT_NAME_WORDS.has(run[j - 1].text) &&
    j - 1 === i
  )
    j--;
  // Role words may stand before the run ("our tenant Rin Yamamoto") or open it ("Patient Lars …").
  const roleEnd = j > i ? run[j - 1].end : run[0].start;
  let roleMemo: boolean | undefined;
  const hasRole = () => (roleMemo ??= roleBefore(lower, roleEnd));
  const tokens = run.slice(j);
  while (tokens.length > 0 && NAME_SUFFIXES.has(tokens[tokens.length - 1].text)) tokens.pop();
  if (tokens.some((w) => NOT_NAME_WORDS.has(w.text) || NOT_NAME_WORDS.has(titleCase(w.text))))
    return undefined;

  if (tokens.length === 0) {
    const rest = run.slice(i).filter((w) => !NAME_SUFFIXES.has(w.text));
    if (rest.length === 0) return undefined;
    // "Mr. Mayers", "Dr. Okafor": a title and a surname.
    if (titled) {
      const ok = rest.length <= 3 && rest.every((w) => plainCapitalized(w.text) || isInitial(w.text));
      return ok && !isInitial(rest[rest.length - 1].text)
        ? [run[0].start, rest[rest.length - 1].end]
        : undefined;
    }
    return unknownThenSurname(lower, run, rest);
  }
  const first = tokens[0].text;
  const last = tokens[tokens.length - 1].text;
  const start = (titled ? run[0] : tokens[0]).start;
  const end = tokens[tokens.length - 1].end;
  if (tokens.length === 1) {
    if (titled && plainCapitalized(first)) return [start, end];
    // "Traveler: Anouska Martin": a given name unknown to the lists, then a surname that is also a given name.
    if (j > i && isSurname(first)) {
      const span = unknownThenSurname(lower, run, run.slice(i, j + 1));
      if (span !== undefined) return span;
    }
    return SELF_INTRODUCTION_BEFORE.test(lower.slice(Math.max(0, tokens[0].start - 32), tokens[0].start))
      ? [start, end]
      : undefined;
  }
  if (tokens.length > 5 || isInitial(last)) return undefined;
  if (!titled && namesAStreet(lower, run, j)) return undefined;
  const key = `${first.toLowerCase()} ${last.toLowerCase()}`;
  if (WELL_KNOWN_NAMES.has(key) && !hasRole()) return undefined;
  const capsRun = tokens.some((w) => isAllCaps(w.text));
  if (capsRun) return isGivenName(first) && isSurname(last) ? [start, end] : undefined;
  // Middle words of a name are given names, surnames or initials ("Alexa Skills Kit" is not a name),
  // or any name-like word after a title or role ("Name: Nur Aisyah Lee").
  for (let k = 1; k < tokens.length - 1; k++) {
    const middle = tokens[k].text;
    if (isInitial(middle) || isGivenName(middle) || isSurname(middle)) continue;
    if (!nameLike(middle) || !(titled || hasRole())) return undefined;
  }
  if (isSurname(last)) return [start, end];
  if (!nameLike(last)) return undefined;
  // Many families carry a given name as surname ("Tunde Nnamdi", "Arjun Srinivasan").
  if (isGivenName(last) && !AMBIGUOUS_FIRST_NAMES.has(last) && !AMBIGUOUS_FIRST_NAMES.has(first))
    return [start, end];
  if (titled || hasRole()) return [start, end];
  // An unknown last word after an unambiguous given name: a surname by its shape ("Lindqvist",
  // "Kowalczyk"-like endings) or by what follows ("Dan Bar has an account"), not "Kelly Criterion".
  if (AMBIGUOUS_FIRST_NAMES.has(first)) return undefined;
  if (SURNAME_ENDING.test(last) || PERSON_PREDICATE_AFTER.test(lower.slice(end, end + 16)))
    return [start, end];
  return undefined;
}

// Street types that streets named after people follow ("Corso Vittorio Emanuele", "rue Victor Hugo",
// "Calle Juan Bravo"); capitalized inside the run, or lower case just before it ("via" only
// capitalized: in English it is a preposition before a person).
const STREET_WORDS: ReadonlySet<string> = new Set(
  `Via Viale Corso Piazza Piazzale Largo Vicolo Calle Avenida Paseo Plaza Carrer Rua Travessa Praça Rue
   Avenue Boulevard Allée Quai Chemin Impasse Ulica Aleja Plac Straße Strasse Platz`.split(/\s+/),
);
const STREET_WORD_BEFORE =
  /(?:^|[^a-z\u00e0-\u00ff])(?:viale|corso|piazza|piazzale|largo|vicolo|calle|avenida|paseo|carrer|rua|travessa|praça|rue|avenue|boulevard|allée|quai|chemin|impasse|ulica|ul\.|aleja|al\.|plac)\s$/;

/** True when the name starting at run word `j` follows a street type: it names a street. */
function namesAStreet(lower: string, run: readonly Word[], j: number): boolean {
  if (j > 0) return STREET_WORDS.has(run[j - 1].text);
  const start = run[0].start;
  return STREET_WORD_BEFORE.test(lower.slice(Math.max(0, start - 12), start));
}

/**
 * Capitalized words ending in a known surname, no known given name among them: a name when a
 * role precedes ("Patient J. Smith", "payee: A. K. Obi", "Traveler: Anouska Martin") or a
 * personal predicate follows a two-word name ("Shermaine Tan is being treated for …").
 */
function unknownThenSurname(
  lower: string,
  run: readonly Word[],
  rest: readonly Word[],
): [number, number] | undefined {
  let k = 0;
  while (k < rest.length && ROLE_WORDS.has(rest[k].text.toLowerCase())) k++;
  const named = rest.slice(k);
  const lastWord = named[named.length - 1];
  if (named.length < 2 || named.length > 4 || isInitial(lastWord.text) || !isSurname(lastWord.text))
    return undefined;
  if (k > 0 || roleBefore(lower, run[0].start)) return [named[0].start, lastWord.end];
  if (
    named.length === 2 &&
    nameLike(named[0].text) &&
    PERSONAL_PREDICATE_AFTER.test(lower.slice(lastWord.end, lastWord.end + 32))
  )
    return [named[0].start, lastWord.end];
  return undefined;
}

/** True when the one or two words ending at `end` (allowing ": " or ", ") are a role. */
function roleBefore(lower: string, end: number): boolean {
  if (ABBREVIATED_ROLE_BEFORE.test(lower.slice(Math.max(0, end - 24), end))) return true;
  let j = end;
  const stop = Math.max(0, end - 40);
  while (j > stop && !isLetterCode(lower.charCodeAt(j - 1)) && end - j < 4) j--;
  const words: string[] = [];
  let k = j;
  while (words.length < 2 && k > stop) {
    let w = k;
    while (w > stop && (isLetterCode(lower.charCodeAt(w - 1)) || lower[w - 1] === '-')) w--;
    if (w === k) break;
    words.push(lower.slice(w, k));
    k = w;
    if (lower[k - 1] !== ' ') break;
    k--;
  }
  if (words.length === 0) return false;
  return ROLE_WORDS.has(words[0]) || (words.length === 2 && ROLE_PHRASES.has(`${words[1]} ${words[0]}`));
}

let cachedText: string | undefined;
let cachedSpans: readonly [number, number][] = [];

/**
 * Spans of person names in a normalized text. The last result is kept, so the diagnosis detector
 * can ask about the same document without a second pass.
 */
export function personNameSpans(text: string, lower = text.toLowerCase()): readonly [number, number][] {
  if (text === cachedText) return cachedSpans;
  const spans: [number, number][] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length > 0) {
      const span = nameInRun(lower, run);
      if (span !== undefined) spans.push(span);
      run = [];
    }
  };
  CAPITALIZED_WORD.lastIndex = 0;
  for (let m = CAPITALIZED_WORD.exec(text); m !== null; m = CAPITALIZED_WORD.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    const word: Word = { text: m[1], start, end: start + m[1].length };
    if (run.length > 0 && !gapJoins(text, run[run.length - 1], word)) flush();
    run.push(word);
    if (run.length > 8) flush();
  }
  flush();
  cachedText = text;
  cachedSpans = spans;
  return spans;
}

function scanNames(doc: ScanDoc): void {
  for (const [start, end] of personNameSpans(doc.text, doc.lower))
    doc.add('pii.person_name', start, end, 'pii.person_name/lexicon');
}

export const personNameDetector: Detector = {
  id: 'people.names',
  categories: ['pii.person_name'],
  scan: scanNames,
};
