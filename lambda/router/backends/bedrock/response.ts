import type { ContentBlock, ConverseResponse, TokenUsage } from '@aws-sdk/client-bedrock-runtime';
import { BackendError, type ChatCompletion, type Usage } from '../types';
import { finishReasonOf } from './finish-reason';

/**
 * Bedrock Converse response → OpenAI chat.completion: text blocks concatenated into
 * `message.content` (null when there are none, as OpenAI does for pure tool calls), toolUse
 * blocks → `tool_calls` (the toolUseId as id, the input JSON-stringified as arguments).
 * Reasoning blocks are not exposed: OpenAI's chat format has no field for them.
 */
export function fromConverseResponse(
  response: ConverseResponse,
  model: string,
  id: string,
  created: number,
  backendName: string,
): ChatCompletion {
  const content = response.output?.message?.content;
  if (!Array.isArray(content)) {
    throw new BackendError('bad_response', `${backendName} answered without an output message`);
  }
  const message = assistantMessage(content);
  return {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: [{ index: 0, message, finish_reason: finishReasonOf(response.stopReason), logprobs: null }],
    ...(response.usage ? { usage: usageOf(response.usage) } : {}),
  };
}

function assistantMessage(content: readonly ContentBlock[]): Record<string, unknown> {
  const texts: string[] = [];
  const toolCalls: Record<string, unknown>[] = [];
  for (const block of content) {
    if (typeof block.text === 'string') texts.push(block.text);
    else if (block.toolUse) {
      toolCalls.push({
        id: block.toolUse.toolUseId,
        type: 'function',
        function: { name: block.toolUse.name, arguments: JSON.stringify(block.toolUse.input ?? {}) },
      });
    }
  }
  return {
    role: 'assistant',
    content: texts.length > 0 ? texts.join('') : null,
    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
  };
}

export function usageOf(usage: TokenUsage): Usage {
  const prompt = usage.inputTokens ?? 0;
  const completion = usage.outputTokens ?? 0;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: usage.totalTokens ?? prompt + completion,
  };
}
