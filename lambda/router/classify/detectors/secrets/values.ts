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
  while (end < text.length && end - from < MAX_VALUE && !isValueStop(text, end)) end++;
  // Sentence punctuation after the value is not part of it.
  while (end > from && /[.,;:!?)\]}]/.test(text[end - 1])) end--;
  return { value: text.slice(from, end), quoted: false, end };
}

// After '&' or ';': the next key of a query string or connection string (`&user=`, `;Server=`).
const NEXT_KEY = /^[A-Za-z_][A-Za-z0-9_ .-]{0,40}=/;

function isValueStop(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // whitespace, quotes and the record separator between messages
  if (c <= 32 || c === 34 || c === 39 || c === 96 || c === 0x1e) return true;
  // '&' and ';' end a value only where a next key follows: a password may contain them
  // ("RHQA&9484fgun"), a query string or connection string continues with `&key=` / `;Key=`.
  if (c === 38 || c === 59) {
    const next = text.charCodeAt(at + 1);
    return Number.isNaN(next) || next <= 32 || NEXT_KEY.test(text.slice(at + 1, at + 44));
  }
  return false;
}
