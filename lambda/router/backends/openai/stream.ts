import { parseServerSentEvents } from '../shared/sse';
import { BackendError, type ChatCompletionChunk } from '../types';
import { openAiErrorMessage } from './errors';

/**
 * Turns an OpenAI-compatible SSE body into chat.completion.chunk objects, passed through as the
 * backend sent them. The stream must end with `data: [DONE]` or at least a chunk with a
 * `finish_reason`: a body that just stops was cut off, and reporting it as a complete answer
 * would be a silent truncation. An error event mid-stream (vLLM sends `{"error": ...}`) throws.
 */
export async function* chatChunksFromSse(
  bytes: AsyncIterable<Uint8Array>,
  backendName: string,
): AsyncGenerator<ChatCompletionChunk> {
  let finished = false;
  for await (const event of parseServerSentEvents(bytes, backendName)) {
    if (event.data === '[DONE]') return;
    const chunk = parseChunk(event.data, event.event, backendName);
    if (chunk.choices.some((choice) => choice.finish_reason != null)) finished = true;
    yield chunk;
  }
  if (!finished)
    throw new BackendError('unavailable', `${backendName} ended the stream before it was complete`);
}

function parseChunk(data: string, eventName: string, backendName: string): ChatCompletionChunk {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new BackendError('bad_response', `${backendName} sent a stream event that is not JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BackendError('bad_response', `${backendName} sent a stream event that is not an object`);
  }
  const body = value as Record<string, unknown>;
  if (eventName === 'error' || body.error !== undefined) {
    const detail = openAiErrorMessage(data);
    throw new BackendError('unavailable', `${backendName} failed mid-stream${detail ? `: ${detail}` : ''}`);
  }
  if (!Array.isArray(body.choices)) {
    throw new BackendError('bad_response', `${backendName} sent a stream chunk without choices`);
  }
  return { object: 'chat.completion.chunk', ...body } as ChatCompletionChunk;
}
