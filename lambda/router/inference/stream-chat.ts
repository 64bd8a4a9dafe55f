import { estimateTokens } from '../audit/cost';
import type { AuditStatus } from '../audit/record';
import { BackendError, type Backend, type ChatCompletionChunk, type ChatRequest } from '../backends/types';
import { baseHeaders } from '../http/respond';
import type { StreamingResponse } from '../http/types';
import { executeTargets } from '../routing/execute';
import { guardedChatStream } from '../routing/guarded-call';
import type { Target } from '../routing/plan';
import type { InferenceContext } from './context';
import { executeOptions, failureError, promptChars, recordOutcome, settleCost } from './outcome';

interface OpenedStream {
  readonly iterator: AsyncIterator<ChatCompletionChunk>;
  readonly first: IteratorResult<ChatCompletionChunk>;
  /** Aborts the backend call; lives as long as the stream, not just the attempt. */
  readonly controller: AbortController;
}

const INTERRUPTED_FRAME = `data: ${JSON.stringify({
  error: {
    message: 'The model backend failed after the answer had started; the answer is incomplete.',
    type: 'api_error',
    param: null,
    code: 'stream_interrupted',
  },
})}\n\n`;

/**
 * A streaming chat completion. Until the first chunk has arrived, failures fail over exactly like
 * non-streaming calls (the response has not started). After it, a failure ends the SSE stream with
 * an `error` event and no `[DONE]`, and the audit status is `stream_error`: never a silent truncation.
 */
export async function streamChat(
  ctx: InferenceContext,
  targets: readonly Target[],
  original: ChatRequest,
  redacted: ChatRequest | undefined,
): Promise<StreamingResponse> {
  const outcome = await executeTargets<OpenedStream>(
    targets,
    ctx.backends,
    (backend, target, signal) =>
      openStream(backend, target, signal, ctx, target.redacted && redacted ? redacted : original),
    executeOptions(ctx),
  );
  recordOutcome(ctx, outcome, targets);
  if (!outcome.ok) throw failureError(outcome);

  const clientWantsUsage =
    (original.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
  const events = relay(ctx, outcome.value, outcome.backend, outcome.target.model, original, clientWantsUsage);
  return {
    kind: 'stream',
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      ...baseHeaders(ctx.audit.requestId, outcome.backend.placement),
    },
    events,
  };
}

async function openStream(
  backend: Backend,
  target: Target,
  attemptSignal: AbortSignal,
  ctx: InferenceContext,
  outgoing: ChatRequest,
): Promise<OpenedStream> {
  const controller = new AbortController();
  const forward = () => controller.abort(attemptSignal.reason);
  attemptSignal.addEventListener('abort', forward, { once: true });
  try {
    const stream = await guardedChatStream(backend, ctx.decision, outgoing, target.model, {
      signal: controller.signal,
    });
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    return { iterator, first, controller };
  } catch (error) {
    controller.abort();
    throw error;
  } finally {
    attemptSignal.removeEventListener('abort', forward);
  }
}

/**
 * The SSE frames for the client, wrapped so the audit record is written exactly once even when the
 * consumer abandons the iterator before the first `next()` (a plain generator would skip `finally`).
 */
function relay(
  ctx: InferenceContext,
  opened: OpenedStream,
  backend: Backend,
  model: string,
  original: ChatRequest,
  clientWantsUsage: boolean,
): AsyncIterable<string> {
  let status: AuditStatus = 'client_disconnected';
  let reported: { in: number; out: number } | undefined;
  let outputChars = 0;
  let idle: NodeJS.Timeout | undefined;
  let settled = false;
  const { iterator, controller } = opened;
  const unsubscribe = ctx.client?.onClose(() => controller.abort(new Error('client disconnected')));

  const settle = () => {
    if (settled) return;
    settled = true;
    clearTimeout(idle);
    unsubscribe?.();
    controller.abort();
    iterator.return?.().catch(() => undefined);
    settleCost(ctx, backend, model, reported, () => ({
      in: estimateTokens(promptChars(original)),
      out: estimateTokens(outputChars),
    }));
    const httpStatus = status === 'client_disconnected' ? 499 : 200;
    ctx.audit.finish(status, httpStatus, status === 'stream_error' ? 'stream_interrupted' : null);
  };

  // One timer for the whole stream, restarted per chunk: a stream is hundreds of chunks, and
  // refresh() costs a fraction of clearing and creating a timer each time.
  const nextWithIdleTimeout = (): Promise<IteratorResult<ChatCompletionChunk>> => {
    if (idle) idle.refresh();
    else {
      idle = setTimeout(
        () => controller.abort(new BackendError('timeout', 'stream idle timeout')),
        ctx.attemptTimeoutMs,
      );
    }
    return iterator.next();
  };

  async function* frames(): AsyncGenerator<string> {
    try {
      let next = opened.first;
      while (!next.done) {
        const chunk = next.value;
        if (chunk.usage && typeof chunk.usage.prompt_tokens === 'number') {
          reported = { in: chunk.usage.prompt_tokens, out: chunk.usage.completion_tokens ?? 0 };
        }
        outputChars += deltaChars(chunk);
        const forwarded = clientWantsUsage ? chunk : withoutUsage(chunk);
        if (forwarded) yield `data: ${JSON.stringify(forwarded)}\n\n`;
        next = await nextWithIdleTimeout();
      }
      clearTimeout(idle);
      status = 'ok';
      yield 'data: [DONE]\n\n';
    } catch {
      if (!ctx.client?.closed) {
        status = 'stream_error';
        yield INTERRUPTED_FRAME;
      }
    } finally {
      settle();
    }
  }

  const generator = frames();
  let started = false;
  return {
    [Symbol.asyncIterator]() {
      return {
        next() {
          started = true;
          return generator.next();
        },
        async return(value?: unknown) {
          if (!started) settle();
          return generator.return(value as undefined);
        },
      };
    },
  };
}

/** The chunk as a client that did not ask for usage expects it (OpenAI sends no usage then). */
function withoutUsage(chunk: ChatCompletionChunk): ChatCompletionChunk | undefined {
  if (!('usage' in chunk)) return chunk;
  if (chunk.choices.length === 0) return undefined;
  const copy: Record<string, unknown> = { ...chunk };
  delete copy.usage;
  return copy as ChatCompletionChunk;
}

function deltaChars(chunk: ChatCompletionChunk): number {
  let chars = 0;
  for (const choice of chunk.choices) {
    const delta = choice.delta as { content?: unknown; tool_calls?: unknown; refusal?: unknown } | undefined;
    if (!delta) continue;
    if (typeof delta.content === 'string') chars += delta.content.length;
    if (typeof delta.refusal === 'string') chars += delta.refusal.length;
    if (Array.isArray(delta.tool_calls)) chars += JSON.stringify(delta.tool_calls).length;
  }
  return chars;
}
