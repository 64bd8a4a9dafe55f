/** Reading the value written after a key ("password: …", "api_key=…") in config, code or prose. */

const MAX_VALUE = 128;

/**
 * The value starting at `from`: a quoted string (up to 128 characters, one line) or the run of
 * characters up to whitespace, a quote, '&' or ';', without trailing sentence punctuation.
 */
export function readValue(text: string, from: number): { value: string; quoted: boolean; end: number } {
  const q = text[from];
  if (q === '"' || q === "'" || q === '`') {
    // Search a bounded window: an unclosed quote must not make every call read to the end.
    const inner = text.slice(from + 1, from + MAX_VALUE + 2);
    const close = inner.indexOf(q);
    if (close >= 0 && !inner.slice(0, close).includes('\n')) {
      return { value: inner.slice(0, close), quoted: true, end: from + close + 2 };
    }
    return { value: '', quoted: true, end: from };
  }
  let end = from;
  while (end < text.length && end - from < MAX_VALUE && !isValueStop(text.charCodeAt(end))) end++;
  // Sentence punctuation after the value is not part of it.
  while (end > from && /[.,;:!?)\]}]/.test(text[end - 1])) end--;
  return { value: text.slice(from, end), quoted: false, end };
}

function isValueStop(c: number): boolean {
  // whitespace, quotes, '&' and ';' end a value in query strings and connection strings
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 38 || c === 59 || c === 0x1e;
}
