/**
 * Letters of other scripts that render like a Latin letter, folded to that letter. The pairs are
 * the Cyrillic, Greek, Armenian and Latin-extension entries of Unicode's confusables data
 * (UTS #39) whose prototype is a single ASCII letter; NFKC (see normalize.ts) has already folded
 * fullwidth and mathematical letters, so they are not repeated here.
 */
// prettier-ignore
const CONFUSABLE_PAIRS: readonly (readonly [number, string])[] = [
  // Cyrillic capitals
  [0x0405, 'S'], [0x0406, 'I'], [0x0408, 'J'], [0x0410, 'A'], [0x0412, 'B'], [0x0415, 'E'],
  [0x041a, 'K'], [0x041c, 'M'], [0x041d, 'H'], [0x041e, 'O'], [0x0420, 'P'], [0x0421, 'C'],
  [0x0422, 'T'], [0x0425, 'X'], [0x04ae, 'Y'], [0x04c0, 'l'], [0x051a, 'Q'], [0x051c, 'W'],
  // Cyrillic small letters
  [0x0430, 'a'], [0x0435, 'e'], [0x043e, 'o'], [0x0440, 'p'], [0x0441, 'c'], [0x0443, 'y'],
  [0x0445, 'x'], [0x0455, 's'], [0x0456, 'i'], [0x0458, 'j'], [0x04bb, 'h'], [0x04cf, 'l'],
  [0x0501, 'd'], [0x051b, 'q'], [0x051d, 'w'],
  // Greek capitals
  [0x0391, 'A'], [0x0392, 'B'], [0x0395, 'E'], [0x0396, 'Z'], [0x0397, 'H'], [0x0399, 'I'],
  [0x039a, 'K'], [0x039c, 'M'], [0x039d, 'N'], [0x039f, 'O'], [0x03a1, 'P'], [0x03a4, 'T'],
  [0x03a5, 'Y'], [0x03a7, 'X'],
  // Greek small letters
  [0x03b1, 'a'], [0x03b3, 'y'], [0x03b7, 'n'], [0x03b9, 'i'], [0x03bd, 'v'], [0x03bf, 'o'],
  [0x03c1, 'p'], [0x03c5, 'u'], [0x03f2, 'c'], [0x03f3, 'j'],
  // Armenian small letters
  [0x0566, 'q'], [0x0570, 'h'], [0x0578, 'n'], [0x057d, 'u'], [0x0581, 'g'], [0x0585, 'o'],
  // Latin letters outside ASCII that NFKC keeps: dotless i and j, IPA and small capitals
  [0x0131, 'i'], [0x0237, 'j'], [0x0251, 'a'], [0x0261, 'g'], [0x0269, 'i'], [0x1d00, 'a'],
  [0x1d04, 'c'], [0x1d05, 'd'], [0x1d07, 'e'], [0x1d0a, 'j'], [0x1d0b, 'k'], [0x1d0d, 'm'],
  [0x1d0f, 'o'], [0x1d18, 'p'], [0x1d1b, 't'], [0x1d1c, 'u'], [0x1d20, 'v'], [0x1d21, 'w'],
  [0x1d22, 'z'],
];

const FOLD = new Map<number, number>(CONFUSABLE_PAIRS.map(([code, latin]) => [code, latin.charCodeAt(0)]));

/**
 * Any confusable letter. Built from the table, so it says exactly whether folding could change
 * the text; on a one-byte (Latin-1) string V8 answers without reading it.
 */
const ANY_CONFUSABLE = new RegExp(
  `[${CONFUSABLE_PAIRS.map(([code]) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`,
);

export function hasConfusable(text: string): boolean {
  return ANY_CONFUSABLE.test(text);
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Characters that keep an address or identifier in one token: letters of any script, digits and
// @ . _ - + %. Anything else (spaces, quotes, brackets, punctuation) ends the token.
const TOKEN_CHAR = /[\p{L}\p{N}@._+%-]/u;

function isTokenChar(c: number): boolean {
  if (c < 128)
    return isAsciiAlphanumeric(c) || c === 64 || c === 46 || c === 95 || c === 43 || c === 37 || c === 45;
  return FOLD.has(c) || TOKEN_CHAR.test(String.fromCharCode(c));
}

/**
 * Folds confusable letters to Latin inside mixed-script tokens only: a token that holds both a
 * confusable letter and an ASCII letter or digit ("раul@mail.com", "О93-2О-9962"). A word written
 * wholly in Cyrillic or Greek is ordinary text in that language and stays as it is. Length and
 * offsets are preserved (every confusable is one BMP code unit and folds to one).
 */
export function foldConfusables(text: string): string {
  const n = text.length;
  let chars: string[] | undefined;
  let i = 0;
  while (i < n) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let confusables = 0;
    let ascii = 0;
    for (; i < n && isTokenChar(text.charCodeAt(i)); i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (isAsciiAlphanumeric(c)) ascii++;
      } else if (FOLD.has(c)) confusables++;
    }
    if (confusables === 0 || ascii === 0) continue;
    chars ??= text.split('');
    for (let k = start; k < i; k++) {
      const latin = FOLD.get(text.charCodeAt(k));
      if (latin !== undefined) chars[k] = String.fromCharCode(latin);
    }
  }
  return chars === undefined ? text : chars.join('');
}
