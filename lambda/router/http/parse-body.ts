import { isUtf8 } from 'node:buffer';
import { badRequest, GatewayError } from './errors';

export interface BodyLimits {
  /** Largest accepted body in bytes. */
  readonly maxBodyBytes: number;
  /** Deepest accepted nesting of JSON arrays and objects. */
  readonly maxDepth: number;
}

/** Lambda's synchronous invocation payload cap, which API Gateway bodies must fit into anyway. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBodyBytes: 6 * 1024 * 1024, maxDepth: 32 };

/**
 * Decode and parse a JSON request body. Every failure is a 400 in OpenAI's shape: too large,
 * invalid UTF-8, not JSON, not an object, or nested deeper than the limit. Depth is checked on the
 * raw text before `JSON.parse`, so a hostile body cannot make the parser or later walks recurse deeply.
 */
export function parseJsonBody(
  body: Uint8Array | string | undefined,
  limits: BodyLimits,
): Record<string, unknown> {
  if (body === undefined || body.length === 0)
    throw badRequest('missing_body', 'The request body is empty; send a JSON object.');
  const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
  if (size > limits.maxBodyBytes) {
    throw badRequest('body_too_large', `The request body exceeds the limit of ${limits.maxBodyBytes} bytes.`);
  }
  let text: string;
  if (typeof body === 'string') text = body;
  else {
    // A strict check first: decoding alone would silently replace invalid sequences with U+FFFD.
    if (!isUtf8(body)) throw badRequest('invalid_utf8', 'The request body is not valid UTF-8.');
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  }
  assertDepth(text, limits.maxDepth);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('invalid_body', 'The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/**
 * One linear pass over the text counting bracket depth outside strings. Prompt text is nearly all
 * inside strings, so each string is skipped with a native search for its closing quote instead of
 * being walked character by character: several times faster on a long prompt.
 */
function assertDepth(text: string, maxDepth: number): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) i = closingQuote(text, i + 1);
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > maxDepth) {
        throw badRequest('too_deeply_nested', `The request body nests deeper than ${maxDepth} levels.`);
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
}

/**
 * The index of the quote that closes a string opened just before `from` (the text's length if none
 * does): the first quote preceded by an even number of backslashes. Each backslash is counted once
 * at most, so the search stays linear however the text is built.
 */
function closingQuote(text: string, from: number): number {
  let start = from;
  for (;;) {
    const quote = text.indexOf('"', start);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (quote - backslashes - 1 >= start && text.charCodeAt(quote - backslashes - 1) === 0x5c /* \ */)
      backslashes++;
    if (backslashes % 2 === 0) return quote;
    start = quote + 1;
  }
}

export function isGatewayError(error: unknown): error is GatewayError {
  return error instanceof GatewayError;
}
