import { transportError } from '../shared/transport-error';
import {
  BackendError,
  type Backend,
  type BackendPlacement,
  type CallOptions,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatRequest,
  type EmbeddingsRequest,
  type EmbeddingsResponse,
} from '../types';
import { errorFromStatus } from './errors';
import { chatRequestBody, embeddingsRequestBody } from './request';
import { parseChatCompletion, parseEmbeddings } from './response';
import { chatChunksFromSse } from './stream';

export interface OpenAiCompatibleBackendOptions {
  /** Name used in policies, audit records and error messages, e.g. `private` or `openai`. */
  readonly name: string;
  /** Which side of the routing invariant this backend is on. */
  readonly placement: BackendPlacement;
  /** The API root including its version segment, e.g. `http://vllm.internal:8000/v1`. */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>`. @default - no Authorization header */
  readonly apiKey?: string;
  /** Extra headers on every request (e.g. an API gateway key); they cannot replace content-type. @default - none */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Ask streaming calls for the usage chunk (`stream_options.include_usage`) whatever the client
   * asked, so streamed requests are costed from real token counts. Turn off only for a server
   * that rejects `stream_options`.
   * @default true
   */
  readonly streamUsage?: boolean;
}

/**
 * A backend for any server that speaks the OpenAI API: vLLM, TGI, NIM, Ollama, or a cloud
 * provider. It uses Node's global fetch, whose undici agent keeps connections alive between
 * calls (a Lambda container reuses them across invocations).
 */
export function createOpenAiCompatibleBackend(options: OpenAiCompatibleBackendOptions): Backend {
  const { name, placement } = options;
  const root = withoutTrailingSlashes(options.baseUrl);
  const streamUsage = options.streamUsage ?? true;
  const headers: Record<string, string> = {
    ...options.headers,
    ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    'content-type': 'application/json',
  };
  // Built once per backend, not per call (fetch copies them and never changes the object given).
  const headersAccepting = {
    json: { ...headers, accept: 'application/json' },
    sse: { ...headers, accept: 'text/event-stream' },
  };

  /** POSTs a JSON body; resolves with the 2xx response, or throws the mapped BackendError. */
  async function post(
    path: string,
    body: string,
    accept: keyof typeof headersAccepting,
    signal: AbortSignal,
  ): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, {
        method: 'POST',
        headers: headersAccepting[accept],
        body,
        signal,
        // Never re-send a body to wherever a backend redirects (a 307/308 could move sensitive data);
        // this also spares undici the request clone that redirect-following needs.
        redirect: 'error',
      });
    } catch (error) {
      throw transportError(name, error, signal);
    }
    if (response.ok) return response;
    throw errorFromStatus(response.status, response.headers, await readText(response, signal), name);
  }

  async function readText(response: Response, signal: AbortSignal): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw transportError(name, error, signal);
    }
  }

  return {
    name,
    placement,

    async chat(request: ChatRequest, { signal }: CallOptions): Promise<ChatCompletion> {
      const response = await post(
        '/chat/completions',
        chatRequestBody(request, false, streamUsage),
        'json',
        signal,
      );
      return parseChatCompletion(await readText(response, signal), name);
    },

    async chatStream(
      request: ChatRequest,
      { signal }: CallOptions,
    ): Promise<AsyncIterable<ChatCompletionChunk>> {
      const response = await post(
        '/chat/completions',
        chatRequestBody(request, true, streamUsage),
        'sse',
        signal,
      );
      const body = response.body;
      if (!body) throw new BackendError('bad_response', `${name} answered a stream request without a body`);
      return chunksOf(body, name, signal);
    },

    async embeddings(request: EmbeddingsRequest, { signal }: CallOptions): Promise<EmbeddingsResponse> {
      const response = await post('/embeddings', embeddingsRequestBody(request), 'json', signal);
      return parseEmbeddings(await readText(response, signal), name);
    },
  };
}

/**
 * The chunks of a streaming body. Transport failures while reading (reset, abort) become
 * BackendErrors; a consumer that stops early cancels the body, which frees the connection.
 */
async function* chunksOf(
  body: ReadableStream<Uint8Array>,
  backendName: string,
  signal: AbortSignal,
): AsyncGenerator<ChatCompletionChunk> {
  const reader = body.getReader();
  const bytes: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        let result: Awaited<ReturnType<typeof reader.read>>;
        try {
          result = await reader.read();
        } catch (error) {
          throw transportError(backendName, error, signal);
        }
        if (result.done) return;
        yield result.value;
      }
    },
  };
  try {
    yield* chatChunksFromSse(bytes, backendName);
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/** Strips trailing slashes without a regular expression (`/\/+$/` backtracks quadratically). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url.charCodeAt(end - 1) === 47) end--;
  return url.slice(0, end);
}
