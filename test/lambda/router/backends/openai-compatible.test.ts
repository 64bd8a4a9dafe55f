import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createOpenAiCompatibleBackend } from '../../../../lambda/router/backends/openai/client';
import {
  BackendError,
  type Backend,
  type ChatCompletionChunk,
  type ChatRequest,
} from '../../../../lambda/router/backends/types';
import { startLoopbackOpenAi, type LoopbackOpenAi } from '../../../support/loopback-openai-server';

const REQUEST: ChatRequest = {
  model: 'llama-3-8b',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Say hello' },
  ],
  temperature: 0.2,
};

let server: LoopbackOpenAi;
let backend: Backend;

beforeEach(async () => {
  server = await startLoopbackOpenAi({ name: 'vllm', reply: () => ({ content: 'Hello there, friend.' }) });
  backend = createOpenAiCompatibleBackend({
    name: 'private',
    placement: 'private',
    baseUrl: `${server.url}/`,
    apiKey: 'sk-test',
    headers: { 'x-tenant': 'acme' },
  });
});

afterEach(async () => {
  await server.close();
});

function live(): { signal: AbortSignal } {
  return { signal: new AbortController().signal };
}

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletionChunk[]> {
  const chunks: ChatCompletionChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

async function failureOf(promise: Promise<unknown>): Promise<BackendError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackendError) return error;
    throw new Error(`expected a BackendError, got ${String(error)}`);
  }
  throw new Error('expected the call to fail');
}

function textOf(chunks: readonly ChatCompletionChunk[]): string {
  return chunks
    .flatMap((chunk) => chunk.choices)
    .map((choice) => (choice.delta as { content?: string } | undefined)?.content ?? '')
    .join('');
}

describe('chat', () => {
  it('sends the client request unchanged with auth and extra headers, and returns the completion', async () => {
    // WHEN
    const completion = await backend.chat({ ...REQUEST, stream: false }, live());

    // THEN the server got the request as the client sent it, without stream fields
    const [received] = server.requestsTo('/v1/chat/completions');
    expect(received.body).toEqual({ model: 'llama-3-8b', messages: REQUEST.messages, temperature: 0.2 });
    expect(received.headers.authorization).toBe('Bearer sk-test');
    expect(received.headers['x-tenant']).toBe('acme');
    expect(received.headers['content-type']).toBe('application/json');
    // AND the backend returned the completion as the server sent it
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]).toMatchObject({
      message: { role: 'assistant', content: 'Hello there, friend.' },
      finish_reason: 'stop',
    });
    expect(completion.usage).toEqual({
      prompt_tokens: expect.any(Number),
      completion_tokens: 3,
      total_tokens: expect.any(Number),
    });
  });

  it('passes tool calls through', async () => {
    // GIVEN a model that calls a tool
    await server.close();
    server = await startLoopbackOpenAi({
      reply: () => ({ toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' }] }),
    });
    backend = createOpenAiCompatibleBackend({ name: 'private', placement: 'private', baseUrl: server.url });

    // WHEN
    const completion = await backend.chat(REQUEST, live());

    // THEN
    expect(completion.choices[0]).toMatchObject({
      finish_reason: 'tool_calls',
      message: {
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
        ],
      },
    });
  });
});

describe('chatStream', () => {
  it('asks for the usage chunk and yields the chunks as the server sent them', async () => {
    // WHEN
    const stream = await backend.chatStream({ ...REQUEST, stream: true }, live());
    const chunks = await collect(stream);

    // THEN the server was asked to stream with usage
    const [received] = server.requestsTo('/v1/chat/completions');
    expect(received.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(received.headers.accept).toBe('text/event-stream');
    // AND the role comes first, then the text, the finish reason and the usage
    expect(chunks[0].choices[0]).toMatchObject({ delta: { role: 'assistant' } });
    expect(textOf(chunks)).toBe('Hello there, friend.');
    expect(chunks.at(-2)?.choices[0]).toMatchObject({ finish_reason: 'stop' });
    expect(chunks.at(-1)).toMatchObject({
      object: 'chat.completion.chunk',
      choices: [],
      usage: { completion_tokens: 3 },
    });
  });

  it('keeps the client stream_options and adds nothing when streamUsage is off', async () => {
    // GIVEN
    const plain = createOpenAiCompatibleBackend({
      name: 'ollama',
      placement: 'private',
      baseUrl: server.url,
      streamUsage: false,
    });

    // WHEN
    const chunks = await collect(await plain.chatStream({ ...REQUEST, stream: true }, live()));

    // THEN
    expect(server.received[0].body).not.toHaveProperty('stream_options');
    expect(chunks.some((chunk) => chunk.usage)).toBe(false);
  });

  it('resolves once the headers are in, before the body is complete', async () => {
    // GIVEN a stream whose events come slowly
    server.setFault(() => ({ kind: 'slow-stream', chunkDelayMs: 50 }));

    // WHEN
    const stream = await backend.chatStream(REQUEST, live());

    // THEN the server is still streaming: the request arrived, the body is far from sent
    expect(server.received).toHaveLength(1);
    expect(textOf(await collect(stream))).toBe('Hello there, friend.');
  });

  it('passes streamed tool-call deltas through', async () => {
    // GIVEN
    await server.close();
    server = await startLoopbackOpenAi({
      reply: () => ({ toolCalls: [{ id: 'call_9', name: 'lookup', arguments: '{"q":1}' }] }),
    });
    backend = createOpenAiCompatibleBackend({ name: 'private', placement: 'private', baseUrl: server.url });

    // WHEN
    const chunks = await collect(await backend.chatStream(REQUEST, live()));

    // THEN
    const toolDeltas = chunks.flatMap((chunk) =>
      chunk.choices.flatMap(
        (choice) => (choice.delta as { tool_calls?: unknown[] } | undefined)?.tool_calls ?? [],
      ),
    );
    expect(toolDeltas).toEqual([
      { index: 0, id: 'call_9', type: 'function', function: { name: 'lookup', arguments: '' } },
      { index: 0, function: { arguments: '{"q":1}' } },
    ]);
  });
});

describe('embeddings', () => {
  it('sends the request unchanged and returns the list', async () => {
    // WHEN
    const result = await backend.embeddings({ model: 'bge-m3', input: ['alpha', 'beta'] }, live());

    // THEN
    expect(server.requestsTo('/v1/embeddings')[0].body).toEqual({
      model: 'bge-m3',
      input: ['alpha', 'beta'],
    });
    expect(result.object).toBe('list');
    expect(result.data.map((item) => item.index)).toEqual([0, 1]);
    expect((result.data[0].embedding as number[]).length).toBe(8);
  });
});

describe('faults before the answer', () => {
  it('maps 429 with Retry-After in seconds to saturated with retryAfterMs', async () => {
    server.setFault(() => ({ kind: 'status', status: 429, retryAfter: '2' }));

    const error = await failureOf(backend.chat(REQUEST, live()));

    expect(error).toMatchObject({ failure: 'saturated', status: 429, retryAfterMs: 2000 });
  });

  it('maps 503 with an HTTP-date Retry-After to saturated with the time until that date', async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    server.setFault(() => ({ kind: 'status', status: 503, retryAfter: inTenSeconds }));

    const error = await failureOf(backend.chat(REQUEST, live()));

    expect(error).toMatchObject({ failure: 'saturated', status: 503 });
    expect(error.retryAfterMs).toBeGreaterThan(7_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it('maps 500 to unavailable', async () => {
    server.setFault(() => ({ kind: 'status', status: 500 }));

    const error = await failureOf(backend.chat(REQUEST, live()));

    expect(error).toMatchObject({ failure: 'unavailable', status: 500 });
  });

  it('maps 400 to rejected and quotes the backend error message', async () => {
    server.setFault(() => ({ kind: 'status', status: 400, message: 'max_tokens is too large' }));

    const error = await failureOf(backend.chat(REQUEST, live()));

    expect(error).toMatchObject({ failure: 'rejected', status: 400 });
    expect(error.message).toContain('max_tokens is too large');
  });

  it('maps a connection destroyed before the answer to unavailable', async () => {
    server.setFault(() => ({ kind: 'destroy' }));

    const error = await failureOf(backend.chat(REQUEST, live()));

    expect(error.failure).toBe('unavailable');
  });

  it('maps a refused connection to unavailable', async () => {
    // GIVEN a port nobody listens on
    const port = await freePort();
    const refused = createOpenAiCompatibleBackend({
      name: 'private',
      placement: 'private',
      baseUrl: `http://127.0.0.1:${port}/v1`,
    });

    const error = await failureOf(refused.chat(REQUEST, live()));

    expect(error.failure).toBe('unavailable');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('maps a host name that does not resolve to unavailable', async () => {
    const unresolvable = createOpenAiCompatibleBackend({
      name: 'private',
      placement: 'private',
      baseUrl: 'http://backend.invalid/v1',
    });

    const error = await failureOf(unresolvable.chat(REQUEST, live()));

    expect(error.failure).toBe('unavailable');
  });

  it('maps an abort from the signal to timeout', async () => {
    // GIVEN a backend that answers after the caller's deadline
    server.setFault(() => ({ kind: 'delay', ms: 5_000 }));
    const controller = new AbortController();

    // WHEN the deadline fires while waiting
    const call = backend.chat(REQUEST, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);

    // THEN
    expect((await failureOf(call)).failure).toBe('timeout');
  });

  it('maps malformed JSON to bad_response', async () => {
    server.setFault(() => ({ kind: 'malformed' }));

    expect((await failureOf(backend.chat(REQUEST, live()))).failure).toBe('bad_response');
    expect((await failureOf(backend.embeddings({ model: 'e', input: 'x' }, live()))).failure).toBe(
      'bad_response',
    );
  });

  it('rejects chatStream when the backend answers an error status instead of a stream', async () => {
    server.setFault(() => ({ kind: 'status', status: 503, retryAfter: '1' }));

    const error = await failureOf(backend.chatStream(REQUEST, live()));

    expect(error).toMatchObject({ failure: 'saturated', retryAfterMs: 1000 });
  });

  it('rejects chatStream when the connection is destroyed before the headers', async () => {
    server.setFault(() => ({ kind: 'destroy' }));

    expect((await failureOf(backend.chatStream(REQUEST, live()))).failure).toBe('unavailable');
  });
});

describe('faults during a stream', () => {
  it('throws unavailable from the iterator after the chunks that arrived before a reset', async () => {
    // GIVEN a connection reset after two events
    server.setFault(() => ({ kind: 'reset-mid-stream', afterChunks: 2 }));
    const stream = await backend.chatStream(REQUEST, live());

    // WHEN
    const seen: ChatCompletionChunk[] = [];
    const error = await failureOf(
      (async () => {
        for await (const chunk of stream) seen.push(chunk);
      })(),
    );

    // THEN
    expect(seen).toHaveLength(2);
    expect(error.failure).toBe('unavailable');
  });

  it('throws bad_response from the iterator when an event is not JSON', async () => {
    server.setFault(() => ({ kind: 'malformed' }));
    const stream = await backend.chatStream(REQUEST, live());

    expect((await failureOf(collect(stream))).failure).toBe('bad_response');
  });

  it('throws timeout from the iterator when the deadline fires mid-stream', async () => {
    // GIVEN a slow stream
    server.setFault(() => ({ kind: 'slow-stream', chunkDelayMs: 200 }));
    const controller = new AbortController();
    const stream = await backend.chatStream(REQUEST, { signal: controller.signal });

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

  it('frees the connection when the consumer stops early, so the next call succeeds', async () => {
    // GIVEN a consumer that reads one chunk and stops
    const stream = await backend.chatStream(REQUEST, live());
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.return?.();

    // WHEN
    const completion = await backend.chat(REQUEST, live());

    // THEN
    expect(completion.choices).toHaveLength(1);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
