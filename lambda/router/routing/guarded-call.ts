import type { Decision } from '../../../lib/policy/types';
import type {
  Backend,
  CallOptions,
  ChatCompletion,
  ChatCompletionChunk,
  ChatRequest,
  EmbeddingsRequest,
  EmbeddingsResponse,
} from '../backends/types';
import { assertCloudAllowed } from './guard';

/**
 * The only way the gateway calls a backend: the cloud guard runs immediately before the call, on
 * the exact object whose content is sent (only `model` is swapped for the target's model id).
 */
export function guardedChat(
  backend: Backend,
  decision: Decision,
  outgoing: ChatRequest,
  model: string,
  options: CallOptions,
): Promise<ChatCompletion> {
  assertCloudAllowed(backend, decision, outgoing);
  return backend.chat({ ...outgoing, model }, options);
}

export function guardedChatStream(
  backend: Backend,
  decision: Decision,
  outgoing: ChatRequest,
  model: string,
  options: CallOptions,
): Promise<AsyncIterable<ChatCompletionChunk>> {
  assertCloudAllowed(backend, decision, outgoing);
  return backend.chatStream({ ...outgoing, model, stream: true }, options);
}

export function guardedEmbeddings(
  backend: Backend,
  decision: Decision,
  outgoing: EmbeddingsRequest,
  model: string,
  options: CallOptions,
): Promise<EmbeddingsResponse> {
  assertCloudAllowed(backend, decision, outgoing);
  return backend.embeddings({ ...outgoing, model }, options);
}
