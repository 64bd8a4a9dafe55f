/**
 * A real HTTP/2 cleartext (h2c) server on 127.0.0.1 (a random port) speaking the Bedrock Runtime
 * REST wire protocol, so the real `@aws-sdk/client-bedrock-runtime` can be pointed at it with an
 * endpoint override (`endpoint: server.url`, or `AWS_ENDPOINT_URL_BEDROCK_RUNTIME`) and static
 * dummy credentials. The SDK still signs with SigV4; the server does not verify signatures.
 *
 * Routes: `POST /model/{modelId}/converse` (JSON), `POST /model/{modelId}/converse-stream`
 * (`application/vnd.amazon.eventstream` frames, encoded with the SDK's own event-stream codec),
 * `POST /model/{modelId}/invoke` (Titan Text Embeddings v2 and Cohere Embed bodies).
 * Errors are an HTTP status, an `x-amzn-errortype` header and a `{"message"}` body, as AWS sends them.
 *
 * ```ts
 * const bedrock = await startLoopbackBedrock();
 * const client = new BedrockRuntimeClient({ region: 'us-east-1', endpoint: bedrock.url,
 *   credentials: { accessKeyId: 'AKIDLOOPBACK', secretAccessKey: 'loopback' } });
 * bedrock.setFault(() => ({ kind: 'error', errorType: 'ThrottlingException' }));
 * // ... assert on bedrock.received ...
 * await bedrock.close();
 * ```
 */
import { EventStreamCodec } from '@smithy/core/event-streams';
import {
  constants,
  createServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session,
  type IncomingHttpHeaders,
} from 'node:http2';
import type { AddressInfo } from 'node:net';
import { trackedTimers } from './tracked-timers';

/** One request as the server received it. */
export interface ReceivedBedrockRequest {
  /** 0-based arrival order. */
  readonly n: number;
  /** `converse`, `converse-stream`, `invoke`, or the unknown last path segment. */
  readonly operation: string;
  /** The model id, URL-decoded (e.g. `anthropic.claude-3-haiku-20240307-v1:0`). */
  readonly modelId: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON (`undefined` when not JSON). */
  readonly body: Record<string, unknown> | undefined;
}

/** Bedrock Runtime error codes and the HTTP status AWS answers them with. */
export const BEDROCK_ERROR_STATUS = {
  AccessDeniedException: 403,
  ConflictException: 400,
  InternalServerException: 500,
  ModelErrorException: 424,
  ModelNotReadyException: 429,
  ModelTimeoutException: 408,
  ResourceNotFoundException: 404,
  ServiceQuotaExceededException: 400,
  ServiceUnavailableException: 503,
  ThrottlingException: 429,
  ValidationException: 400,
} as const;
export type BedrockErrorType = keyof typeof BEDROCK_ERROR_STATUS;

/** The exceptions ConverseStream can send inside the stream (the union members of ConverseStreamOutput). */
export type BedrockStreamExceptionType =
  | 'internalServerException'
  | 'modelStreamErrorException'
  | 'validationException'
  | 'throttlingException'
  | 'serviceUnavailableException';

/**
 * A fault to inject into one response.
 * - `error`: answer with the error's HTTP status, `x-amzn-errortype` and a JSON message.
 * - `delay`: wait before answering normally.
 * - `reset`: reset the HTTP/2 stream before sending anything.
 * - `exception-mid-stream`: send `afterEvents` events, then an exception frame, then end.
 * - `reset-mid-stream`: send `afterEvents` events, then reset the stream.
 * - `truncate`: send `afterEvents` events, then end the response cleanly (no messageStop).
 * - `malformed`: answer 200 with a body that is not JSON (or bytes that are not event-stream frames).
 * - `slow-stream`: wait `eventDelayMs` before each stream event.
 */
export type BedrockFault =
  | { readonly kind: 'error'; readonly errorType: BedrockErrorType; readonly message?: string }
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'reset' }
  | {
      readonly kind: 'exception-mid-stream';
      readonly afterEvents: number;
      readonly exceptionType: BedrockStreamExceptionType;
      readonly message?: string;
    }
  | { readonly kind: 'reset-mid-stream'; readonly afterEvents: number }
  | { readonly kind: 'truncate'; readonly afterEvents: number }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'slow-stream'; readonly eventDelayMs: number };

export type BedrockFaultPlan = (request: ReceivedBedrockRequest, n: number) => BedrockFault | undefined;

/** What the model "says": text blocks and tool uses, in this order. */
export interface BedrockReply {
  readonly text?: string;
  readonly toolUses?: readonly {
    readonly toolUseId: string;
    readonly name: string;
    readonly input: unknown;
  }[];
  /** @default 'end_turn', or 'tool_use' when toolUses are given */
  readonly stopReason?: string;
  /** @default { inputTokens: 11, outputTokens: 7 } */
  readonly usage?: { readonly inputTokens: number; readonly outputTokens: number };
}

export interface LoopbackBedrockOptions {
  /** @default - none */
  readonly faults?: BedrockFaultPlan;
  /** @default - a fixed sentence that never echoes the prompt */
  readonly reply?: (request: ReceivedBedrockRequest) => BedrockReply;
}

export interface LoopbackBedrock {
  /** The endpoint to give the SDK, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly received: ReceivedBedrockRequest[];
  setFault(plan: BedrockFaultPlan | undefined): void;
  /** Replaces the reply function. */
  setReply(reply: (request: ReceivedBedrockRequest) => BedrockReply): void;
  close(): Promise<void>;
}

type StreamEvent = readonly [eventType: string, payload: Record<string, unknown>];

const codec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString('utf8'),
  (text) => new Uint8Array(Buffer.from(text, 'utf8')),
);

export async function startLoopbackBedrock(options: LoopbackBedrockOptions = {}): Promise<LoopbackBedrock> {
  const received: ReceivedBedrockRequest[] = [];
  const sessions = new Set<Http2Session>();
  let faults = options.faults;
  let replyTo = options.reply ?? (() => ({ text: 'The loopback model answers this request.' }));

  const { wait, clearAll: clearTimers } = trackedTimers();

  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const request = record(req, Buffer.concat(parts).toString('utf8'));
      void respond(request, faults?.(request, request.n), res);
    });
  });
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });

  function record(req: Http2ServerRequest, text: string): ReceivedBedrockRequest {
    const path = req.url;
    const segments = path.split('?')[0].split('/');
    const request: ReceivedBedrockRequest = {
      n: received.length,
      operation: segments[3] ?? '',
      modelId: segments[1] === 'model' && segments[2] ? decodeURIComponent(segments[2]) : '',
      path,
      headers: req.headers,
      body: parseObject(text),
    };
    received.push(request);
    return request;
  }

  async function respond(
    request: ReceivedBedrockRequest,
    fault: BedrockFault | undefined,
    res: Http2ServerResponse,
  ) {
    if (fault?.kind === 'reset') {
      res.stream.close(constants.NGHTTP2_INTERNAL_ERROR);
      return;
    }
    if (fault?.kind === 'delay') {
      await wait(fault.ms);
      if (res.stream.destroyed) return;
    }
    if (fault?.kind === 'error') {
      sendError(res, fault.errorType, fault.message ?? `injected ${fault.errorType}`);
      return;
    }
    if (!request.modelId) {
      sendError(res, 'ResourceNotFoundException', `unknown route ${request.path}`);
      return;
    }
    if (request.operation === 'converse') {
      if (fault?.kind === 'malformed') {
        sendRaw(res, 200, 'application/json', '{"output": {"message": ');
        return;
      }
      sendRaw(res, 200, 'application/json', JSON.stringify(converseResponse(replyTo(request))));
    } else if (request.operation === 'converse-stream') {
      await stream(converseStreamEvents(replyTo(request)), fault, res);
    } else if (request.operation === 'invoke') {
      invoke(request, fault, res);
    } else {
      sendError(res, 'ResourceNotFoundException', `unknown operation ${request.operation}`);
    }
  }

  async function stream(
    events: readonly StreamEvent[],
    fault: BedrockFault | undefined,
    res: Http2ServerResponse,
  ) {
    res.writeHead(200, {
      'content-type': 'application/vnd.amazon.eventstream',
      'x-amzn-requestid': 'loopback',
    });
    if (fault?.kind === 'malformed') {
      res.end(Buffer.from('this is not an event stream frame at all, just text'));
      return;
    }
    for (let index = 0; index < events.length; index++) {
      if (fault?.kind === 'reset-mid-stream' && index === fault.afterEvents) {
        res.stream.close(constants.NGHTTP2_INTERNAL_ERROR);
        return;
      }
      if (fault?.kind === 'truncate' && index === fault.afterEvents) {
        res.end();
        return;
      }
      if (fault?.kind === 'exception-mid-stream' && index === fault.afterEvents) {
        res.end(exceptionFrame(fault.exceptionType, fault.message ?? `injected ${fault.exceptionType}`));
        return;
      }
      if (fault?.kind === 'slow-stream') await wait(fault.eventDelayMs);
      if (res.stream.destroyed) return;
      const [eventType, payload] = events[index];
      await new Promise<void>((resolve) => res.write(eventFrame(eventType, payload), () => resolve()));
    }
    res.end();
  }

  function invoke(
    request: ReceivedBedrockRequest,
    fault: BedrockFault | undefined,
    res: Http2ServerResponse,
  ) {
    if (fault?.kind === 'malformed') {
      sendRaw(res, 200, 'application/json', 'not json');
      return;
    }
    const body = request.body ?? {};
    if (typeof body.inputText === 'string') {
      const dimensions = typeof body.dimensions === 'number' ? body.dimensions : 1024;
      sendRaw(
        res,
        200,
        'application/json',
        JSON.stringify({
          embedding: vectorFor(body.inputText, dimensions),
          inputTextTokenCount: wordCount(body.inputText),
        }),
      );
    } else if (Array.isArray(body.texts)) {
      const texts = body.texts.map(String);
      sendRaw(
        res,
        200,
        'application/json',
        JSON.stringify({
          id: `loopback-${request.n}`,
          response_type: 'embeddings_floats',
          texts,
          embeddings: texts.map((text) => vectorFor(text, 1024)),
        }),
      );
    } else {
      sendError(
        res,
        'ValidationException',
        'Malformed input request, please reformat your input and try again.',
      );
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    setFault(plan) {
      faults = plan;
    },
    setReply(reply) {
      replyTo = reply;
    },
    async close() {
      clearTimers();
      for (const session of sessions) session.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The Converse response body for a reply. */
export function converseResponse(reply: BedrockReply): Record<string, unknown> {
  const usage = usageOf(reply);
  return {
    output: { message: { role: 'assistant', content: contentBlocks(reply) } },
    stopReason: stopReasonOf(reply),
    usage,
    metrics: { latencyMs: 5 },
  };
}

/** The ConverseStream events for a reply: messageStart, one block per text or tool use, messageStop, metadata. */
export function converseStreamEvents(reply: BedrockReply): StreamEvent[] {
  const events: StreamEvent[] = [['messageStart', { role: 'assistant' }]];
  let blockIndex = 0;
  if (reply.text !== undefined) {
    for (const piece of reply.text.match(/\S+\s*/g) ?? []) {
      events.push(['contentBlockDelta', { contentBlockIndex: blockIndex, delta: { text: piece } }]);
    }
    events.push(['contentBlockStop', { contentBlockIndex: blockIndex }]);
    blockIndex++;
  }
  for (const toolUse of reply.toolUses ?? []) {
    events.push([
      'contentBlockStart',
      {
        contentBlockIndex: blockIndex,
        start: { toolUse: { toolUseId: toolUse.toolUseId, name: toolUse.name } },
      },
    ]);
    // Bedrock streams tool input as JSON text fragments; split it in two to exercise reassembly.
    const input = JSON.stringify(toolUse.input);
    const middle = Math.floor(input.length / 2);
    for (const fragment of [input.slice(0, middle), input.slice(middle)]) {
      events.push([
        'contentBlockDelta',
        { contentBlockIndex: blockIndex, delta: { toolUse: { input: fragment } } },
      ]);
    }
    events.push(['contentBlockStop', { contentBlockIndex: blockIndex }]);
    blockIndex++;
  }
  events.push(['messageStop', { stopReason: stopReasonOf(reply) }]);
  events.push(['metadata', { usage: usageOf(reply), metrics: { latencyMs: 5 } }]);
  return events;
}

function contentBlocks(reply: BedrockReply): Record<string, unknown>[] {
  return [
    ...(reply.text !== undefined ? [{ text: reply.text }] : []),
    ...(reply.toolUses ?? []).map((toolUse) => ({ toolUse: { ...toolUse } })),
  ];
}

function stopReasonOf(reply: BedrockReply): string {
  return reply.stopReason ?? (reply.toolUses?.length ? 'tool_use' : 'end_turn');
}

function usageOf(reply: BedrockReply): Record<string, number> {
  const { inputTokens, outputTokens } = reply.usage ?? { inputTokens: 11, outputTokens: 7 };
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}

function eventFrame(eventType: string, payload: Record<string, unknown>): Uint8Array {
  return codec.encode({
    headers: {
      ':event-type': { type: 'string', value: eventType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    },
    body: Buffer.from(JSON.stringify(payload), 'utf8'),
  });
}

function exceptionFrame(exceptionType: string, message: string): Uint8Array {
  return codec.encode({
    headers: {
      ':exception-type': { type: 'string', value: exceptionType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'exception' },
    },
    body: Buffer.from(JSON.stringify({ message }), 'utf8'),
  });
}

function sendError(res: Http2ServerResponse, errorType: BedrockErrorType, message: string): void {
  const text = JSON.stringify({ message });
  res.writeHead(BEDROCK_ERROR_STATUS[errorType], {
    'content-type': 'application/json',
    'x-amzn-errortype': `${errorType}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    'x-amzn-requestid': 'loopback',
  });
  res.end(text);
}

function sendRaw(res: Http2ServerResponse, status: number, contentType: string, text: string): void {
  res.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': 'loopback' });
  res.end(text);
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

function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

function vectorFor(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (let index = 0; index < text.length; index++)
    vector[index % dimensions] += text.charCodeAt(index) / 1000;
  return vector.map((value) => Math.round(value * 1e6) / 1e6);
}
