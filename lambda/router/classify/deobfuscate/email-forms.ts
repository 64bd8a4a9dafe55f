import type { CueWord } from './cue-words';
import type { Rewrite } from './rewrite';

/** Words for "@" (Spanish/Portuguese, French) and for the dot: the word cues of this pass. */
export const EMAIL_CUE_WORDS: readonly string[] = ['dot', 'arroba', 'arobase'];

// A bracketed "at" or dot: "[at]", "( at )", "{dot}", "[.]"…
const BRACKETED = /[[({<] ?(?:at|dot|\.) ?[\])}>]/y;

function hasBracketedForm(lower: string): boolean {
  for (const open of '[({<') {
    for (let k = lower.indexOf(open); k !== -1; k = lower.indexOf(open, k + 1)) {
      BRACKETED.lastIndex = k;
      if (BRACKETED.test(lower)) return true;
    }
  }
  return false;
}

function hasSpacedAtSign(lower: string): boolean {
  for (let k = lower.indexOf('@'); k !== -1; k = lower.indexOf('@', k + 1)) {
    if (lower.charCodeAt(k - 1) === 32 || lower.charCodeAt(k + 1) === 32) return true;
  }
  return false;
}

/**
 * Pre-check: a cue word, a bracketed "at" or dot, or an "@" with a space beside it. Every address
 * rewriteEmailForms accepts has one (a plain " at " is accepted only together with a "dot"). The
 * brackets and "@" are found with single-character searches, which skip ordinary prose quickly.
 */
export function mayHaveObfuscatedEmail(lower: string, cues: readonly CueWord[]): boolean {
  return (
    cues.some((cue) => EMAIL_CUE_WORDS.includes(cue.word)) ||
    hasBracketedForm(lower) ||
    hasSpacedAtSign(lower)
  );
}

// An "at": bracketed ("[at]", "( at )"…), the word "at", the "@" sign, or the word for "@" in
// Spanish/Portuguese and French; with up to two spaces on each side.
const AT_FORM = / {0,2}(?:[[({<] ?at ?[\])}>]|\bat\b|@|\barroba\b|\barobase\b) {0,2}/g;
// A dot: bracketed, bare, or a word ("dot"; Spanish/Italian, German, Portuguese, French words).
const DOT_AFTER = /^ {0,2}(?:[[({<] ?(?:dot|\.) ?[\])}>]|\.|(dot|punto|punkt|ponto|point)\b) {0,2}/;
const DOT_BEFORE = / {0,2}(?:[[({<] ?(?:dot|\.) ?[\])}>]|\b(dot|punto|punkt|ponto|point)) {0,2}$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?/;
const TOP_LEVEL = /^[a-z]{2,24}$/;
const LOCAL_CHAR = /^[a-z0-9._%+-]$/;
const MAX_LOCAL = 64;
const MAX_LABELS = 6;
const MAX_LOCAL_PARTS = 4;

// A host never named like this; "<word> at the dot <word>" is prose ("look at the dot product").
// prettier-ignore
const PROSE_HOST = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our',
  'their', 'each', 'every', 'any', 'some', 'one', 'least', 'most', 'all', 'first', 'last', 'home',
  'work', 'school', 'night', 'noon', 'once', 'which', 'what', 'where',
]);

type AtKind = 'sign' | 'word' | 'unmistakable';
type DotKind = 'bare' | 'spaced' | 'symbol' | 'dot-word' | 'foreign-word';

interface Dot {
  readonly start: number;
  readonly end: number;
  readonly kind: DotKind;
}

function dotKind(form: string, word: string | undefined): DotKind {
  if (word !== undefined) return word === 'dot' ? 'dot-word' : 'foreign-word';
  if (form === '.') return 'bare';
  return form.trim() === '.' ? 'spaced' : 'symbol';
}

function atKind(form: string): AtKind {
  const core = form.trim();
  if (core === 'at') return 'word';
  return form === '@' ? 'sign' : 'unmistakable';
}

function labelEnd(lower: string, at: number): number {
  const m = LABEL.exec(lower.slice(at, at + 63));
  return m === null ? -1 : at + m[0].length;
}

function localStart(lower: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_LOCAL && LOCAL_CHAR.test(lower[start - 1])) start--;
  return start;
}

/** An address around one "at": its local-part and host dots, or undefined when it is none. */
function addressAround(
  lower: string,
  atStart: number,
  atEnd: number,
): { dots: Dot[]; host: string } | undefined {
  const dots: Dot[] = [];
  // Local part, then earlier parts joined by a written-out dot ("first dot last").
  let start = localStart(lower, atStart);
  if (start === atStart) return undefined;
  for (let k = 1; k < MAX_LOCAL_PARTS; k++) {
    const window = lower.slice(Math.max(0, start - 12), start);
    const m = DOT_BEFORE.exec(window);
    if (m === null) break;
    const dotStart = start - m[0].length;
    const before = localStart(lower, dotStart);
    if (before === dotStart) break;
    dots.push({ start: dotStart, end: start, kind: dotKind(m[0], m[1]) });
    start = before;
  }
  if (!/^[a-z0-9]$/.test(lower[start])) return undefined;
  // Host: labels joined by dots, at least two labels, the last one alphabetic.
  let end = labelEnd(lower, atEnd);
  if (end < 0) return undefined;
  const firstLabelEnd = end;
  let lastLabelStart = atEnd;
  for (let k = 0; k < MAX_LABELS; k++) {
    const m = DOT_AFTER.exec(lower.slice(end, end + 16));
    if (m === null) break;
    const next = labelEnd(lower, end + m[0].length);
    if (next < 0) break;
    dots.push({ start: end, end: end + m[0].length, kind: dotKind(m[0], m[1]) });
    lastLabelStart = end + m[0].length;
    end = next;
  }
  if (lastLabelStart === atEnd || !TOP_LEVEL.test(lower.slice(lastLabelStart, end))) return undefined;
  return { dots, host: lower.slice(atEnd, firstLabelEnd) };
}

/**
 * Email addresses written to dodge a filter — "name [at] host [dot] com", "name (at) host.com",
 * "name at host dot com", "first dot last at host dot co dot uk", "name @ host . com", "juan
 * arroba gmail punto com" — become "name@host.com" in the view. The rules keep prose out:
 * - an unmistakable "at" (bracketed, "@" with spaces, or a word for "@") takes any dots;
 * - the word "at" needs a bracketed dot or the word "dot", no dot words of other languages or
 *   spaced dots, and a host that is not a prose word ("look at the dot product");
 * - an "@" sign needs a bracketed dot or the word "dot" (else nothing is hidden);
 * - the host has at least two labels and ends in an alphabetic top-level label.
 * Only the "at" and the written-out dots are replaced; the address's own letters keep their offsets.
 */
export function rewriteEmailForms(lower: string): Rewrite[] {
  const rewrites: Rewrite[] = [];
  AT_FORM.lastIndex = 0;
  for (let m = AT_FORM.exec(lower); m !== null; m = AT_FORM.exec(lower)) {
    const atStart = m.index;
    const atEnd = atStart + m[0].length;
    const kind = atKind(m[0]);
    const address = addressAround(lower, atStart, atEnd);
    if (address === undefined) continue;
    const { dots, host } = address;
    const writtenDot = dots.some((d) => d.kind === 'symbol' || d.kind === 'dot-word');
    const looseDot = dots.some((d) => d.kind === 'foreign-word' || d.kind === 'spaced');
    if (kind === 'sign' && (!writtenDot || looseDot)) continue;
    if (kind === 'word' && (!writtenDot || looseDot || PROSE_HOST.has(host))) continue;
    if (kind !== 'sign') rewrites.push({ start: atStart, end: atEnd, text: '@' });
    for (const d of dots) if (d.kind !== 'bare') rewrites.push({ start: d.start, end: d.end, text: '.' });
  }
  return rewrites;
}
