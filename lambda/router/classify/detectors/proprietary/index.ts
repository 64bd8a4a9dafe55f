import type { Detector, ScanDoc } from '../../types';
import { STRONG_MARKERS, WEAK_MARKERS } from './phrases';

/**
 * prop.marker: a document marked confidential, internal-only or privileged. Precision comes from
 * telling a marking from talk about markings:
 * - strong phrases ("internal use only", "do not distribute", "attorney work product") count
 *   unless they are quoted or asked about ("what does 'internal use only' mean?");
 * - single words ("confidential", "restricted", "vertraulich") count only where a marking goes:
 *   in capitals, as a header line, after "Classification:" / "marked", or stated of the material
 *   ("this memo is confidential"). "What is confidential computing?" is not a marking.
 */

function phraseSource(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\&]/g, (c) => (c === '&' ? '&' : `\\${c}`)))
    .join('[\\s-]{1,3}');
}

const byLength = (a: string, b: string) => b.length - a.length;
// Word characters as plain ranges: a non-Unicode regex runs far faster than \p{L} look-arounds.
const W = 'a-z0-9_\u00c0-\u024f';
const MARKERS = new RegExp(
  `(?:^|[^${W}])(?:(?<strong>${[...STRONG_MARKERS].sort(byLength).map(phraseSource).join('|')})|(?<weak>${[...WEAK_MARKERS].sort(byLength).map(phraseSource).join('|')}))(?![${W}])`,
  'g',
);

// Cheap gate: the start of the longest word of every marker ("distri" for "do not distribute").
const HINT = new RegExp(
  [
    ...new Set(
      [...STRONG_MARKERS, ...WEAK_MARKERS].map((phrase) =>
        phrase
          .split(' ')
          .reduce((a, b) => (b.length > a.length ? b : a))
          .slice(0, 6)
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      ),
    ),
  ].join('|'),
);

// A label that makes the next word a marking.
const LABEL_BEFORE =
  /(?:classification|classified as|classification level|security level|sensitivity|sensitivity label|data class|label|labelled|labeled|marked|marking|stamped|tlp|status|klassifizierung|einstufung|clasificación|classificazione|classificação|classificatie|klassificering|luokitus)\s{0,3}[:=(\-–—]?\s{0,3}["'`“‘(*_[]{0,3}$/;

// "this memo is confidential", "the following is proprietary", "contains confidential information".
const STATED_OF_MATERIAL =
  /(?:this|the following|the attached|attached|below|enclosed|these|the above|our|all)(?:\s[\p{L}-]{1,20}){0,4}\s(?:is|are|remains?|contains?|includes?|ist|sind|est|sont|es|son|è|sono|é|são|is|zijn|jest|są|är|on)(?:\s(?:strictly|highly|considered|treated as|marked|streng|strictement|estrictamente|strettamente|estritamente|strikt))?\s{0,2}$/u;

// A marking on its own: after a line start (allowing list/markdown/bracket decoration) …
const LINE_START_BEFORE = /(?:^|\n)[ \t>#*_[(\-–—|"'`]{0,6}$/;
// … and followed by the end of the line, a colon or a dash, a bracket or a slash.
const LINE_END_AFTER = /^[ \t*_\])"'`]{0,4}(?:$|\n|[:\-–—|/)\].]|\s[-–—/|]|\s\()/;

const QUESTION_START =
  /(?:^|[.!?\n]\s{0,3})(?:what|how|why|when|which|who|is there|are there|can you explain|explain|define|tell me about|difference|qué|cómo|was|wie|warum|qu'|que|comment|pourquoi|cosa|come|perché|o que|como|wat|hoe|co|jak|vad|hur|mikä|miten)\b[^.!?\n]{0,200}$/;
const DEICTIC_BEFORE =
  /(?:this|these|the following|attached|enclosed|below|our|marked|labell?ed|stamped)\b[^.!?\n]{0,40}$/;

function quoted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /["'`“‘«„]\s?$/.test(before) && /^\s?["'`”’»“]/.test(after);
}

function isAllCaps(original: string): boolean {
  return /[A-Z]/.test(original) && original === original.toUpperCase();
}

function scanMarkers(doc: ScanDoc): void {
  const lower = doc.lower;
  if (!HINT.test(lower)) return;
  const text = doc.text;
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(lower); m !== null; m = MARKERS.exec(lower)) {
    const phrase = m.groups!.strong ?? m.groups!.weak!;
    const end = m.index + m[0].length;
    const start = end - phrase.length;
    const before = lower.slice(Math.max(0, start - 80), start);
    const after = lower.slice(end, end + 12);
    const labelled = LABEL_BEFORE.test(before);
    if (!labelled && quoted(text, start, end)) continue; // talk about the word, not a marking
    const asked = QUESTION_START.test(before) && !DEICTIC_BEFORE.test(before);
    if (m.groups!.strong !== undefined) {
      if (!asked) doc.add('prop.marker', start, end, 'prop.marker/phrase');
      continue;
    }
    const original = text.slice(start, end);
    const marking =
      labelled ||
      (isAllCaps(original) && original.length > 4) ||
      (LINE_START_BEFORE.test(before) && LINE_END_AFTER.test(after)) ||
      STATED_OF_MATERIAL.test(before);
    if (marking && !asked) doc.add('prop.marker', start, end, 'prop.marker/marking');
  }
}

export const proprietaryDetectors: readonly Detector[] = [
  { id: 'proprietary.markers', categories: ['prop.marker'], scan: scanMarkers },
];
