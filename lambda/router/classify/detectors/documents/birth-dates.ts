/**
 * pii.date_of_birth: a calendar date next to a birth word. A date alone (a meeting, a release) is
 * not a birth date, so the context word comes first: only digit clusters with a birth word nearby
 * are parsed, in numeric forms (31/12/1980, 12-31-80, 1980-12-31, 19801231) and with month names
 * in English, Spanish, German, French, Italian, Portuguese, Dutch, Polish, Swedish and Finnish.
 */
import { isValidDate } from '../../validators/dates';
import type { ScanDoc } from '../../types';
import { idCandidates } from '../national-ids/id-spans';
import { contextPossible, screenContext } from '../national-ids/screened-contexts';

const BIRTH_CONTEXT =
  /(?:^|[^a-z])(?:dob|d\.o\.b)(?:[^a-z]|$)|birth|(?:^|[^a-z])born(?:[^a-z]|$)|geburt|geboren|\bgeb\.|nacimiento|nacid[oa]|naissance|(?:^|[^a-z])n[ée]e? le|nascita|nat[oa] il|nascimento|nascid[oa]|geboorte|urodzeni|urodzon|f[öo]delse|f[öo]dd|syntym|syntyn/;
const BIRTH_SCREEN = screenContext(BIRTH_CONTEXT, 48, 24);

const MONTHS = new Map<string, number>();
const MONTH_NAMES: readonly string[] = [
  // en, es, de, fr, it, pt, nl, pl (genitive and nominative), sv, fi (partitive and nominative)
  'january enero januar jänner janvier gennaio janeiro januari stycznia styczeń styczen tammikuuta tammikuu jan ene gen',
  'february febrero februar février fevrier febbraio fevereiro februari lutego luty helmikuuta helmikuu feb fév fev',
  'march marzo märz maerz marz mars março marco maart marca marzec maaliskuuta maaliskuu mar mär mrt',
  'april abril avril aprile kwietnia kwiecień kwiecien huhtikuuta huhtikuu apr abr avr',
  'may mayo mai maggio maio mei maja maj toukokuuta toukokuu mag',
  'june junio juni juin giugno junho czerwca czerwiec kesäkuuta kesäkuu jun giu',
  'july julio juli juillet luglio julho lipca lipiec heinäkuuta heinäkuu jul lug',
  'august agosto août aout augustus augusti sierpnia sierpień sierpien elokuuta elokuu aug ago',
  'september septiembre setiembre septembre settembre setembro września wrzesnia wrzesień wrzesien syyskuuta syyskuu sep sept set',
  'october octubre oktober octobre ottobre outubro oktober października pazdziernika październik pazdziernik lokakuuta lokakuu oct okt ott out',
  'november noviembre novembre novembro listopada listopad marraskuuta marraskuu nov',
  'december diciembre dezember décembre decembre dicembre dezembro grudnia grudzień grudzien joulukuuta joulukuu dec dic dez',
];
MONTH_NAMES.forEach((names, i) => {
  for (const name of names.split(' ')) MONTHS.set(name, i + 1);
});

// Separators may differ or double up in obfuscated text ("22 01\n1953"); an 8-digit date may be
// written whole or split in two ("0209  1982").
const NUMERIC_DATE =
  /(?<![0-9])([0-9]{1,4})[-/. \n]{1,2}([0-9]{1,2})[-/. \n]{1,2}([0-9]{2,4})(?![0-9])|(?<![0-9])([0-9]{4})[ \n]{0,2}([0-9]{4})(?![0-9])/g;
const DAY_MONTH_YEAR =
  /(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th|er|º|\.)?[ \-/.]{0,2}(?:de |of )?(\p{L}{3,12})\.?,?[ \-/.]{1,2}(?:de |del )?([0-9]{4}|'?[0-9]{2})(?![0-9])/gu;
const MONTH_DAY_YEAR = /(\p{L}{3,12})\.?[ -]{1,2}([0-9]{1,2})(?:st|nd|rd|th)?,?[ ]{1,2}([0-9]{4})(?![0-9])/gu;

const THIS_YEAR = new Date().getUTCFullYear();

function plausibleYear(year: number, digits: number): boolean {
  return digits === 2 || (year >= 1900 && year <= THIS_YEAR);
}

function fullYear(text: string): number {
  const y = Number(text.replace("'", ''));
  return text.replace("'", '').length === 2 ? 1900 + y : y;
}

/** True when the numeric date parts name a real birth date in some common order. */
function numericDateValid(a: string, b: string, c: string): boolean {
  if (a.length === 4) return plausibleYear(+a, 4) && isValidDate(+a, +b, +c);
  if (c.length !== 2 && c.length !== 4) return false;
  if (!plausibleYear(+c, c.length)) return false;
  const year = c.length === 2 ? 1900 + +c : +c;
  return isValidDate(year, +b, +a) || isValidDate(year, +a, +b);
}

function compactDateValid(d: string): boolean {
  const ymd = isValidDate(+d.slice(0, 4), +d.slice(4, 6), +d.slice(6)) && plausibleYear(+d.slice(0, 4), 4);
  const dmy = isValidDate(+d.slice(4), +d.slice(2, 4), +d.slice(0, 2)) && plausibleYear(+d.slice(4), 4);
  const mdy = isValidDate(+d.slice(4), +d.slice(0, 2), +d.slice(2, 4)) && plausibleYear(+d.slice(4), 4);
  return ymd || dmy || mdy;
}

function namedDateValid(day: string, month: string, year: string): boolean {
  const m = MONTHS.get(month);
  if (m === undefined) return false;
  const y = fullYear(year);
  return plausibleYear(y, year.replace("'", '').length) && isValidDate(y, m, +day);
}

/** The dates in `window` (lower-cased text starting at `offset`), as [start, end] pairs. */
function datesIn(window: string, offset: number): [number, number][] {
  const found: [number, number][] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(window); m !== null; m = NUMERIC_DATE.exec(window)) {
    const ok = m[4] !== undefined ? compactDateValid(m[4] + m[5]) : numericDateValid(m[1], m[2], m[3]);
    if (ok) found.push([offset + m.index, offset + m.index + m[0].length]);
  }
  DAY_MONTH_YEAR.lastIndex = 0;
  for (let m = DAY_MONTH_YEAR.exec(window); m !== null; m = DAY_MONTH_YEAR.exec(window)) {
    if (namedDateValid(m[1], m[2], m[3])) found.push([offset + m.index, offset + m.index + m[0].length]);
  }
  MONTH_DAY_YEAR.lastIndex = 0;
  for (let m = MONTH_DAY_YEAR.exec(window); m !== null; m = MONTH_DAY_YEAR.exec(window)) {
    if (namedDateValid(m[2], m[1], m[3])) found.push([offset + m.index, offset + m.index + m[0].length]);
  }
  return found;
}

// How far around a digit cluster a date may extend (month names, "de", ordinal suffixes).
const DATE_REACH = 20;

export function scanBirthDates(doc: ScanDoc): void {
  let lastEnd = -1;
  for (const cluster of idCandidates(doc).clusters) {
    if (cluster.end <= lastEnd) continue;
    if (!contextPossible(doc, cluster, BIRTH_SCREEN)) continue;
    if (!doc.hasContext(cluster.start, cluster.end, BIRTH_CONTEXT, 48, 24)) continue;
    const from = Math.max(0, cluster.start - DATE_REACH);
    const window = doc.lower.slice(from, Math.min(doc.lower.length, cluster.end + DATE_REACH));
    for (const [start, end] of datesIn(window, from)) {
      // Only dates that include this cluster, so each date is judged by its own context.
      if (end <= cluster.start || start >= cluster.end || end <= lastEnd) continue;
      doc.add('pii.date_of_birth', start, end, 'pii.date_of_birth/context');
      lastEnd = end;
    }
  }
  // Obfuscated spacing can split a date anywhere ("230  8197  5"): an 8-digit run that reads as a
  // full date next to a birth word is one, whatever its grouping.
  for (const run of doc.digitRuns()) {
    if (run.digits.length !== 8 || run.groupStarts.length < 2 || run.end <= lastEnd) continue;
    if (!compactDateValid(run.digits) || !doc.hasContext(run.start, run.end, BIRTH_CONTEXT, 48, 24)) continue;
    doc.add('pii.date_of_birth', run.start, run.end, 'pii.date_of_birth/regrouped');
  }
}
