import type { ChatRequest, EmbeddingsRequest } from '../types';

/**
 * The body sent upstream for a chat completion: the client's request as it came (so every field
 * the OpenAI API grows reaches the model unchanged), with the stream flag set by the call kind.
 * Streaming calls ask for the usage chunk, because cost accounting needs the token counts even
 * when the client did not ask for them.
 */
export function chatRequestBody(request: ChatRequest, stream: boolean, streamUsage: boolean): string {
  const rest: Record<string, unknown> = { ...request };
  const streamOptions = rest.stream_options;
  delete rest.stream;
  delete rest.stream_options;
  if (!stream) return JSON.stringify(rest);
  const options = isObject(streamOptions) ? streamOptions : {};
  return JSON.stringify({
    ...rest,
    stream: true,
    ...(streamUsage
      ? { stream_options: { ...options, include_usage: true } }
      : isObject(streamOptions)
        ? { stream_options: streamOptions }
        : {}),
  });
}

/** The body sent upstream for embeddings: the client's request unchanged. */
export function embeddingsRequestBody(request: EmbeddingsRequest): string {
  return JSON.stringify(request);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
