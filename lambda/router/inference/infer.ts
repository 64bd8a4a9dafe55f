import { estimateTokens } from '../audit/cost';
import type { ChatCompletion, ChatRequest, EmbeddingsRequest, EmbeddingsResponse } from '../backends/types';
import { jsonResponse } from '../http/respond';
import type { BufferedResponse } from '../http/types';
import { executeTargets } from '../routing/execute';
import { guardedChat, guardedEmbeddings } from '../routing/guarded-call';
import type { Target } from '../routing/plan';
import type { InferenceContext } from './context';
import { executeOptions, failureError, promptChars, recordOutcome, settleCost } from './outcome';

/** A non-streaming chat completion or an embeddings call, routed and failed over per the plan. */
export async function infer(
  ctx: InferenceContext,
  targets: readonly Target[],
  kind: 'chat' | 'embeddings',
  original: ChatRequest | EmbeddingsRequest,
  redacted: ChatRequest | EmbeddingsRequest | undefined,
): Promise<BufferedResponse> {
  const outcome = await executeTargets<ChatCompletion | EmbeddingsResponse>(
    targets,
    ctx.backends,
    (backend, target, signal) => {
      const outgoing = target.redacted && redacted ? redacted : original;
      return kind === 'chat'
        ? guardedChat(backend, ctx.decision, outgoing as ChatRequest, target.model, { signal })
        : guardedEmbeddings(backend, ctx.decision, outgoing as EmbeddingsRequest, target.model, { signal });
    },
    executeOptions(ctx),
  );
  recordOutcome(ctx, outcome, targets);
  if (!outcome.ok) throw failureError(outcome);

  const answer = outcome.value;
  const usage = answer.usage as { prompt_tokens?: number; completion_tokens?: number } | undefined;
  const reported =
    usage && typeof usage.prompt_tokens === 'number'
      ? {
          in: usage.prompt_tokens,
          out: typeof usage.completion_tokens === 'number' ? usage.completion_tokens : 0,
        }
      : undefined;
  settleCost(ctx, outcome.backend, outcome.target.model, reported, () => ({
    in: estimateTokens(promptChars(original)),
    out: kind === 'chat' ? estimateTokens(completionChars(answer as ChatCompletion)) : 0,
  }));
  ctx.audit.finish('ok', 200);
  return jsonResponse(200, answer, ctx.audit.requestId, outcome.backend.placement);
}

function completionChars(completion: ChatCompletion): number {
  let chars = 0;
  for (const choice of completion.choices) {
    const message = choice.message as { content?: unknown; tool_calls?: unknown } | undefined;
    if (typeof message?.content === 'string') chars += message.content.length;
    if (Array.isArray(message?.tool_calls)) chars += JSON.stringify(message.tool_calls).length;
  }
  return chars;
}
