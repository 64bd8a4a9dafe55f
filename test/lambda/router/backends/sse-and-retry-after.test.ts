import fc from 'fast-check';
import { parseRetryAfter } from '../../../../lambda/router/backends/shared/retry-after';
import { parseServerSentEvents, type ServerSentEvent } from '../../../../lambda/router/backends/shared/sse';
import { BackendError } from '../../../../lambda/router/backends/types';

async function* bytesOf(parts: readonly string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

async function eventsOf(parts: readonly string[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of parseServerSentEvents(bytesOf(parts), 'test')) events.push(event);
  return events;
}

/** Splits text at the given cut points (fractions of its length). */
function split(text: string, cuts: readonly number[]): string[] {
  const positions = [...new Set(cuts.map((cut) => Math.floor(cut * text.length)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (const position of positions) {
    parts.push(text.slice(start, position));
    start = position;
  }
  parts.push(text.slice(start));
  return parts;
}

describe('parseServerSentEvents', () => {
  it('yields each data event, joining multi-line data and skipping comments and other fields', async () => {
    const events = await eventsOf([
      ': keep-alive\n\ndata: {"a":1}\n\nid: 7\nevent: error\ndata: line one\ndata:line two\n\n',
    ]);

    expect(events).toEqual([
      { event: 'message', data: '{"a":1}' },
      { event: 'error', data: 'line one\nline two' },
    ]);
  });

  it('accepts CRLF and CR line endings', async () => {
    expect(await eventsOf(['data: a\r\n\r\ndata: b\r\rdata: c\n\n'])).toEqual([
      { event: 'message', data: 'a' },
      { event: 'message', data: 'b' },
      { event: 'message', data: 'c' },
    ]);
  });

  it('discards an event left unterminated at the end of the stream', async () => {
    expect(await eventsOf(['data: complete\n\ndata: cut off'])).toEqual([
      { event: 'message', data: 'complete' },
    ]);
  });

  it('yields the same events however the network splits the bytes (CRLF pairs and UTF-8 included)', async () => {
    const stream = 'data: {"text":"héllo 👋"}\r\n\r\n: ping\n\ndata: [DONE]\n\n';
    const whole = await eventsOf([stream]);
    const encoded = new TextEncoder().encode(stream);

    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        async (cuts) => {
          const positions = [...new Set(cuts.map((cut) => Math.floor(cut * encoded.length)))].sort(
            (a, b) => a - b,
          );
          const parts: Uint8Array[] = [];
          let start = 0;
          for (const position of positions) {
            parts.push(encoded.slice(start, position));
            start = position;
          }
          parts.push(encoded.slice(start));
          const events: ServerSentEvent[] = [];
          async function* source() {
            yield* parts;
          }
          for await (const event of parseServerSentEvents(source(), 'test')) events.push(event);
          expect(events).toEqual(whole);
        },
      ),
    );
    expect(whole).toHaveLength(2);
  });

  it('throws bad_response for a line longer than the event limit instead of buffering it all', async () => {
    const megabyte = 'x'.repeat(1024 * 1024);
    const parts = ['data: ', ...Array.from({ length: 9 }, () => megabyte)];

    await expect(eventsOf(parts)).rejects.toMatchObject({ failure: 'bad_response' });
    await expect(eventsOf(parts)).rejects.toBeInstanceOf(BackendError);
  });

  it('parses a 1 MB adversarial stream of blank lines, colons and carriage returns to completion', async () => {
    const adversarial = ':\r'.repeat(200_000) + '\n'.repeat(200_000) + 'data:' + ':'.repeat(200_000) + '\n\n';

    const events = await eventsOf(split(adversarial, [0.1, 0.5, 0.9]));

    expect(events).toHaveLength(1);
    expect(events[0].data).toHaveLength(200_000);
  });
});

describe('parseRetryAfter', () => {
  const NOW = Date.parse('2025-06-01T12:00:00Z');

  it.each([
    ['delay-seconds', { 'retry-after': '3' }, 3000],
    ['fractional seconds', { 'retry-after': '1.5' }, 1500],
    ['an HTTP-date', { 'retry-after': 'Sun, 01 Jun 2025 12:00:20 GMT' }, 20_000],
    ['a date in the past (wait nothing)', { 'retry-after': 'Sun, 01 Jun 2025 11:00:00 GMT' }, 0],
    ['retry-after-ms, which wins over retry-after', { 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    ['an absurd value (capped at one hour)', { 'retry-after': '99999999' }, 3_600_000],
  ])('reads %s', (_case, headers, expected) => {
    expect(parseRetryAfter(new Headers(headers), NOW)).toBe(expected);
  });

  it.each([
    ['no header', {}],
    ['garbage', { 'retry-after': 'soon' }],
    ['a negative number', { 'retry-after': '-5' }],
  ])('yields undefined for %s', (_case, headers) => {
    expect(parseRetryAfter(new Headers(headers), NOW)).toBeUndefined();
  });
});
