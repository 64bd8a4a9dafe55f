import type { ChatCompletionChunk, ChatRequest } from '../../../../lambda/router/backends/types';
import { bedrockFixture, collect, failureOf, live, MODEL_ID, type BedrockFixture } from './bedrock-fixture';

const REQUEST: ChatRequest = { model: MODEL_ID, messages: [{ role: 'user', content: 'Hi' }], stream: true };

let fixture: BedrockFixture;

beforeEach(async () => {
  fixture = await bedrockFixture();
});

afterEach(async () => {
  await fixture.close();
});

function deltas(chunks: readonly ChatCompletionChunk[]): Record<string, unknown>[] {
  return chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.delta as Record<string, unknown>));
}

describe('streaming text', () => {
  it('calls ConverseStream and yields the role, the text deltas, the finish reason and the usage', async () => {
    // GIVEN
    fixture.server.setReply(() => ({
      text: 'Hello there, friend.',
      usage: { inputTokens: 12, outputTokens: 4 },
    }));

    // WHEN
    const chunks = await collect(await fixture.backend.chatStream(REQUEST, live()));

    // THEN the server received a ConverseStream call for the model
    expect(fixture.server.received[0]).toMatchObject({ operation: 'converse-stream', modelId: MODEL_ID });
    // AND the chunks follow OpenAI's order
    expect(deltas(chunks)[0]).toEqual({ role: 'assistant', content: '' });
    expect(
      deltas(chunks)
        .map((delta) => delta.content ?? '')
        .join(''),
    ).toBe('Hello there, friend.');
    expect(chunks.at(-2)?.choices[0]).toMatchObject({ finish_reason: 'stop' });
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 12, completion_tokens: 4, total_tokens: 16 },
    });
    // AND every chunk carries the same id and model
    expect(new Set(chunks.map((chunk) => `${chunk.object} ${chunk.id} ${chunk.model}`)).size).toBe(1);
    expect(chunks[0]).toMatchObject({ object: 'chat.completion.chunk', model: MODEL_ID });
  });

  it('maps the streamed stop reason', async () => {
    fixture.server.setReply(() => ({ text: 'cut', stopReason: 'max_tokens' }));

    const chunks = await collect(await fixture.backend.chatStream(REQUEST, live()));

    expect(chunks.at(-2)?.choices[0]).toMatchObject({ finish_reason: 'length' });
  });
});

describe('streaming tool calls', () => {
  it('yields each tool call with its index, id and name, then its argument fragments', async () => {
    // GIVEN a model that writes a sentence and calls two tools
    fixture.server.setReply(() => ({
      text: 'Checking.',
      toolUses: [
        { toolUseId: 'tooluse_a', name: 'weather', input: { city: 'Oslo' } },
        { toolUseId: 'tooluse_b', name: 'time', input: { zone: 'CET' } },
      ],
    }));

    // WHEN
    const chunks = await collect(await fixture.backend.chatStream(REQUEST, live()));

    // THEN
    const toolDeltas = deltas(chunks).flatMap(
      (delta) => (delta.tool_calls as Record<string, unknown>[] | undefined) ?? [],
    );
    expect(toolDeltas[0]).toEqual({
      index: 0,
      id: 'tooluse_a',
      type: 'function',
      function: { name: 'weather', arguments: '' },
    });
    expect(
      toolDeltas.filter((delta) => delta.id !== undefined).map((delta) => [delta.index, delta.id]),
    ).toEqual([
      [0, 'tooluse_a'],
      [1, 'tooluse_b'],
    ]);
    const argumentsOf = (index: number) =>
      toolDeltas
        .filter((delta) => delta.index === index)
        .map((delta) => (delta.function as { arguments: string }).arguments)
        .join('');
    expect(JSON.parse(argumentsOf(0))).toEqual({ city: 'Oslo' });
    expect(JSON.parse(argumentsOf(1))).toEqual({ zone: 'CET' });
    expect(chunks.at(-2)?.choices[0]).toMatchObject({ finish_reason: 'tool_calls' });
  });
});

describe('faults around a stream', () => {
  it('rejects chatStream when Bedrock throttles before the stream starts', async () => {
    fixture.server.setFault(() => ({ kind: 'error', errorType: 'ThrottlingException' }));

    const error = await failureOf(fixture.backend.chatStream(REQUEST, live()));

    expect(error).toMatchObject({ failure: 'saturated', status: 429 });
  });

  it('rejects chatStream when the first stream event is an exception, so the core can fail over', async () => {
    fixture.server.setFault(() => ({
      kind: 'exception-mid-stream',
      afterEvents: 0,
      exceptionType: 'throttlingException',
    }));

    const error = await failureOf(fixture.backend.chatStream(REQUEST, live()));

    expect(error.failure).toBe('saturated');
  });

  it.each([
    ['throttlingException', 'saturated'],
    ['serviceUnavailableException', 'unavailable'],
    ['internalServerException', 'unavailable'],
    ['modelStreamErrorException', 'unavailable'],
    ['validationException', 'rejected'],
  ] as const)('throws %s mid-stream from the iterator as %s', async (exceptionType, failure) => {
    // GIVEN an exception after three events
    fixture.server.setFault(() => ({ kind: 'exception-mid-stream', afterEvents: 3, exceptionType }));
    const stream = await fixture.backend.chatStream(REQUEST, live());

    // WHEN
    const seen: ChatCompletionChunk[] = [];
    const error = await failureOf(
      (async () => {
        for await (const chunk of stream) seen.push(chunk);
      })(),
    );

    // THEN the events before it arrived, then the failure
    expect(seen).toHaveLength(3);
    expect(error.failure).toBe(failure);
  });

  it('throws unavailable from the iterator when the HTTP/2 stream is reset mid-stream', async () => {
    fixture.server.setFault(() => ({ kind: 'reset-mid-stream', afterEvents: 2 }));
    const stream = await fixture.backend.chatStream(REQUEST, live());

    expect((await failureOf(collect(stream))).failure).toBe('unavailable');
  });

  it('throws unavailable when the stream ends before messageStop (a cut-off answer)', async () => {
    // GIVEN a server that ends the stream cleanly right after two events
    fixture.server.setFault(() => ({ kind: 'truncate', afterEvents: 2 }));
    const stream = await fixture.backend.chatStream(REQUEST, live());

    expect((await failureOf(collect(stream))).failure).toBe('unavailable');
  });

  it('rejects chatStream with bad_response when the body is not event-stream frames', async () => {
    fixture.server.setFault(() => ({ kind: 'malformed' }));

    const error = await failureOf((async () => collect(await fixture.backend.chatStream(REQUEST, live())))());

    expect(error.failure).toBe('bad_response');
  });

  it('throws timeout from the iterator when the deadline fires mid-stream', async () => {
    // GIVEN a slow stream
    fixture.server.setFault(() => ({ kind: 'slow-stream', eventDelayMs: 100 }));
    const controller = new AbortController();
    const stream = await fixture.backend.chatStream(REQUEST, { signal: controller.signal });

    // WHEN the deadline fires while the next chunk is awaited
    const seen: ChatCompletionChunk[] = [];
    const error = await failureOf(
      (async () => {
        for await (const chunk of stream) {
          seen.push(chunk);
          if (seen.length === 1) setTimeout(() => controller.abort(), 20);
        }
      })(),
    );

    // THEN
    expect(error.failure).toBe('timeout');
    expect(seen.length).toBeGreaterThan(0);
  });

  it('releases the stream when the consumer stops early, so the next call succeeds', async () => {
    const stream = await fixture.backend.chatStream(REQUEST, live());
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.return?.();

    const chunks = await collect(await fixture.backend.chatStream(REQUEST, live()));

    expect(chunks.at(-2)?.choices[0]).toMatchObject({ finish_reason: 'stop' });
  });
});
