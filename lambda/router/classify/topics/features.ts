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
 * - the bigram with the previous token ("our lawsuit" is not "lawsuit");
 * - an anchored stem, when the token lies within ANCHOR_REACH tokens of a first-person anchor
 *   ("our", "my", "we", "us" and their forms in the shipped languages) in the same segment.
 * The anchored stem is what tells an internal matter from a general question: "my direct report
 * was dismissed" and "our client's settlement" share it with every other anchored "dismissed" or
 * "settlement", whichever anchor and however many words sit between, so the model learns that an
 * anchor near a field's word marks the organisation's own case without memorizing each phrasing.
 * One salt serves every anchor, so the pairing carries over between anchors and languages. Tokens
 * shorter than ANCHOR_MIN_LENGTH are mostly function words and get no anchored stem; an anchor is
 * never paired with another anchor.
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
const SALT_ANCHORED = 0x1b873593;

/** Tokens either side of an anchor that get an anchored stem. */
export const ANCHOR_REACH = 6;
/** Shortest token (in characters) that gets an anchored stem. */
const ANCHOR_MIN_LENGTH = 4;

/**
 * First-person words that mark a matter as the writer's or the organisation's own, folded as
 * tokens are (lower case, no accents). Possessives and the plural pronoun in each shipped
 * language; Swedish "vår"/"våra" are left out because they fold to "var"/"vara" ("was", "to be").
 */
export const ANCHOR_WORDS: readonly string[] = [
  // English
  'our',
  'ours',
  'we',
  'us',
  'my',
  'mine',
  // Spanish
  'nuestro',
  'nuestra',
  'nuestros',
  'nuestras',
  'nosotros',
  'nosotras',
  'mi',
  'mis',
  // German
  'unser',
  'unsere',
  'unserem',
  'unseren',
  'unserer',
  'unseres',
  'wir',
  'uns',
  'mein',
  'meine',
  'meinem',
  'meinen',
  'meiner',
  'meines',
  // French
  'notre',
  'nos',
  'nous',
  'mon',
  'ma',
  'mes',
  // Italian
  'nostro',
  'nostra',
  'nostri',
  'nostre',
  'noi',
  'mio',
  'mia',
  'miei',
  'mie',
  // Portuguese
  'nosso',
  'nossa',
  'nossos',
  'nossas',
  'meu',
  'minha',
  'meus',
  'minhas',
  // Dutch
  'onze',
  'ons',
  'wij',
  'mijn',
  // Polish
  'nasz',
  'nasza',
  'naszego',
  'naszej',
  'naszym',
  'naszych',
  'nasze',
  'nas',
  'moj',
  'moja',
  'mojego',
  'mojej',
  'moje',
  'moi',
  // Swedish
  'vart',
  'vi',
  'oss',
  'min',
  'mitt',
  'mina',
  // Finnish
  'meidan',
  'me',
  'meille',
  'meita',
  'minun',
];

/** Up to U+024F: the folded code unit of a letter or digit, 0 for a separator. */
const FOLD_TABLE_SIZE = 0x250;
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(FOLD_TABLE_SIZE);
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
  if (code < FOLD_TABLE_SIZE) return FOLD[code];
  if (code >= 0x2000 && code <= 0x2bff) return 0;
  if (code >= 0x3000 && code <= 0x303f) return 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  if (code >= 0xfe00) return code >= 0xff10 && code <= 0xff19 ? 0x30 : 0;
  return code;
}

const ANCHOR_SLOTS = 256;
const ANCHOR_TABLE = new Uint32Array(ANCHOR_SLOTS);
const ANCHOR_MAX_LENGTH = buildAnchorTable();

/** FNV-1a of a word's folded code units: the state `forEachFeature` holds at the word's end. */
function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ foldCode(word.charCodeAt(i)), FNV_PRIME);
  return hash >>> 0;
}

/** Fills the open-addressed anchor table (0 marks an empty slot); returns the longest anchor. */
function buildAnchorTable(): number {
  let longest = 0;
  for (const word of ANCHOR_WORDS) {
    const hash = wordHash(word);
    let slot = finalize(hash) & (ANCHOR_SLOTS - 1);
    while (ANCHOR_TABLE[slot] !== 0 && ANCHOR_TABLE[slot] !== hash) slot = (slot + 1) & (ANCHOR_SLOTS - 1);
    ANCHOR_TABLE[slot] = hash;
    longest = Math.max(longest, word.length);
  }
  return longest;
}

/**
 * Low bits of every anchor's hash, so nearly every token is ruled out by one byte read instead of
 * a finalize and a probe of the anchor table.
 */
const ANCHOR_FILTER_MASK = 1023;
const ANCHOR_FILTER = buildAnchorFilter();

function buildAnchorFilter(): Uint8Array {
  const filter = new Uint8Array(ANCHOR_FILTER_MASK + 1);
  for (const word of ANCHOR_WORDS) filter[wordHash(word) & ANCHOR_FILTER_MASK] = 1;
  return filter;
}

function isAnchor(hash: number, length: number): boolean {
  if (length > ANCHOR_MAX_LENGTH || ANCHOR_FILTER[hash & ANCHOR_FILTER_MASK] === 0) return false;
  const key = hash >>> 0;
  let slot = finalize(key) & (ANCHOR_SLOTS - 1);
  for (;;) {
    const held = ANCHOR_TABLE[slot];
    if (held === 0) return false;
    if (held === key) return true;
    slot = (slot + 1) & (ANCHOR_SLOTS - 1);
  }
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
 * The features of one text, laid out flat so that a scorer can walk them in a plain loop instead
 * of taking a call per feature. Reuse one buffer across texts: it only grows.
 */
export class FeatureBuffer {
  /** Feature ids, tokens in order; read them with `>>> 0`, since a 32-bit id does not fit an int. */
  features: Int32Array = new Int32Array(1024);
  /** Index in `features` of each token's first feature; entry `tokenCount` is `featureCount`. */
  tokenStarts: Int32Array = new Int32Array(257);
  /** At each segment separator, in order: the number of tokens before it. */
  segmentEnds: Int32Array = new Int32Array(16);
  featureCount = 0;
  tokenCount = 0;
  segmentEndCount = 0;

  /** Room for one more token with its most features: a word, a prefix, a bigram and every anchored stem. */
  reserveToken(): void {
    if (this.featureCount + MOST_FEATURES_PER_TOKEN > this.features.length)
      this.features = grown(this.features, this.featureCount + MOST_FEATURES_PER_TOKEN);
    if (this.tokenCount + 2 > this.tokenStarts.length)
      this.tokenStarts = grown(this.tokenStarts, this.tokenCount + 2);
  }

  addSegmentEnd(tokensBefore: number): void {
    if (this.segmentEndCount === this.segmentEnds.length)
      this.segmentEnds = grown(this.segmentEnds, this.segmentEndCount + 1);
    this.segmentEnds[this.segmentEndCount++] = tokensBefore;
  }
}

const MOST_FEATURES_PER_TOKEN = 3 + ANCHOR_REACH;

function grown(array: Int32Array, atLeast: number): Int32Array {
  const bigger = new Int32Array(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}

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
  // A buffer of its own, so a visitor may itself extract features.
  const buffer = collectFeatures(text, hashBits, new FeatureBuffer());
  const { features, tokenStarts, segmentEnds, tokenCount, segmentEndCount } = buffer;
  let segment = 0;
  for (let token = 0; token < tokenCount; token++) {
    for (; segment < segmentEndCount && segmentEnds[segment] <= token; segment++)
      onSegmentEnd?.(segmentEnds[segment]);
    for (let f = tokenStarts[token]; f < tokenStarts[token + 1]; f++) visit(features[f] >>> 0, token);
  }
  for (; segment < segmentEndCount; segment++) onSegmentEnd?.(segmentEnds[segment]);
  return tokenCount;
}

/**
 * Writes the features of `text`, in a hash space of `2^hashBits`, into `buffer` (emptied first),
 * in the order `forEachFeature` visits them.
 */
export function collectFeatures(text: string, hashBits: number, buffer: FeatureBuffer): FeatureBuffer {
  const mask = hashBits >= 32 ? 0xffffffff : (1 << hashBits) - 1;
  buffer.featureCount = 0;
  buffer.tokenCount = 0;
  buffer.segmentEndCount = 0;
  buffer.reserveToken();
  let features = buffer.features;
  let tokenStarts = buffer.tokenStarts;
  let count = 0;
  let token = 0;
  let previous = 0;
  let hasPrevious = false;
  let hash = FNV_OFFSET;
  let prefixHash = 0;
  let length = 0;
  let lettered = false;
  // Anchored stems of the last ANCHOR_REACH tokens (0: none), so an anchor can pair with the
  // words before it; one buffer per call, none per token.
  const recentStems = new Uint32Array(ANCHOR_REACH);
  let segmentStart = 0;
  let lastAnchor = Number.NEGATIVE_INFINITY;
  let pairedThrough = -1;
  const end = text.length;
  for (let i = 0; i <= end;) {
    // Letters and digits of a token, up to the character that ends it (or the end of the text).
    let code = 0;
    for (; i < end; i++) {
      code = text.charCodeAt(i);
      const folded = code < FOLD_TABLE_SIZE ? FOLD[code] : foldCode(code);
      if (folded === 0) break;
      hash = Math.imul(hash ^ folded, FNV_PRIME);
      length++;
      if (folded !== 0x30) lettered = true;
      if (length === PREFIX_LENGTH) prefixHash = hash;
    }
    const segmentEnds = i < end && code === SEGMENT_SEPARATOR;
    i++;
    if (length === 0 || !lettered) {
      hash = FNV_OFFSET;
      length = 0;
      lettered = false;
      if (segmentEnds) {
        hasPrevious = false;
        segmentStart = token;
        lastAnchor = Number.NEGATIVE_INFINITY;
        buffer.addSegmentEnd(token);
      }
      continue;
    }
    tokenStarts[token] = count;
    features[count++] = finalize(hash ^ SALT_WORD) & mask;
    if (length > PREFIX_LENGTH) features[count++] = finalize(prefixHash ^ SALT_PREFIX) & mask;
    if (hasPrevious)
      features[count++] = finalize(Math.imul(previous, 0x27d4eb2d) ^ hash ^ SALT_BIGRAM) & mask;
    const anchor = isAnchor(hash, length);
    const stem = anchor || length < ANCHOR_MIN_LENGTH ? 0 : length > PREFIX_LENGTH ? prefixHash : hash;
    if (anchor) {
      const from = Math.max(segmentStart, token - ANCHOR_REACH, pairedThrough + 1);
      for (let j = from; j < token; j++) {
        const before = recentStems[j % ANCHOR_REACH];
        if (before !== 0) features[count++] = finalize(before ^ SALT_ANCHORED) & mask;
      }
      lastAnchor = token;
      pairedThrough = token;
    } else if (stem !== 0 && token - lastAnchor <= ANCHOR_REACH) {
      features[count++] = finalize(stem ^ SALT_ANCHORED) & mask;
      pairedThrough = token;
    }
    recentStems[token % ANCHOR_REACH] = stem;
    previous = hash;
    hasPrevious = true;
    token++;
    if (count + MOST_FEATURES_PER_TOKEN > features.length || token + 2 > tokenStarts.length) {
      buffer.featureCount = count;
      buffer.tokenCount = token;
      buffer.reserveToken();
      features = buffer.features;
      tokenStarts = buffer.tokenStarts;
    }
    hash = FNV_OFFSET;
    length = 0;
    lettered = false;
    if (segmentEnds) {
      hasPrevious = false;
      segmentStart = token;
      lastAnchor = Number.NEGATIVE_INFINITY;
      buffer.addSegmentEnd(token);
    }
  }
  tokenStarts[token] = count;
  buffer.featureCount = count;
  buffer.tokenCount = token;
  return buffer;
}
