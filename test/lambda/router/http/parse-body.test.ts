import { GatewayError } from '../../../../lambda/router/http/errors';
import { parseJsonBody } from '../../../../lambda/router/http/parse-body';

const limits = { maxBodyBytes: 1024, maxDepth: 8 };

function codeOf(body: Uint8Array | string | undefined): string | undefined {
  try {
    parseJsonBody(body, limits);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).status).toBe(400);
    return (error as GatewayError).code;
  }
}

describe('parseJsonBody', () => {
  it('parses a JSON object from bytes', () => {
    expect(parseJsonBody(Buffer.from('{"model":"m"}'), limits)).toEqual({ model: 'm' });
  });

  it('rejects an empty body', () => expect(codeOf(undefined)).toBe('missing_body'));
  it('rejects malformed JSON', () => expect(codeOf('{"model":')).toBe('invalid_json'));
  it('rejects JSON that is not an object', () => expect(codeOf('[1,2]')).toBe('invalid_body'));
  it('rejects invalid UTF-8 instead of replacing it', () =>
    expect(codeOf(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]))).toBe('invalid_utf8'));
  it('rejects a body over the limit before parsing it', () =>
    expect(codeOf('{"a":"' + 'x'.repeat(2000) + '"}')).toBe('body_too_large'));

  it('rejects nesting deeper than the limit', () => {
    expect(codeOf('{"a":' + '['.repeat(9) + ']'.repeat(9) + '}')).toBe('too_deeply_nested');
  });

  it('does not count brackets inside strings as nesting', () => {
    expect(parseJsonBody(`{"a":"${'['.repeat(100)}"}`, limits)).toEqual({ a: '['.repeat(100) });
  });

  it('handles escaped quotes inside strings', () => {
    expect(parseJsonBody('{"a":"say \\"[[[[[[[[[[\\" ok"}', limits)).toEqual({ a: 'say "[[[[[[[[[[" ok' });
  });
});
