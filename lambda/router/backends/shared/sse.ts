import { BackendError } from '../types';

/** One server-sent event: its `event:` name (`message` by default) and its joined `data:` lines. */
export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
}

/** Largest event we buffer; a backend that never ends a line must not exhaust the Lambda's memory. */
const MAX_EVENT_CHARS = 8 * 1024 * 1024;

/**
 * Parses a byte stream as server-sent events (WHATWG HTML, "event stream interpretation"),
 * incrementally: events are yielded as soon as their terminating blank line arrives, whatever
 * the network chunking. Comments and the `id`/`retry` fields are ignored; an event left
 * unterminated at the end of the stream is discarded, as the specification says.
 */
export async function* parseServerSentEvents(
  bytes: AsyncIterable<Uint8Array>,
  backendName: string,
): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  let pending = '';
  let eventName = '';
  let dataLines: string[] = [];
  let dataChars = 0;
  let skipLeadingLineFeed = false;

  for await (const part of bytes) {
    // Only the newly arrived characters are scanned, so a long line costs linear time in total.
    const scanFrom = pending.length;
    pending += decoder.decode(part, { stream: true });
    let lineStart = 0;
    for (let index = scanFrom; index < pending.length; index++) {
      const char = pending.charCodeAt(index);
      if (char !== 10 && char !== 13) continue;
      if (skipLeadingLineFeed && char === 10 && index === lineStart) {
        skipLeadingLineFeed = false;
        lineStart = index + 1;
        continue;
      }
      skipLeadingLineFeed = char === 13;
      const line = pending.slice(lineStart, index);
      lineStart = index + 1;
      if (line.length === 0) {
        if (dataLines.length > 0) yield { event: eventName || 'message', data: dataLines.join('\n') };
        eventName = '';
        dataLines = [];
        dataChars = 0;
        continue;
      }
      const field = fieldOf(line);
      if (field.name === 'data') {
        dataLines.push(field.value);
        dataChars += field.value.length;
      } else if (field.name === 'event') {
        eventName = field.value;
      }
    }
    pending = pending.slice(lineStart);
    if (pending.length + dataChars > MAX_EVENT_CHARS) {
      throw new BackendError(
        'bad_response',
        `${backendName} sent a stream event over ${MAX_EVENT_CHARS} characters`,
      );
    }
  }
}

function fieldOf(line: string): { name: string; value: string } {
  const colon = line.indexOf(':');
  if (colon === -1) return { name: line, value: '' };
  const value = line.charCodeAt(colon + 1) === 32 ? line.slice(colon + 2) : line.slice(colon + 1);
  return { name: line.slice(0, colon), value };
}
