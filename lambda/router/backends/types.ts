/**
 * The contract between the gateway core and a model backend. A backend speaks to one service
 * (an OpenAI-compatible HTTP API, or Amazon Bedrock) and always answers in OpenAI's shapes, so the
 * core never sees a provider format.
 */

/** Which side of the routing invariant a backend is on. Cloud backends never see sensitive data. */
export type BackendPlacement = 'private' | 'cloud';

/** An OpenAI chat-completions request body (the fields are passed through as the client sent them). */
export interface ChatRequest {
  readonly model: string;
  readonly messages: readonly Record<string, unknown>[];
  readonly stream?: boolean;
  readonly [key: string]: unknown;
}

/** An OpenAI chat.completion object. */
export interface ChatCompletion {
  readonly id: string;
  readonly object: 'chat.completion';
  readonly created: number;
  readonly model: string;
  readonly choices: readonly Record<string, unknown>[];
  readonly usage?: Usage;
  readonly [key: string]: unknown;
}

/** An OpenAI chat.completion.chunk object (one SSE `data:` event). */
export interface ChatCompletionChunk {
  readonly id: string;
  readonly object: 'chat.completion.chunk';
  readonly created: number;
  readonly model: string;
  readonly choices: readonly Record<string, unknown>[];
  readonly usage?: Usage | null;
  readonly [key: string]: unknown;
}

export interface Usage {
  readonly prompt_tokens: number;
  readonly completion_tokens: number;
  readonly total_tokens: number;
}

/** An OpenAI embeddings request body. */
export interface EmbeddingsRequest {
  readonly model: string;
  readonly input: unknown;
  readonly [key: string]: unknown;
}

/** An OpenAI embeddings response (`object: 'list'`). */
export interface EmbeddingsResponse {
  readonly object: 'list';
  readonly data: readonly {
    readonly object: 'embedding';
    readonly index: number;
    readonly embedding: unknown;
  }[];
  readonly model: string;
  readonly usage?: { readonly prompt_tokens: number; readonly total_tokens: number };
}

/** Per-call limits set by the core. */
export interface CallOptions {
  /** Aborts the call (per-attempt timeout or the overall deadline). */
  readonly signal: AbortSignal;
}

/**
 * Why a call failed, as the failover table of DESIGN section 6 needs it:
 * - `saturated`: 429, 503, or a queue timeout: the backend is up but full.
 * - `unavailable`: connect refused/reset, DNS failure, 5xx other than 503: the backend is down.
 * - `timeout`: no answer within the attempt timeout.
 * - `bad_response`: the backend answered something that is not the protocol (malformed JSON).
 * - `rejected`: the backend refused this request (4xx other than 429): retrying elsewhere will not help.
 */
export type BackendFailure = 'saturated' | 'unavailable' | 'timeout' | 'bad_response' | 'rejected';

export class BackendError extends Error {
  constructor(
    readonly failure: BackendFailure,
    message: string,
    /** HTTP status from the backend, when there was one. */
    readonly status?: number,
    /** How long the backend asked us to wait (Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

/** A model backend. */
export interface Backend {
  /** Name used in policies, audit records and metrics: `private`, `bedrock`, or a provider name. */
  readonly name: string;
  readonly placement: BackendPlacement;
  /** Non-streaming chat completion. Throws `BackendError`. */
  chat(request: ChatRequest, options: CallOptions): Promise<ChatCompletion>;
  /**
   * Streaming chat completion. The promise resolves once the backend has accepted the request (the
   * first chunk is available or the response headers are in), so a failure before the first byte
   * rejects it and can fail over; errors later surface from the iterator as `BackendError`.
   * The final chunk carries `usage` when the backend reports it.
   */
  chatStream(request: ChatRequest, options: CallOptions): Promise<AsyncIterable<ChatCompletionChunk>>;
  /** Embeddings, when the backend serves them. Throws `BackendError` (`rejected` when unsupported). */
  embeddings(request: EmbeddingsRequest, options: CallOptions): Promise<EmbeddingsResponse>;
}
