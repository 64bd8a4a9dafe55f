import fc from 'fast-check';
import { GatewayError } from '../../../../lambda/router/http/errors';
import { parseJsonBody } from '../../../../lambda/router/http/parse-body';

/**
 * The depth check skips over strings with a search for their closing quote. Its verdict must be the
 * one of the plain definition: walk every character, a backslash inside a string escapes the next
 * one, a quote outside a string opens one, and count brackets outside strings.
 */
function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > maxDepth) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

const MAX_DEPTH = 4;
const limits = { maxBodyBytes: 1 << 20, maxDepth: MAX_DEPTH };

function rejectedAsTooDeep(text: string): boolean {
  try {
    parseJsonBody(text, limits);
    return false;
  } catch (error) {
    return error instanceof GatewayError && error.code === 'too_deeply_nested';
  }
}

// Texts made of the characters that matter (quotes, backslashes, brackets) and some that do not.
const tricky = fc.string({
  unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', 'a', ' ', ':', ','),
  maxLength: 60,
});

describe('the request body depth check', () => {
  it('agrees with the character-by-character definition on any text', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(rejectedAsTooDeep(text)).toBe(nestsDeeperThan(text, MAX_DEPTH));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on valid JSON documents nested around the limit', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ unit: fc.constantFrom('"', '\\', '[', '{', 'x', '\n') }),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 3 }), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify({ v: value });
        expect(rejectedAsTooDeep(text)).toBe(nestsDeeperThan(text, MAX_DEPTH));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects deep nesting that follows a string ending in escaped backslashes', () => {
    // GIVEN a string whose last characters are two backslashes (an escaped one), then deep nesting
    const text = `{"a":"x\\\\","b":${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}}`;
    // THEN the string is seen to end at its quote, and the nesting after it counts
    expect(rejectedAsTooDeep(text)).toBe(true);
  });

  it('does not count brackets after an escaped quote, which stays inside the string', () => {
    const text = `{"a":"x\\"${'['.repeat(MAX_DEPTH + 1)}"}`;
    expect(rejectedAsTooDeep(text)).toBe(false);
  });
});
