import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import {
  createBedrockBackend,
  type BedrockBackendOptions,
} from '../../../../lambda/router/backends/bedrock/client';
import {
  BackendError,
  type Backend,
  type ChatCompletionChunk,
} from '../../../../lambda/router/backends/types';
import {
  startLoopbackBedrock,
  type LoopbackBedrock,
  type LoopbackBedrockOptions,
} from '../../../support/loopback-bedrock-server';

export const MODEL_ID = 'anthropic.claude-3-haiku-20240307-v1:0';
export const DUMMY_CREDENTIALS = { accessKeyId: 'AKIDLOOPBACK', secretAccessKey: 'loopback-secret' };

export interface BedrockFixture {
  readonly server: LoopbackBedrock;
  readonly backend: Backend;
  /** The Converse body the server received last. */
  lastBody(): Record<string, unknown>;
  close(): Promise<void>;
}

/** A loopback Bedrock server and a backend (with `backendOptions`) whose real SDK client points at it. */
export async function bedrockFixture(
  options: LoopbackBedrockOptions = {},
  backendOptions: Omit<BedrockBackendOptions, 'client'> = {},
): Promise<BedrockFixture> {
  const server = await startLoopbackBedrock(options);
  const client = new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: DUMMY_CREDENTIALS,
    maxAttempts: 1,
  });
  const backend = createBedrockBackend({ ...backendOptions, client });
  return {
    server,
    backend,
    lastBody() {
      const body = server.received.at(-1)?.body;
      if (!body) throw new Error('the loopback Bedrock server received no JSON body');
      return body;
    },
    async close() {
      client.destroy();
      await server.close();
    },
  };
}

export function live(): { signal: AbortSignal } {
  return { signal: new AbortController().signal };
}

export async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletionChunk[]> {
  const chunks: ChatCompletionChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

export async function failureOf(promise: Promise<unknown>): Promise<BackendError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackendError) return error;
    throw new Error(`expected a BackendError, got ${String(error)}`);
  }
  throw new Error('expected the call to fail');
}
