import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
  type BedrockRuntimeClientConfig,
  type ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { randomUUID } from 'node:crypto';
import {
  BackendError,
  type Backend,
  type CallOptions,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatRequest,
  type EmbeddingsRequest,
  type EmbeddingsResponse,
} from '../types';
import { bedrockEmbeddings } from './embeddings';
import { bedrockError } from './errors';
import { converseGuardrailConfig, converseStreamGuardrailConfig, type BedrockGuardrail } from './guardrail';
import { toConverseRequest } from './request';
import { fromConverseResponse } from './response';
import { ConverseStreamTranslator } from './stream';

export interface BedrockBackendOptions {
  /** Name used in policies, audit records and error messages. @default 'bedrock' */
  readonly name?: string;
  /** AWS region of the Bedrock Runtime endpoint. @default - the SDK's region chain (AWS_REGION, profile) */
  readonly region?: string;
  /**
   * Endpoint override, e.g. a VPC interface endpoint's DNS name or a loopback test server.
   * @default - AWS_ENDPOINT_URL_BEDROCK_RUNTIME when set (the SDK reads it), else the regional endpoint
   */
  readonly endpoint?: string;
  /** @default - the SDK's default credential chain (the Lambda execution role) */
  readonly credentials?: BedrockRuntimeClientConfig['credentials'];
  /** A ready client; region, endpoint and credentials are then ignored. @default - a client made from the options above */
  readonly client?: BedrockRuntimeClient;
  /**
   * A guardrail applied to every Converse and ConverseStream call (not to embeddings: Bedrock
   * guardrails assess text generation). Its intervention ends the answer with finish_reason
   * `content_filter`. The caller needs `bedrock:ApplyGuardrail` on the guardrail.
   * @default - no guardrail
   */
  readonly guardrail?: BedrockGuardrail;
}

/**
 * A cloud backend on Amazon Bedrock through Converse and ConverseStream (chat) and InvokeModel
 * (embeddings). The client it makes does no retries of its own (`maxAttempts: 1`): the gateway
 * core owns retries and failover, and SDK retries would spend its deadline behind its back.
 */
export function createBedrockBackend(options: BedrockBackendOptions = {}): Backend {
  const name = options.name ?? 'bedrock';
  const guardrail = options.guardrail;
  const client =
    options.client ??
    new BedrockRuntimeClient({
      maxAttempts: 1,
      ...(options.region ? { region: options.region } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });

  return {
    name,
    placement: 'cloud',

    async chat(request: ChatRequest, { signal }: CallOptions): Promise<ChatCompletion> {
      const input = {
        ...toConverseRequest(request),
        ...(guardrail ? { guardrailConfig: converseGuardrailConfig(guardrail) } : {}),
      };
      try {
        const output = await client.send(new ConverseCommand(input), { abortSignal: signal });
        return fromConverseResponse(
          output,
          request.model,
          completionId(output.$metadata.requestId),
          nowSeconds(),
          name,
        );
      } catch (error) {
        throw bedrockError(error, signal, name);
      }
    },

    async chatStream(
      request: ChatRequest,
      { signal }: CallOptions,
    ): Promise<AsyncIterable<ChatCompletionChunk>> {
      const input = {
        ...toConverseRequest(request),
        ...(guardrail ? { guardrailConfig: converseStreamGuardrailConfig(guardrail) } : {}),
      };
      // Aborting this closes the HTTP/2 stream, also after the response started: the SDK keeps
      // its abort listener until the stream closes. Used when the consumer stops reading early.
      const release = new AbortController();
      let events: AsyncIterator<ConverseStreamOutput>;
      let first: IteratorResult<ConverseStreamOutput>;
      let requestId: string | undefined;
      try {
        const output = await client.send(new ConverseStreamCommand(input), {
          abortSignal: AbortSignal.any([signal, release.signal]),
        });
        if (!output.stream)
          throw new BackendError('bad_response', `${name} answered a stream request without a stream`);
        requestId = output.$metadata.requestId;
        events = output.stream[Symbol.asyncIterator]();
        // Bedrock reports throttling and validation failures as the first stream event; reading
        // it before resolving lets those fail over like any error before the first byte.
        first = await events.next();
      } catch (error) {
        release.abort();
        throw bedrockError(error, signal, name);
      }
      const translator = new ConverseStreamTranslator(
        completionId(requestId),
        request.model,
        nowSeconds(),
        name,
      );
      return translate(first, events, translator, { signal, release }, name);
    },

    async embeddings(request: EmbeddingsRequest, { signal }: CallOptions): Promise<EmbeddingsResponse> {
      const invoke = async (modelId: string, body: Record<string, unknown>) => {
        try {
          const output = await client.send(
            new InvokeModelCommand({
              modelId,
              body: JSON.stringify(body),
              contentType: 'application/json',
              accept: 'application/json',
            }),
            { abortSignal: signal },
          );
          return parseObject(output.body.transformToString(), name);
        } catch (error) {
          throw bedrockError(error, signal, name);
        }
      };
      return bedrockEmbeddings(request, invoke, name);
    },
  };
}

async function* translate(
  first: IteratorResult<ConverseStreamOutput>,
  events: AsyncIterator<ConverseStreamOutput>,
  translator: ConverseStreamTranslator,
  { signal, release }: { signal: AbortSignal; release: AbortController },
  backendName: string,
): AsyncGenerator<ChatCompletionChunk> {
  let current = first;
  let completed = false;
  try {
    while (!current.done) {
      yield* translator.translate(current.value);
      if (signal.aborted)
        throw new BackendError('timeout', `${backendName} did not finish before the deadline`);
      try {
        current = await events.next();
      } catch (error) {
        throw bedrockError(error, signal, backendName);
      }
    }
    completed = true;
    if (signal.aborted)
      throw new BackendError('timeout', `${backendName} did not finish before the deadline`);
    translator.finish();
  } finally {
    // A consumer that stops early (or a failure) must release the HTTP/2 stream.
    if (!completed) release.abort();
  }
}

function parseObject(text: string, backendName: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Falls through to the protocol error below.
  }
  throw new BackendError(
    'bad_response',
    `${backendName} answered InvokeModel with something that is not a JSON object`,
  );
}

function completionId(requestId: string | undefined): string {
  return `chatcmpl-${requestId ?? randomUUID()}`;
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
