import type { DigitRun, Detector, ScanDoc } from '../../types';

/**
 * pii.address: street addresses and postal lines.
 * - number + street name + street type: "92 Hawthorn Way", "8532 W Meadowbrook Ct", "12 rue de Rivoli";
 * - street type + name + number: "Calle Mayor 5", "Corso Vittorio Emanuele 95", "Rua Augusta 100", "ul. Długa 7";
 * - compound street names + number: "Hauptstraße 5", "Kalverstraat 12", "Drottninggatan 3", "Mannerheimintie 5";
 * - unit lines ("Flat 532, Prestige Lakeside, …"), PO boxes in the covered languages;
 * - postal lines: "Raleigh, NC 27669", "Pune, Maharashtra 411051"; a UK postcode after a town name
 *   or near address words ("my address is SW1A 1AA").
 * A postcode or ZIP code alone ("weather in ZIP code 35469") locates an area, not a person.
 *
 * Every form but the UK postcode holds a house, box or postal number, so the detector walks the
 * document's digit groups (computed once per request and shared) and looks around each with short
 * anchored patterns, instead of running a dozen patterns over the whole text.
 */

// Latin letters as plain ranges (fast in a non-Unicode regex).
const U = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u017f';
const L = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff';
const WORD = `[${U}][${L}'\u2019.-]{0,30}`;

const STREET_TYPES =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Row|Gardens|Gdns|Grove|Mews|Walk|Rise|Alley|Plaza|Loop|Pike|Path|Expressway|Freeway';

/** At a house number: "92 Hawthorn Way", "8532 W Meadowbrook Ct", "1600 Pennsylvania Avenue NW". */
const NUMBER_THEN_STREET = new RegExp(
  `\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?,?[ \\t]{1,2}(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?[ \\t])?` +
    `(?:(?:${WORD}|\\d{1,3}(?:st|nd|rd|th)|of|the|de|la)[ \\t]){1,4}(?:${STREET_TYPES})(?![${L}0-9])`,
  'y',
);

/** At a house number, French order: "12 rue de Rivoli", "3 bis, avenue Foch". */
const NUMBER_THEN_FRENCH_STREET = new RegExp(
  `\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t](?:[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse|[Qq]uai|[Cc]ours|[Rr]oute|[Ss]quare)[ \\t](?:(?:de la|de l'|du|des|de|d')[ \\t]?)?[${U}]`,
  'y',
);

/** Before a house number: "Calle Mayor ", "Paseo de Gracia ", "Corso Vittorio Emanuele ", "ul. Długa ". */
const STREET_BEFORE_NUMBER = new RegExp(
  `(?:^|[^${L}0-9])(?:Calle|C/|Avenida|Avda\\.|Av\\.|Paseo|Plaza|Pza\\.|Carrer|Camino|Carretera|Ronda|Traves[ií]a|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Rua|Travessa|Pra[çc]a|Alameda|Estrada|Rue|Boulevard|Chemin|All[ée]e|Impasse|Quai|ul\\.|ulica|Ulica|al\\.|Aleja|Aleje|pl\\.|Plac|os\\.|Osiedle)` +
    `[ \\t](?:(?:${WORD}|de|del|de la|della|dei|delle|di|da|do|dos|das|du|des|la|le|y|e|\\d{1,2}\\.?)[ \\t]){0,5}` +
    `${WORD},?[ \\t]{1,2}(?:n\\.?\\u00ba?[ \\t]?|n\\u00ba[ \\t]?|no\\.?[ \\t]|#[ \\t]?)?$`,
);

/** Before a house number: "Hauptstraße ", "Berliner Str. ", "Kalverstraat ", "Drottninggatan ", "Mannerheimintie ". */
const COMPOUND_STREET_BEFORE_NUMBER = new RegExp(
  `(?:^|[^${L}0-9])(?:[${U}][${L}-]{1,40}(?:straße|strasse|str\\.|weg|platz|allee|gasse|damm|ufer|steig|pfad|chaussee|straat|laan|plein|gracht|kade|singel|dreef|steeg|gatan|v[äa]gen|gr[äa]nd|torget|katu|tie|kuja|polku|tori|v[äa]yl[äa]|kaari)` +
    `|(?:[${U}][${L}-]{1,30}[ \\t])?(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Damm|Ufer|Chaussee))[ \\t]{1,2}$`,
);

const PO_BOX_BEFORE_NUMBER =
  /(?:^|[^A-Za-z])(?:P\.?[ \t]?O\.?[ \t]?Box|Post Office Box|Postfach|Apartado(?: de [Cc]orreos)?|Apdo\.|Casella [Pp]ostale|Caixa [Pp]ostal|Bo[îi]te [Pp]ostale|Postbus|Skrytka [Pp]ocztowa|Postilokero)[ \t]?#?[ \t]?$/;

const UNIT_BEFORE_NUMBER =
  /(?:^|[^A-Za-z])(?:Flat|Apartment|Apt\.?|Unit|Suite|House No\.?|Plot No\.?|Door No\.?|Piso|Wohnung)[ \t]?#?[ \t]?$/;
const UNIT_LINE_AFTER_NUMBER = new RegExp(`[A-Za-z]?,[ \\t]?${WORD}(?:[ \\t]${WORD}){0,3},`, 'y');

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR';
/** Before a ZIP code: "Raleigh, NC ", "Kansas City, MO ". */
const CITY_STATE_BEFORE_ZIP = new RegExp(
  `(?:^|[^${L}])${WORD}(?:[ \\t]${WORD}){0,3},[ \\t]{1,2}(?:${US_STATES})[ \\t]{1,2}$`,
);

const INDIAN_STATE_BEFORE_PIN =
  /(?:Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|Chandigarh|Puducherry),?[ \t]?[-\u2013]?[ \t]?$/;

/**
 * Before a postcode and its town ("22767 Hamburg", "1010 Wien"): a street line ending in its house
 * number, then a comma or a line break. Continental Europe writes the street name without a street
 * type word that the forms above could key on ("Am Markt 101", "Via dei Mille 5", "Kungsgatan 4").
 * The street starts a line or follows a colon, comma or "at"; numbered headings are not streets.
 */
const STREET_LINE_BEFORE_POSTCODE = new RegExp(
  `(?:^|\\n|[,:;(][ \\t]{0,2}|\\bat[ \\t])(?!(?:Chapter|Section|Part|Step|Phase|Stage|Level|Round|Page|Figure|Table|Item|Version|Release|Node|Python|Java|Week|Day|Year|Order|Invoice|Ticket|Issue|Room|Floor|Gate|Line|Track|Episode|Season|Volume|Vol|No|Nr|Nummer)\\b)` +
    `[${U}][${L}.'\u2019-]{1,40}(?:[ \\t](?:[${U}][${L}.'\u2019-]{0,30}|d[eiao]|de[il]|della|degli|du|des|la|le|van|von|der|den|het|am|an|im|zum|zur))` +
    `{0,4}[ \\t]{1,2}\\d{1,4}[ \\t]?[A-Za-z]?(?:,[ \\t]{0,2}|[ \\t]{0,2}\\r?\\n[ \\t]{0,2})$`,
);

/** A postcode of 4 or 5 digits followed by a town name; four-digit years are not postcodes. */
function postcodeThenTown(text: string, start: number, end: number, digits: number): boolean {
  if (digits !== 5 && digits !== 4) return false;
  if (digits === 4) {
    const year = Number(text.slice(start, end));
    if (year >= 1900 && year <= 2099) return false;
  }
  const town = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && ((town >= 65 && town <= 90) || (town >= 0xc0 && town <= 0xde));
}

// "Copyright (c) 2013 Gary Court": a year and an author, not a house number and a street.
const COPYRIGHT_BEFORE = /(?:©|\(c\)|copyright)\s{0,3}(?:[0-9]{4}\s?[-\u2013,]\s?)?$/i;

/** A copyright line before the number vetoes every form: checked once a form has matched. */
function isCopyright(text: string, beforeFrom: number, start: number): boolean {
  return COPYRIGHT_BEFORE.test(text.slice(beforeFrom, start));
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

function stickyAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m === null ? -1 : at + m[0].length;
}

/** Characters "[ \t#]" stripped from the end of the text before a number (up to three), as `lead` reads it. */
function trailingMarks(text: string, from: number, start: number): number {
  let k = 0;
  while (k < 3 && start - k > from) {
    const c = text.charCodeAt(start - k - 1);
    if (c !== 32 && c !== 9 && c !== 35) break;
    k++;
  }
  return k;
}

/**
 * Look around one digit group (`start`..`end` in the text) for the address forms above. Most digit
 * groups are no address, so the cheap character tests come first and the 80 characters before the
 * number are sliced and matched only when a form can still apply (a dense run such as "1:1:1:…"
 * would otherwise run the lookbehind patterns once per digit).
 */
function scanNumber(doc: ScanDoc, start: number, end: number, digits: number): void {
  const text = doc.text;
  const last = start > 0 ? text.charCodeAt(start - 1) : NaN;
  // "." "," "/" "-" right before: a decimal, list or date part, not a house number.
  if (isLetterOrDigitAt(text, start - 1) || last === 46 || last === 44 || last === 47 || last === 45) return;
  const beforeFrom = Math.max(0, start - 80);
  // The text before the number, sliced once and only when a form needs it (no closures: this runs per digit group).
  let before: string | undefined;
  const next = text.charCodeAt(end);
  const spaceBefore = last === 32 || last === 9;

  if (
    next === 32 ||
    next === 44 ||
    next === 9 ||
    (next >= 65 && next <= 90) ||
    (next >= 97 && next <= 122) ||
    next === 45
  ) {
    const streetEnd = stickyAt(NUMBER_THEN_STREET, text, start);
    if (streetEnd > 0)
      return isCopyright(text, beforeFrom, start)
        ? undefined
        : doc.add('pii.address', start, streetEnd, 'pii.address/street');
    const frenchEnd = stickyAt(NUMBER_THEN_FRENCH_STREET, text, start);
    if (frenchEnd > 0)
      return isCopyright(text, beforeFrom, start)
        ? undefined
        : doc.add('pii.address', start, frenchEnd, 'pii.address/street');
  }
  if (postcodeThenTown(text, start, end, digits)) {
    before = text.slice(beforeFrom, start);
    if (STREET_LINE_BEFORE_POSTCODE.test(before)) {
      return COPYRIGHT_BEFORE.test(before)
        ? undefined
        : doc.add('pii.address', start, end, 'pii.address/postal-line');
    }
  }
  if (!spaceBefore && last !== 35) return;
  // The forms below put a word (or "#", "No.") right before the number; "1 2 3" or "= 5" has none.
  const leadLast = start - trailingMarks(text, beforeFrom, start) - 1;
  if (leadLast < beforeFrom) return;
  const leadChar = text.charCodeAt(leadLast);
  if (!(isLetterOrDigitAt(text, leadLast) && leadChar > 57) && leadChar !== 46 && leadChar !== 44) return;
  const prefix = before ?? text.slice(beforeFrom, start);
  if (COPYRIGHT_BEFORE.test(prefix)) return;
  const afterOk =
    !isLetterOrDigitAt(text, end) ||
    (isLetterOrDigitAt(text, end) && !isLetterOrDigitAt(text, end + 1) && next > 57);
  if (afterOk && (STREET_BEFORE_NUMBER.test(prefix) || COMPOUND_STREET_BEFORE_NUMBER.test(prefix))) {
    return doc.add('pii.address', start, end, 'pii.address/street');
  }
  if (PO_BOX_BEFORE_NUMBER.test(prefix)) return doc.add('pii.address', start, end, 'pii.address/po-box');
  if (UNIT_BEFORE_NUMBER.test(prefix)) {
    const lineEnd = stickyAt(UNIT_LINE_AFTER_NUMBER, text, end);
    if (lineEnd > 0) return doc.add('pii.address', start, lineEnd, 'pii.address/unit');
  }
  if (digits === 5 && CITY_STATE_BEFORE_ZIP.test(prefix))
    return doc.add('pii.address', start, end, 'pii.address/postal-line');
  if (digits === 6 && INDIAN_STATE_BEFORE_PIN.test(prefix))
    return doc.add('pii.address', start, end, 'pii.address/postal-line');
}

function scanDigitRun(doc: ScanDoc, run: DigitRun): void {
  const groups = run.groupStarts.length;
  for (let g = 0; g < groups; g++) {
    const from = run.groupStarts[g];
    const to = g + 1 < groups ? run.groupStarts[g + 1] : run.digits.length;
    // A six-digit PIN may be written "411 051": join a 3+3 pair.
    const joinPin =
      to - from === 3 &&
      g + 1 < groups &&
      run.seps[g] === ' ' &&
      (g + 2 < groups ? run.groupStarts[g + 2] : run.digits.length) - to === 3;
    const last = joinPin ? (g + 2 < groups ? run.groupStarts[g + 2] : run.digits.length) : to;
    scanNumber(doc, run.offsetOf(from), run.offsetOf(last - 1) + 1, last - from);
  }
}

// Outward code, optional space, inward code (the letters C, I, K, M, O, V never end a postcode).
// Sticky: tried only where a postcode can start (see scanUkPostcodes), never over the whole text.
const UK_POSTCODE =
  /\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b/y;
// Offsets of a postcode's first digit from its start: "A9", "AA9", "GIR0AA", "GIR 0AA".
const FIRST_DIGIT_OFFSETS = [4, 3, 2, 1];
const TOWN_BEFORE = new RegExp(
  `(?:^|[\\s,])([${U}][a-z\\u00df-\\u00f6\\u00f8-\\u00ff'\\u2019-]{2,30})[ \\t]?,?[ \\t]$`,
);
const NOT_TOWN = new Set([
  'From',
  'To',
  'In',
  'At',
  'The',
  'Is',
  'Of',
  'And',
  'Or',
  'Code',
  'Postcode',
  'Between',
  'Near',
  'Use',
  'Try',
  'Check',
  'Enter',
  'Format',
  'Example',
  'Like',
  'See',
  'Via',
  'Validate',
  'Parse',
  'Match',
  'Is',
  'Was',
]);
const ADDRESS_WORDS =
  /\b(?:address|addressed|ship(?:ping)?|deliver(?:y|ed)?|send (?:it |this |the \w{1,20} )?to|post(?:ed)? to|mail(?:ed)? to|lives?|living|located|resid(?:es|ence|ent)|home|flat|street|road|avenue|lane|drive|dirección|adresse|indirizzo|endereço|adres|adress|osoite)\b/;

/**
 * A postcode's first digit follows a letter (or "GIR "), so it always starts a digit run: the
 * pattern is tried at the few offsets before each run's start instead of at every position of the
 * text. Postcodes cannot overlap (each is a word bounded on both sides), so trying the starts in
 * text order and skipping those inside the previous match finds exactly what a scan would.
 */
function scanUkPostcodes(doc: ScanDoc, runs: readonly DigitRun[]): void {
  const text = doc.text;
  let matchedUpTo = 0;
  for (const run of runs) {
    for (const offset of FIRST_DIGIT_OFFSETS) {
      const at = run.start - offset;
      if (at < matchedUpTo || !isUpperAscii(text.charCodeAt(at))) continue; // every postcode opens with a capital
      const end = stickyAt(UK_POSTCODE, text, at);
      if (end < 0) continue;
      matchedUpTo = end;
      const town = TOWN_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      if ((town !== null && !NOT_TOWN.has(town[1])) || doc.hasContext(at, end, ADDRESS_WORDS, 64, 0)) {
        doc.add('pii.address', at, end, 'pii.address/uk-postcode');
      }
      break;
    }
  }
}

function scanAddresses(doc: ScanDoc): void {
  const runs = doc.digitRuns();
  if (runs.length === 0) return;
  for (const run of runs) scanDigitRun(doc, run);
  scanUkPostcodes(doc, runs);
}

export const addressDetector: Detector = {
  id: 'people.addresses',
  categories: ['pii.address'],
  scan: scanAddresses,
};
