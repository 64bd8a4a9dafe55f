/**
 * A real OpenAI-compatible HTTP server on 127.0.0.1 (a random port) that stands in for vLLM, TGI,
 * NIM or a cloud API in tests. It answers chat completions (JSON and SSE with a usage chunk),
 * embeddings and the model list, records every request it receives, and injects faults on demand.
 *
 * ```ts
 * const server = await startLoopbackOpenAi({ name: 'private' });
 * const backend = createOpenAiCompatibleBackend({ name: 'private', placement: 'private', baseUrl: server.url });
 * server.setFault((_request, n) => (n === 0 ? { kind: 'status', status: 503, retryAfter: '2' } : undefined));
 * // ... call the backend, then assert on server.received ...
 * await server.close();
 * ```
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { trackedTimers } from './tracked-timers';

/** One request as the server received it. */
export interface ReceivedRequest {
  /** 0-based arrival order across all paths. */
  readonly n: number;
  readonly method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The raw body as text. */
  readonly rawBody: string;
  /** The body parsed as JSON, or `undefined` when it was empty or not JSON. */
  readonly body: Record<string, unknown> | undefined;
}

/**
 * A fault to inject into one response.
 * - `status`: answer with this HTTP status and an OpenAI error body (optionally `Retry-After`).
 * - `delay`: wait before answering normally (an abort or timeout on the client side fires first).
 * - `destroy`: destroy the connection before sending anything (the client sees a reset).
 * - `reset-mid-stream`: stream `afterChunks` SSE events, then destroy the connection.
 * - `malformed`: answer 200 with a body that is not valid JSON (or SSE events that are not JSON).
 * - `slow-stream`: stream normally, waiting `chunkDelayMs` between events.
 */
export type LoopbackFault =
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly retryAfter?: string;
      readonly message?: string;
    }
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'destroy' }
  | { readonly kind: 'reset-mid-stream'; readonly afterChunks: number }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'slow-stream'; readonly chunkDelayMs: number };

/** Chooses the fault for a request (`n` is its arrival index), or none. */
export type FaultPlan = (request: ReceivedRequest, n: number) => LoopbackFault | undefined;

/** What the model "says" to a chat request. */
export interface LoopbackReply {
  readonly content?: string;
  readonly toolCalls?: readonly { readonly id: string; readonly name: string; readonly arguments: string }[];
  /** @default 'stop', or 'tool_calls' when toolCalls are given */
  readonly finishReason?: string;
}

export interface LoopbackOpenAiOptions {
  /** Label used in the model list's `owned_by` and in error messages. @default 'loopback' */
  readonly name?: string;
  /** Faults to inject. @default - none */
  readonly faults?: FaultPlan;
  /** The reply to a chat request. @default - a fixed sentence that never echoes the prompt */
  readonly reply?: (request: ReceivedRequest) => LoopbackReply;
  /** Model ids served by `GET /v1/models`. @default ['loopback-model'] */
  readonly models?: readonly string[];
  /** Length of each embedding vector. @default 8 */
  readonly embeddingDimensions?: number;
}

export interface LoopbackOpenAi {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:41234/v1`. */
  readonly url: string;
  /** Every request received, in arrival order. */
  readonly received: ReceivedRequest[];
  /** Replaces the fault plan (pass `undefined` to stop injecting faults). */
  setFault(plan: FaultPlan | undefined): void;
  /** Requests received on one path, e.g. `requestsTo('/v1/chat/completions')`. */
  requestsTo(path: string): ReceivedRequest[];
  /** Stops the server, destroying open connections and pending timers. */
  close(): Promise<void>;
}

const DEFAULT_REPLY = 'The loopback model answers this request.';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export async function startLoopbackOpenAi(options: LoopbackOpenAiOptions = {}): Promise<LoopbackOpenAi> {
  const name = options.name ?? 'loopback';
  const models = options.models ?? ['loopback-model'];
  const dimensions = options.embeddingDimensions ?? 8;
  const replyTo = options.reply ?? (() => ({ content: DEFAULT_REPLY }));
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  let faults = options.faults;

  const { wait, clearAll: clearTimers } = trackedTimers();

  const server = createServer((req, res) => {
    void readBody(req).then(
      async (rawBody) => {
        const request = record(req, rawBody);
        const fault = faults?.(request, request.n);
        await respond(request, fault, res);
      },
      () => req.socket.destroy(),
    );
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function record(req: IncomingMessage, rawBody: string): ReceivedRequest {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: ReceivedRequest = {
      n: received.length,
      method: req.method ?? 'GET',
      path: url.pathname,
      headers: req.headers,
      rawBody,
      body: parseObject(rawBody),
    };
    received.push(request);
    return request;
  }

  async function respond(request: ReceivedRequest, fault: LoopbackFault | undefined, res: ServerResponse) {
    if (fault?.kind === 'destroy') {
      res.socket?.destroy();
      return;
    }
    if (fault?.kind === 'delay') {
      await wait(fault.ms);
      if (res.destroyed) return;
    }
    if (fault?.kind === 'status') {
      sendError(
        res,
        fault.status,
        fault.message ?? `${name} injected status ${fault.status}`,
        fault.retryAfter,
      );
      return;
    }
    const route = `${request.method} ${request.path}`;
    if (route === 'GET /v1/models') {
      sendJson(res, 200, {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: name })),
      });
    } else if (route === 'POST /v1/chat/completions') {
      await chat(request, fault, res);
    } else if (route === 'POST /v1/embeddings') {
      embeddings(request, fault, res);
    } else {
      sendError(res, 404, `${name} has no route ${route}`);
    }
  }

  async function chat(request: ReceivedRequest, fault: LoopbackFault | undefined, res: ServerResponse) {
    const body = request.body;
    if (!body || typeof body.model !== 'string' || !Array.isArray(body.messages)) {
      sendError(res, 400, 'model and messages are required');
      return;
    }
    const reply = replyTo(request);
    const id = `chatcmpl-loopback-${request.n}`;
    const model = body.model;
    const usage = usageFor(request, reply);
    if (body.stream !== true) {
      if (fault?.kind === 'malformed') {
        sendRaw(res, 200, 'application/json', '{"id": "chatcmpl-broken", "choices": [');
        return;
      }
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created: 1_700_000_000,
        model,
        choices: [
          { index: 0, message: messageOf(reply), finish_reason: finishReasonOf(reply), logprobs: null },
        ],
        usage,
      });
      return;
    }
    const includeUsage =
      (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
    const events = streamEvents(id, model, reply, includeUsage ? usage : undefined);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.flushHeaders();
    for (let index = 0; index < events.length; index++) {
      if (fault?.kind === 'reset-mid-stream' && index === fault.afterChunks) {
        res.socket?.destroy();
        return;
      }
      if (fault?.kind === 'slow-stream') await wait(fault.chunkDelayMs);
      if (res.destroyed) return;
      const data = fault?.kind === 'malformed' ? '{"choices": [{"delta": ' : JSON.stringify(events[index]);
      // Wait until the event is handed to the socket, so a reset that follows cuts after it.
      await new Promise<void>((resolve) => res.write(`data: ${data}\n\n`, () => resolve()));
    }
    res.end('data: [DONE]\n\n');
  }

  function embeddings(request: ReceivedRequest, fault: LoopbackFault | undefined, res: ServerResponse) {
    const body = request.body;
    const inputs = body?.input === undefined ? [] : Array.isArray(body.input) ? body.input : [body.input];
    if (!body || typeof body.model !== 'string' || inputs.length === 0) {
      sendError(res, 400, 'model and input are required');
      return;
    }
    if (fault?.kind === 'malformed') {
      sendRaw(res, 200, 'application/json', 'not json at all');
      return;
    }
    const tokens = inputs.reduce<number>((sum, input) => sum + wordCount(JSON.stringify(input)), 0);
    sendJson(res, 200, {
      object: 'list',
      data: inputs.map((input, index) => ({
        object: 'embedding',
        index,
        embedding: vectorFor(JSON.stringify(input), dimensions),
      })),
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    received,
    setFault(plan) {
      faults = plan;
    },
    requestsTo(path) {
      return received.filter((request) => request.path === path);
    },
    async close() {
      clearTimers();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (part: Buffer) => {
      size += part.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        return;
      }
      parts.push(part);
    });
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function messageOf(reply: LoopbackReply): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content: reply.content ?? null };
  if (reply.toolCalls) {
    message.tool_calls = reply.toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }));
  }
  return message;
}

function finishReasonOf(reply: LoopbackReply): string {
  return reply.finishReason ?? (reply.toolCalls ? 'tool_calls' : 'stop');
}

/** The SSE events of a streamed reply: role first, one event per word, tool calls, finish, usage. */
function streamEvents(
  id: string,
  model: string,
  reply: LoopbackReply,
  usage: Record<string, number> | undefined,
): Record<string, unknown>[] {
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
    id,
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
    ...(usage ? { usage: null } : {}),
  });
  const events: Record<string, unknown>[] = [chunk({ role: 'assistant', content: '' })];
  for (const piece of (reply.content ?? '').match(/\S+\s*/g) ?? []) events.push(chunk({ content: piece }));
  (reply.toolCalls ?? []).forEach((call, index) => {
    events.push(
      chunk({
        tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }],
      }),
    );
    events.push(chunk({ tool_calls: [{ index, function: { arguments: call.arguments } }] }));
  });
  events.push(chunk({}, finishReasonOf(reply)));
  if (usage)
    events.push({ id, object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [], usage });
  return events;
}

/** Deterministic token counts: words of the messages in, words of the reply out. */
function usageFor(request: ReceivedRequest, reply: LoopbackReply): Record<string, number> {
  const prompt = wordCount(JSON.stringify(request.body?.messages ?? []));
  const completion =
    wordCount(reply.content ?? '') +
    (reply.toolCalls ?? []).reduce((sum, call) => sum + wordCount(call.arguments), 0);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

/** A deterministic unit-ish vector derived from the text, so equal inputs embed equally. */
function vectorFor(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (let index = 0; index < text.length; index++)
    vector[index % dimensions] += text.charCodeAt(index) / 1000;
  return vector.map((value) => Math.round(value * 1e6) / 1e6);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendRaw(res, status, 'application/json', JSON.stringify(body));
}

function sendRaw(res: ServerResponse, status: number, contentType: string, text: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, message: string, retryAfter?: string): void {
  const text = JSON.stringify({
    error: {
      message,
      type: status === 429 ? 'rate_limit_error' : 'invalid_request_error',
      param: null,
      code: null,
    },
  });
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...(retryAfter !== undefined ? { 'retry-after': retryAfter } : {}),
  });
  res.end(text);
}
