/**
 * Text → hashed features, in one pass over the UTF-16 code units, allocating nothing per token.
 * Training and inference both call `forEachFeature`, so a model always sees the features it was
 * trained on.
 *
 * A token is a run of letters and digits, case- and accent-folded (so "Kündigung", "kundigung" and
 * "KÜNDIGUNG" are one token) with every digit folded to 0 (so "Q3" and "Q4", "FY2025" and "FY2026"
 * share a feature). Each token yields up to three features:
 * - the word itself;
 * - its first PREFIX_LENGTH characters, when the word is longer: a cheap stem that ties together
 *   inflections ("terminated", "termination") in English and, more usefully, in German, Polish and
 *   Finnish, whose endings a word list would never cover;
 * - the bigram with the previous token ("our lawsuit" is not "lawsuit").
 * Tokens made only of digits are skipped: amounts, dates, versions and identifiers say nothing
 * about the topic, and a model trained on them would read any arithmetic as a financial matter.
 * Feature ids are FNV-1a hashes, finalized with MurmurHash3's fmix32 and masked to the model's
 * hash space; the three kinds are salted so that they never share a slot by construction.
 *
 * The classifier joins the messages of a chat with a record separator (U+001E, see detect.ts). It
 * ends a segment: no bigram spans it, and `onSegmentEnd` learns where it fell, so the model can
 * score each message on its own as well as the chat as a whole.
 */
import { SEGMENT_SEPARATOR_CODE } from '../segment-joiner';

/** Characters of a word kept as its prefix feature. */
export const PREFIX_LENGTH = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SALT_WORD = 0x2545f491;
const SALT_PREFIX = 0x68e31da4;
const SALT_BIGRAM = 0x5d7d2fb3;

/** Up to U+024F: the folded code unit of a letter or digit, 0 for a separator. */
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x250);
  const letter = /^\p{L}$/u;
  for (let code = 0; code < table.length; code++) {
    if (code >= 0x30 && code <= 0x39) {
      table[code] = 0x30;
      continue;
    }
    const ch = String.fromCharCode(code);
    if (!letter.test(ch)) continue;
    // NFD splits "é" into "e" + combining accent; the base letter, lower-cased, is the fold.
    table[code] = ch.normalize('NFD').charAt(0).toLowerCase().charCodeAt(0);
  }
  return table;
}

/**
 * Folded code unit of `code`, or 0 when it separates tokens. Beyond Latin Extended-B, anything but
 * punctuation, symbols, surrogates and specials counts as a letter: the model has no weights for
 * those scripts, yet they still must not glue two Latin words together.
 */
function foldCode(code: number): number {
  if (code < 0x250) return FOLD[code];
  if (code >= 0x2000 && code <= 0x2bff) return 0;
  if (code >= 0x3000 && code <= 0x303f) return 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  if (code >= 0xfe00) return code >= 0xff10 && code <= 0xff19 ? 0x30 : 0;
  return code;
}

/** MurmurHash3 fmix32: spreads the FNV state over all bits before masking. */
function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Receives one feature id and the 0-based ordinal of the token that produced it. */
export type FeatureVisitor = (feature: number, token: number) => void;

/** Receives the number of tokens before a segment separator, that is, where the next segment starts. */
export type SegmentVisitor = (tokensBefore: number) => void;

/** The character that separates the messages of a chat in the classifier's joined text. */
export const SEGMENT_SEPARATOR = SEGMENT_SEPARATOR_CODE;

/**
 * Calls `visit` for every feature of `text`, tokens in order, in a hash space of `2^hashBits`,
 * and `onSegmentEnd` at every segment separator. Returns the number of tokens.
 */
export function forEachFeature(
  text: string,
  hashBits: number,
  visit: FeatureVisitor,
  onSegmentEnd?: SegmentVisitor,
): number {
  const mask = hashBits >= 32 ? 0xffffffff : (1 << hashBits) - 1;
  let token = 0;
  let previous = 0;
  let hasPrevious = false;
  let hash = FNV_OFFSET;
  let prefixHash = 0;
  let length = 0;
  let lettered = false;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0;
    const folded = i < end ? foldCode(code) : 0;
    if (folded !== 0) {
      hash = Math.imul(hash ^ folded, FNV_PRIME);
      length++;
      if (folded !== 0x30) lettered = true;
      if (length === PREFIX_LENGTH) prefixHash = hash;
      continue;
    }
    const segmentEnds = code === SEGMENT_SEPARATOR && i < end;
    if (length === 0 || !lettered) {
      hash = FNV_OFFSET;
      length = 0;
      lettered = false;
      if (segmentEnds) {
        hasPrevious = false;
        onSegmentEnd?.(token);
      }
      continue;
    }
    visit((finalize(hash ^ SALT_WORD) & mask) >>> 0, token);
    if (length > PREFIX_LENGTH) visit((finalize(prefixHash ^ SALT_PREFIX) & mask) >>> 0, token);
    if (hasPrevious)
      visit((finalize(Math.imul(previous, 0x27d4eb2d) ^ hash ^ SALT_BIGRAM) & mask) >>> 0, token);
    previous = hash;
    hasPrevious = true;
    token++;
    hash = FNV_OFFSET;
    length = 0;
    lettered = false;
    if (segmentEnds) {
      hasPrevious = false;
      onSegmentEnd?.(token);
    }
  }
  return token;
}
