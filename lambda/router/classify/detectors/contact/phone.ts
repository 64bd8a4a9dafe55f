import { internationalNumberValid, nanpValid } from '../../validators/phone';
import { isWordCode } from '../../validators/digit-windows';
import type { Detector, ScanDoc } from '../../types';

// A phone-shaped token: optional "+", optional "(", digits with spaces, dashes, dots, parentheses.
const PHONE_CANDIDATE = /(?:\+ ?)?\(?[0-9][0-9 ().-]{4,30}[0-9]\)?/g;

// Words that say a number is a phone number (English, Spanish, Portuguese, French, German,
// Italian, Dutch, Turkish, Filipino), or "my/your … number".
const PHONE_CONTEXT =
  /phone|\btel\b|\btel\.|\bmobile|\bmobil|\bcell|celular|m[oó]vil|\bhandy|portable|whatsapp|\bsms\b|\btext me|\bcall|\bring\b|\bdial|\bfax\b|contact|reach me|voicemail|rappeler|appeler|llamar|ligar|anrufen|\bnum[eé]ro|\bnummer|\bcep\b|telepono|\b(?:my|your|his|her|their|our)\b[^\n.]{0,24}\bnumber/;

interface Group {
  readonly digits: string;
  /** Separator characters before this group (empty for the first). */
  readonly sep: string;
}

function splitGroups(token: string): Group[] {
  const groups: Group[] = [];
  let sep = '';
  let i = 0;
  while (i < token.length) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const from = i;
      while (i < token.length && token.charCodeAt(i) >= 48 && token.charCodeAt(i) <= 57) i++;
      groups.push({ digits: token.slice(from, i), sep });
      sep = '';
    } else {
      sep += token[i];
      i++;
    }
  }
  return groups;
}

// Between two digit groups: up to two spaces, one dash or dot (optionally spaced), and the
// closing/opening parenthesis of an area code.
const GOOD_SEPARATOR = /^(?:\) ?|\)-|\)\.)?(?: {1,2}| ?[-.] ?)?(?:\( ?)?$/;

function separatorsValid(groups: readonly Group[]): boolean {
  for (let k = 1; k < groups.length; k++) {
    const sep = groups[k].sep;
    if (sep.length === 0 || sep.length > 3 || !GOOD_SEPARATOR.test(sep)) return false;
  }
  return true;
}

function lengths(groups: readonly Group[]): string {
  return groups.map((g) => g.digits.length).join('-');
}

/** 2024-01-15, 15.01.2024, 1.2.3.4 and similar: dates, versions, addresses, not phone numbers. */
function looksLikeDateOrDotted(groups: readonly Group[]): boolean {
  const shape = lengths(groups);
  const first = groups[0].digits;
  if (/^4-[12]-[12]/.test(shape) && (first.startsWith('19') || first.startsWith('20'))) return true;
  if (/^[12]-[12]-4$/.test(shape)) return true;
  const dots = groups.slice(1).filter((g) => g.sep.includes('.')).length;
  return dots >= 2 && groups.every((g) => g.digits.length <= 3);
}

/** Last group of 3+ digits, or a tail of at least two pairs (French and Turkish style). */
function phoneGrouping(groups: readonly Group[]): boolean {
  if (groups[groups.length - 1].digits.length >= 3) return true;
  let pairs = 0;
  for (let k = groups.length - 1; k >= 1 && groups[k].digits.length === 2; k--) pairs++;
  return pairs >= 2;
}

/** What a candidate is, given whether a phone word is near. */
function isPhone(groups: readonly Group[], plus: boolean, hasContext: () => boolean): boolean {
  if (plus) {
    // "+44 (0)20 …": the bracketed trunk 0 is not dialled from abroad.
    const dialled =
      groups.length > 2 && groups[1].digits === '0' && groups[1].sep.includes('(')
        ? groups.filter((_, k) => k !== 1)
        : groups;
    const international = dialled.map((g) => g.digits).join('');
    return international.length >= 8 && international.length <= 15 && internationalNumberValid(international);
  }
  const all = groups.map((g) => g.digits).join('');
  if (looksLikeDateOrDotted(groups)) return false;
  const shape = lengths(groups);
  // NANP written as (NPA) NXX-XXXX, NPA-NXX-XXXX, NPA.NXX.XXXX, 1-NPA-NXX-XXXX.
  if (shape === '3-3-4' && nanpValid(all)) return true;
  if (shape === '1-3-3-4' && all[0] === '1' && nanpValid(all.slice(1))) return true;
  // Phone numbers never end in a lone digit; ISBNs and other check-digit codes do.
  if (groups[groups.length - 1].digits.length < 2 && groups.length > 1) return false;
  // National format with trunk prefix 0 in a phone grouping: "07981 624744", "090-1234-5678",
  // "06 83 33 74 21". Other groupings ("0130 3328 00") need a phone word.
  if (
    all[0] === '0' &&
    all[1] !== '0' &&
    groups.length >= 2 &&
    all.length >= 10 &&
    all.length <= 12 &&
    phoneGrouping(groups)
  ) {
    return true;
  }
  // Trunk 0 + 10 digits unbroken: the national mobile format of the UK, Turkey, the Philippines,
  // Nigeria, Japan, Korea; few other numbers are written with a leading zero at that length.
  if (groups.length === 1 && all.length === 11 && all[0] === '0' && all[1] !== '0') return true;
  // Anything else of phone length needs a phone word nearby.
  return all.length >= 8 && all.length <= 12 && hasContext();
}

/**
 * pii.phone: international numbers after "+" (known country code, national length of that
 * country), NANP numbers in their written forms (area code and exchange rules), national numbers
 * with a trunk 0 written in groups, and other 8-13 digit numbers only next to a phone word.
 */
export const phoneDetector: Detector = {
  id: 'contact.phone',
  categories: ['pii.phone'],
  scan(doc: ScanDoc): void {
    const text = doc.text;
    PHONE_CANDIDATE.lastIndex = 0;
    for (let m = PHONE_CANDIDATE.exec(text); m !== null; m = PHONE_CANDIDATE.exec(text)) {
      const token = m[0];
      const start = m.index;
      const end = start + token.length;
      const before = start > 0 ? text.charCodeAt(start - 1) : 32;
      // Glued to a word, an amount, a path or a longer dotted/dashed number.
      if (
        isWordCode(before) ||
        before === 36 ||
        before === 35 ||
        before === 47 ||
        before === 46 ||
        before === 45
      )
        continue;
      if (end < text.length && (isWordCode(text.charCodeAt(end)) || text.charCodeAt(end) === 47)) continue;
      if (phoneToken(doc, token, start, end)) {
        doc.add('pii.phone', start, end, 'pii.phone/number');
        continue;
      }
      // A number broken over two lines ("+81⏎70 7388 4362", "916⏎624 4457"): join the end of the
      // line before or the start of the line after, and judge the whole.
      const head = lineTailBefore(text, start);
      const tail = lineHeadAfter(text, end);
      if (head === start && tail === end) continue;
      const joins: [number, number][] = [];
      if (head < start) joins.push([head, end]);
      if (tail > end) joins.push([start, tail]);
      if (head < start && tail > end) joins.push([head, tail]);
      for (const [from, to] of joins) {
        if (phoneToken(doc, text.slice(from, to).replace(LINE_BREAKS, ' '), from, to)) {
          doc.add('pii.phone', from, to, 'pii.phone/number');
          PHONE_CANDIDATE.lastIndex = Math.max(PHONE_CANDIDATE.lastIndex, to);
          break;
        }
      }
    }
  },
};

/** True when `token` (at `start`..`end` in the text) is a phone number. */
function phoneToken(doc: ScanDoc, token: string, start: number, end: number): boolean {
  const plus = token.charCodeAt(0) === 43;
  const groups = splitGroups(token);
  // "+1 9 5 4 9 8 8 3 8 3 1": every digit spaced out reads as one number.
  const spacedOut = groups.length >= 7 && groups.every((g) => g.digits.length === 1);
  const candidate = spacedOut ? [{ digits: groups.map((g) => g.digits).join(''), sep: '' }] : groups;
  if (!spacedOut && !separatorsValid(groups)) return false;
  return isPhone(candidate, plus, () => doc.hasContext(start, end, PHONE_CONTEXT, 48, 0));
}

const LINE_BREAKS = /[ \t]{0,2}\r?\n[ \t]{0,2}/g;
// A country or area code ending a line, right before the candidate on the next line.
const LINE_TAIL_BEFORE = /(?:^|[^0-9A-Za-z_+./$#-])((?:\+ ?)?\(?[0-9]{1,4}\)?[ \t]{0,2}\r?\n[ \t]{0,2})$/;
// The digits starting the next line, right after a candidate ending its line.
const LINE_HEAD_AFTER = /[ \t]{0,2}\r?\n[ \t]{0,2}[0-9][0-9 ().-]{0,20}[0-9](?![0-9A-Za-z_/])/y;

/** True when a line break sits right before `at`, after at most two spaces or tabs. */
function lineBreakBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

/** True when a line break sits right after `at`, after at most two spaces or tabs. */
function lineBreakAfter(text: string, at: number): boolean {
  for (let k = at; k < text.length && k <= at + 2; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

/** Start of a code that ends the line before `start` (the candidate opens its line), else `start`. */
function lineTailBefore(text: string, start: number): number {
  if (!lineBreakBefore(text, start)) return start;
  const m = LINE_TAIL_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return m === null ? start : start - m[1].length;
}

/** End of the digits opening the line after `end` (the candidate ends its line), else `end`. */
function lineHeadAfter(text: string, end: number): number {
  if (!lineBreakAfter(text, end)) return end;
  LINE_HEAD_AFTER.lastIndex = end;
  const m = LINE_HEAD_AFTER.exec(text);
  return m === null ? end : end + m[0].length;
}
