/**
 * OpenAI embeddings ↔ Bedrock InvokeModel, for the two embedding families whose bodies are
 * documented and stable: Amazon Titan Text Embeddings (`amazon.titan-embed-text-*`, one text per
 * call; `dimensions` passed through, v2 accepts 256, 512 or 1024) and Cohere Embed
 * (`cohere.embed-*`, up to 96 texts per call; `input_type` passed through, default
 * `search_document`). Any other model is refused with `rejected`: each provider has its own
 * body, and guessing one would fail at call time anyway. Token-array inputs are refused (the
 * Bedrock models take text). `encoding_format: 'base64'` (the OpenAI SDK's default) is honoured
 * by packing the floats as little-endian float32, as OpenAI does.
 */
import { BackendError, type EmbeddingsRequest, type EmbeddingsResponse } from '../types';

/** Sends one InvokeModel body and returns the parsed JSON answer. */
export type InvokeJson = (modelId: string, body: Record<string, unknown>) => Promise<Record<string, unknown>>;

const COHERE_BATCH = 96;
const TITAN_CONCURRENCY = 8;

export type EmbeddingFamily = 'titan' | 'cohere';

export function embeddingFamilyOf(modelId: string): EmbeddingFamily | undefined {
  if (modelId.includes('amazon.titan-embed-text')) return 'titan';
  if (modelId.includes('cohere.embed')) return 'cohere';
  return undefined;
}

export async function bedrockEmbeddings(
  request: EmbeddingsRequest,
  invoke: InvokeJson,
  backendName: string,
): Promise<EmbeddingsResponse> {
  const family = embeddingFamilyOf(request.model);
  if (!family) {
    throw new BackendError(
      'rejected',
      `${backendName} serves embeddings only from amazon.titan-embed-text-* and cohere.embed-* models, not ${request.model}`,
      400,
    );
  }
  const texts = inputTexts(request.input, backendName);
  const { vectors, promptTokens } =
    family === 'titan'
      ? await titan(request, texts, invoke, backendName)
      : await cohere(request, texts, invoke, backendName);
  const base64 = request.encoding_format === 'base64';
  return {
    object: 'list',
    data: vectors.map((vector, index) => ({
      object: 'embedding' as const,
      index,
      embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector,
    })),
    model: request.model,
    ...(promptTokens !== undefined
      ? { usage: { prompt_tokens: promptTokens, total_tokens: promptTokens } }
      : {}),
  };
}

interface Vectors {
  readonly vectors: number[][];
  readonly promptTokens?: number;
}

async function titan(
  request: EmbeddingsRequest,
  texts: readonly string[],
  invoke: InvokeJson,
  backendName: string,
): Promise<Vectors> {
  const vectors: number[][] = new Array(texts.length);
  let promptTokens = 0;
  for (let start = 0; start < texts.length; start += TITAN_CONCURRENCY) {
    const batch = texts.slice(start, start + TITAN_CONCURRENCY);
    const answers = await Promise.all(
      batch.map((inputText) =>
        invoke(request.model, {
          inputText,
          ...(typeof request.dimensions === 'number' ? { dimensions: request.dimensions } : {}),
        }),
      ),
    );
    answers.forEach((answer, offset) => {
      vectors[start + offset] = numberArray(answer.embedding, backendName);
      promptTokens += typeof answer.inputTextTokenCount === 'number' ? answer.inputTextTokenCount : 0;
    });
  }
  return { vectors, promptTokens };
}

async function cohere(
  request: EmbeddingsRequest,
  texts: readonly string[],
  invoke: InvokeJson,
  backendName: string,
): Promise<Vectors> {
  const vectors: number[][] = [];
  const inputType = typeof request.input_type === 'string' ? request.input_type : 'search_document';
  for (let start = 0; start < texts.length; start += COHERE_BATCH) {
    const answer = await invoke(request.model, {
      texts: texts.slice(start, start + COHERE_BATCH),
      input_type: inputType,
    });
    const embeddings = answer.embeddings;
    if (!Array.isArray(embeddings)) {
      throw new BackendError(
        'bad_response',
        `${backendName} answered Cohere embeddings without an embeddings array`,
      );
    }
    for (const vector of embeddings) vectors.push(numberArray(vector, backendName));
  }
  if (vectors.length !== texts.length) {
    throw new BackendError(
      'bad_response',
      `${backendName} answered ${vectors.length} embeddings for ${texts.length} texts`,
    );
  }
  return { vectors };
}

function inputTexts(input: unknown, backendName: string): string[] {
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input : undefined;
  if (!texts || texts.length === 0 || !texts.every((text) => typeof text === 'string')) {
    throw new BackendError(
      'rejected',
      `${backendName} embeds text only: input must be a string or an array of strings`,
      400,
    );
  }
  return texts as string[];
}

function numberArray(value: unknown, backendName: string): number[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'number')) {
    throw new BackendError(
      'bad_response',
      `${backendName} answered an embedding that is not an array of numbers`,
    );
  }
  return value as number[];
}
