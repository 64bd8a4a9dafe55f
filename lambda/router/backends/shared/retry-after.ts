/** Longest wait we accept from a backend; anything longer is treated as this (an hour). */
const MAX_RETRY_AFTER_MS = 3_600_000;
const DELAY_SECONDS = /^\d{1,10}(?:\.\d{1,6})?$/;

/**
 * How long a backend asked us to wait, in milliseconds, from its response headers.
 * `retry-after-ms` (sent by OpenAI and some gateways) wins over `Retry-After`, which is either
 * delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). Unparsable values yield `undefined`,
 * so the caller falls back to its own backoff instead of trusting garbage.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const milliseconds = headers.get('retry-after-ms')?.trim();
  if (milliseconds && DELAY_SECONDS.test(milliseconds)) return clamp(Number(milliseconds));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (DELAY_SECONDS.test(value)) return clamp(Number(value) * 1000);
  // Every HTTP-date form starts with a day name; this keeps Date.parse's leniency ("-5" is a
  // year to it) away from garbage.
  if (value.length > 64 || !isLetter(value.charCodeAt(0))) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : clamp(date - now);
}

function clamp(milliseconds: number): number {
  return Math.min(Math.max(0, Math.round(milliseconds)), MAX_RETRY_AFTER_MS);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
