/**
 * Normalization before detection (DESIGN section 3): Unicode NFKC, every Unicode decimal digit
 * folded to ASCII, invisible format characters removed, look-alike separators folded. The
 * offset map lets a finding in the normalized text point back at the original text.
 */

export interface Normalized {
  /** The normalized text that detectors scan. */
  readonly text: string;
  /**
   * `map[i]` is the offset in the original text of normalized code unit `i`; `map[text.length]`
   * is the original length. `undefined` when normalization changed nothing (identity map).
   */
  readonly map: Uint32Array | undefined;
}

// Printable ASCII plus tab/CR/LF: nothing to fold, the common case on the hot path.
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

// Zero-width, bidi controls, soft hyphen, word joiners, BOM, Mongolian vowel separator,
// variation selectors and tag characters: invisible, and used to split identifiers.
function isStripped(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

// Separators that look like an ASCII one but NFKC leaves alone.
const SEPARATOR_FOLD: ReadonlyMap<number, string> = new Map([
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2012, '-'],
  [0x2013, '-'],
  [0x2014, '-'],
  [0x2015, '-'],
  [0x2043, '-'],
  [0x2212, '-'],
  [0x2e3a, '-'],
  [0x2e3b, '-'],
  [0x30fc, '-'],
  [0x00b7, '.'],
  [0x2022, '.'],
  [0x2027, '.'],
  [0x2219, '.'],
  [0x22c5, '.'],
  [0x30fb, '.'],
  [0x3002, '.'],
  [0xff61, '.'],
  [0x2044, '/'],
  [0x2215, '/'],
  [0x29f8, '/'],
  [0x2028, '\n'],
  [0x2029, '\n'],
  [0x0085, '\n'],
  [0x00a0, ' '],
  [0x1680, ' '],
  [0x3000, ' '],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0xff20, '@'],
  [0xfe6b, '@'],
]);

const DECIMAL_DIGIT = /\p{Nd}/u;
const foldCache = new Map<number, string>();

/** The ASCII value of a Unicode decimal digit, found from the start of its block of ten. */
function digitValue(cp: number): number {
  let zero = cp;
  while (zero > 0 && cp - zero < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  // Blocks of ten sit back to back (mathematical digits); they all start on a multiple of ten from
  // their first zero, so the remainder is the value.
  return (cp - zero) % 10;
}

function fold(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (isStripped(cp)) out = '';
  else {
    const sep = SEPARATOR_FOLD.get(cp) ?? (cp >= 0x2000 && cp <= 0x200a ? ' ' : undefined);
    if (sep !== undefined) out = sep;
    else {
      const ch = String.fromCodePoint(cp);
      const nfkc = ch.normalize('NFKC');
      if (nfkc.length === 1 && nfkc >= '0' && nfkc <= '9') out = nfkc;
      else if (DECIMAL_DIGIT.test(ch)) out = String(digitValue(cp));
      else {
        // NFKC can yield characters that themselves fold (e.g. compatibility dashes).
        let folded = '';
        for (const c of nfkc) {
          const code = c.codePointAt(0)!;
          folded += code === cp ? c : code < 0x80 ? c : fold(code);
        }
        out = folded;
      }
    }
  }
  if (foldCache.size < 65536) foldCache.set(cp, out);
  return out;
}

// The next character the slow path must look at: non-ASCII, or NUL (dropped).
const NEEDS_FOLDING = /[\0\u0080-\uffff]/g;

/** Normalize `input` for detection. Linear in the input length. */
export function normalize(input: string): Normalized {
  if (PLAIN_ASCII.test(input)) return { text: input, map: undefined };
  const parts: string[] = [];
  // One slot per input code unit covers every text whose foldings do not lengthen it; the rare
  // compatibility expansions (ligatures, "㎞", "ﷺ") grow it.
  let map = new Uint32Array(input.length + 1);
  let outLen = 0;
  const reserve = (extra: number) => {
    if (outLen + extra + 1 <= map.length) return;
    const grown = new Uint32Array(Math.max(map.length * 2, outLen + extra + 1));
    grown.set(map.subarray(0, outLen));
    map = grown;
  };
  let runStart = 0; // start of the pending run of ASCII copied as is
  const flush = (end: number) => {
    if (end > runStart) {
      parts.push(input.slice(runStart, end));
      reserve(end - runStart);
      for (let k = runStart; k < end; k++) map[outLen++] = k;
    }
  };
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code < 0x80 && code !== 0) {
      // Skip the ASCII stretch in one search rather than character by character.
      NEEDS_FOLDING.lastIndex = i + 1;
      i = NEEDS_FOLDING.test(input) ? NEEDS_FOLDING.lastIndex - 1 : input.length;
      continue;
    }
    flush(i);
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const out = code === 0 ? '' : fold(cp);
    if (out.length > 0) {
      // Re-compose: NFKC of a combining mark alone cannot merge with the previous base letter;
      // that loss is harmless for detection, which looks at letters, digits and separators.
      parts.push(out);
      reserve(out.length);
      for (let k = 0; k < out.length; k++) map[outLen++] = i;
    }
    i += width;
    runStart = i;
  }
  flush(input.length);
  map[outLen] = input.length;
  return { text: parts.join(''), map: map.length === outLen + 1 ? map : map.slice(0, outLen + 1) };
}

/** Map a normalized offset back to the original text. */
export function originalOffset(n: Normalized, offset: number): number {
  return n.map === undefined ? offset : n.map[offset];
}
