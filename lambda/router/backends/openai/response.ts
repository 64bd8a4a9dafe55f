import { BackendError, type ChatCompletion, type EmbeddingsResponse } from '../types';

/** Parses a chat.completion body; anything without a `choices` array is not the protocol. */
export function parseChatCompletion(text: string, backendName: string): ChatCompletion {
  const body = parseJsonObject(text, backendName);
  if (!Array.isArray(body.choices)) {
    throw new BackendError('bad_response', `${backendName} answered a chat completion without choices`);
  }
  return { object: 'chat.completion', ...body } as ChatCompletion;
}

/** Parses an embeddings list; anything without a `data` array is not the protocol. */
export function parseEmbeddings(text: string, backendName: string): EmbeddingsResponse {
  const body = parseJsonObject(text, backendName);
  if (!Array.isArray(body.data)) {
    throw new BackendError('bad_response', `${backendName} answered embeddings without data`);
  }
  return { object: 'list', ...body } as EmbeddingsResponse;
}

/** Parses text that must be one JSON object, or throws `bad_response`. */
export function parseJsonObject(text: string, backendName: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackendError('bad_response', `${backendName} answered with malformed JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BackendError('bad_response', `${backendName} answered JSON that is not an object`);
  }
  return value as Record<string, unknown>;
}
