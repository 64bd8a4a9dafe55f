/**
 * Candidate identifiers for the national-id, document and health detectors, found in one pass and
 * shared by them. An identifier is one or more alphanumeric chunks glued by short separators
 * (`AA 12 34 56 B`, `1EG4-TE5-MK73`, `F862.497.19.073.5`, `4 E D 2 Y C 1 M R 3 9`) with at least
 * one digit. Only chunks near a digit are looked at, so prose costs almost nothing.
 */
import type { ScanDoc } from '../../types';

/** A run of glued chunks around digits; spans are taken inside it. */
export interface IdCluster {
  readonly start: number;
  readonly end: number;
}

/** One candidate value. Offsets are into the normalized text. */
export interface IdSpan {
  readonly start: number;
  readonly end: number;
  /** Letters (upper-cased) and digits of the span, separators removed. */
  readonly compact: string;
  /** Chunk lengths in order: `[9]` for `AB1234567`, `[3, 3, 3]` for `130 692 544`. */
  readonly groups: readonly number[];
  /** The cluster the span belongs to. */
  readonly cluster: IdCluster;
}

export interface IdCandidates {
  readonly clusters: readonly IdCluster[];
  readonly spans: readonly IdSpan[];
}

/** Longest value considered (a 16-character codice fiscale or licence, a 20-character member id). */
export const MAX_COMPACT = 20;
// Separators between chunks: 1–2 of space, tab, line break, dash, dot, slash, plus ("  ", "\r\n").
const MAX_SEPARATOR = 2;
// A word of 2–6 letters next to a digit chunk may be part of the value (NINO prefix, CF surname).
const MAX_NEIGHBOUR_WORD = 6;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSeparator(c: number): boolean {
  // space, tab, LF, CR, '-', '.', '/', and '+' (a century sign in Finnish and Swedish numbers)
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 46 || c === 47 || c === 43;
}

/** The chunks of one cluster, as parallel arrays (a cluster can hold a megabyte of chunks). */
interface Chunks {
  readonly starts: number[];
  readonly ends: number[];
  readonly digit: boolean[];
}

function allDigitChunk(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function chunkHasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Start of the chunk ending just before `pos` across a short separator, or -1. */
function chunkStartBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && pos - i < MAX_SEPARATOR && isSeparator(text.charCodeAt(i - 1))) i--;
  if (i === pos || i === 0 || !isAlnum(text.charCodeAt(i - 1))) return -1;
  while (i > 0 && isAlnum(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of the chunk starting just after `pos` across a short separator, or -1 (start via `afterStart`). */
function chunkStartAfter(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && i - pos < MAX_SEPARATOR && isSeparator(text.charCodeAt(i))) i++;
  if (i === pos || i >= text.length || !isAlnum(text.charCodeAt(i))) return -1;
  return i;
}

function chunkEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isAlnum(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether a letter-only chunk joins the cluster: single letters always (spaced-out values), short
 * words only beside a digit chunk, and the walk stops after such a word.
 */
function joinWord(len: number, besideDigit: boolean): 'join' | 'join-and-stop' | 'stop' {
  if (len === 1) return 'join';
  if (len <= MAX_NEIGHBOUR_WORD && besideDigit) return 'join-and-stop';
  return 'stop';
}

function buildCluster(text: string, seedStart: number, seedEnd: number): Chunks {
  const leftStarts: number[] = [];
  const leftEnds: number[] = [];
  const leftDigit: boolean[] = [];
  let curStart = seedStart;
  let curDigit = true;
  for (;;) {
    const qs = chunkStartBefore(text, curStart);
    if (qs < 0) break;
    let qe = qs;
    while (qe < text.length && isAlnum(text.charCodeAt(qe))) qe++;
    const qDigit = chunkHasDigit(text, qs, qe);
    const how = qDigit ? 'join' : joinWord(qe - qs, curDigit);
    if (how === 'stop') break;
    leftStarts.push(qs);
    leftEnds.push(qe);
    leftDigit.push(qDigit);
    if (how === 'join-and-stop') break;
    curStart = qs;
    curDigit = qDigit;
  }
  const chunks: Chunks = {
    starts: leftStarts.reverse(),
    ends: leftEnds.reverse(),
    digit: leftDigit.reverse(),
  };
  chunks.starts.push(seedStart);
  chunks.ends.push(seedEnd);
  chunks.digit.push(true);
  let curEnd = seedEnd;
  curDigit = true;
  for (;;) {
    const qs = chunkStartAfter(text, curEnd);
    if (qs < 0) break;
    const qe = chunkEnd(text, qs);
    const qDigit = chunkHasDigit(text, qs, qe);
    const how = qDigit ? 'join' : joinWord(qe - qs, curDigit);
    if (how === 'stop') break;
    chunks.starts.push(qs);
    chunks.ends.push(qe);
    chunks.digit.push(qDigit);
    if (how === 'join-and-stop') break;
    curEnd = qe;
    curDigit = qDigit;
  }
  return chunks;
}

/** True when a line break separates chunk `i + 1` from chunk `i`. */
function lineBreakAfter(text: string, c: Chunks, i: number): boolean {
  for (let p = c.ends[i]; p < c.starts[i + 1]; p++) {
    const code = text.charCodeAt(p);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

// Shortest value any rule looks at (a 5-character licence or record number).
const MIN_COMPACT = 5;

function chunkLength(c: Chunks, i: number): number {
  return c.ends[i] - c.starts[i];
}

function isSingle(c: Chunks, i: number): boolean {
  return i >= 0 && i < c.starts.length && c.ends[i] - c.starts[i] === 1;
}

/** True when chunk `i + 1` holds a digit and sits on the same line as chunk `i`. */
function digitGluedAfter(text: string, c: Chunks, i: number): boolean {
  return c.digit[i + 1] && !lineBreakAfter(text, c, i);
}

function isMixed(text: string, c: Chunks, i: number): boolean {
  return c.digit[i] && !allDigitChunk(text, c.starts[i], c.ends[i]);
}

/**
 * Spans of a cluster that do not cut through a number: a span never has a digit chunk glued on
 * either side on the same line (a digit chunk on the next line, as in a numbered list or a form,
 * does not count), and never starts or ends inside a run of single characters (so `4 E D 2 …` is
 * read whole, and a megabyte of `1 a 1 a` yields one span, not millions). A chunk mixing letters
 * and digits is a token of its own (`GL0285191 EU4488929`), whatever surrounds it.
 */
function emitSpans(text: string, c: Chunks, cluster: IdCluster, out: IdSpan[]): void {
  const n = c.starts.length;
  let firstDigit = -1; // first digit chunk at or after k
  for (let k = 0; k < n; k++) {
    if (firstDigit < k) {
      firstDigit = k;
      while (firstDigit < n && !c.digit[firstDigit]) firstDigit++;
      if (firstDigit >= n) break;
    }
    const mixedStart = isMixed(text, c, k);
    if (k > 0 && c.digit[k - 1] && !lineBreakAfter(text, c, k - 1) && !mixedStart) continue;
    if (isSingle(c, k) && isSingle(c, k - 1)) continue;
    let total = 0;
    for (let g = k; g < firstDigit && total <= MAX_COMPACT; g++) total += chunkLength(c, g);
    for (let m = firstDigit; m < n; m++) {
      total += chunkLength(c, m);
      if (total > MAX_COMPACT) break;
      const ownToken = m === k && mixedStart;
      if (m + 1 < n && digitGluedAfter(text, c, m) && !ownToken) continue;
      if (isSingle(c, m) && isSingle(c, m + 1)) continue;
      if (total < MIN_COMPACT) continue;
      const groups: number[] = [];
      let compact = '';
      for (let g = k; g <= m; g++) {
        groups.push(chunkLength(c, g));
        compact += text.slice(c.starts[g], c.ends[g]);
      }
      out.push({ start: c.starts[k], end: c.ends[m], compact: compact.toUpperCase(), groups, cluster });
    }
  }
}

function findCandidates(text: string): IdCandidates {
  const clusters: IdCluster[] = [];
  const spans: IdSpan[] = [];
  const digit = /[0-9]/g;
  let from = 0;
  for (;;) {
    digit.lastIndex = from;
    if (!digit.test(text)) break;
    const hit = digit.lastIndex - 1;
    let start = hit;
    while (start > 0 && isAlnum(text.charCodeAt(start - 1))) start--;
    const end = chunkEnd(text, hit);
    const chunks = buildCluster(text, start, end);
    const cluster: IdCluster = { start: chunks.starts[0], end: chunks.ends[chunks.ends.length - 1] };
    clusters.push(cluster);
    emitSpans(text, chunks, cluster, spans);
    from = Math.max(cluster.end, end);
  }
  return { clusters, spans };
}

const CANDIDATES = Symbol('identifier candidates');

/** The candidate identifiers of `doc`, computed once and shared by the detectors that need them. */
export function idCandidates(doc: ScanDoc): IdCandidates {
  return doc.shared(CANDIDATES, (d) => findCandidates(d.text));
}
