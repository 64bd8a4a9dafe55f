import type { ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import { BackendError, type ChatCompletionChunk } from '../types';
import { finishReasonOf } from './finish-reason';
import { usageOf } from './response';

/**
 * Bedrock ConverseStream events → OpenAI chat.completion.chunk objects, one event at a time:
 * messageStart → the role delta; a text delta → a content delta; a toolUse block start → a
 * tool_call delta with its index (0, 1, … in order of appearance), id, name and empty
 * arguments; toolUse input fragments → argument deltas for that index; messageStop → the
 * finish_reason; metadata → a final chunk with no choices and the usage (always emitted, so
 * the gateway can cost the request; it forwards it only to clients that asked for it).
 */
export class ConverseStreamTranslator {
  private readonly toolIndexByBlock = new Map<number, number>();
  private stopped = false;

  constructor(
    private readonly id: string,
    private readonly model: string,
    private readonly created: number,
    private readonly backendName: string,
  ) {}

  /** The chunks for one event (none for events OpenAI has no counterpart for). */
  translate(event: ConverseStreamOutput): ChatCompletionChunk[] {
    if (event.messageStart) return [this.chunk({ role: 'assistant', content: '' })];
    if (event.contentBlockStart) {
      const toolUse = event.contentBlockStart.start?.toolUse;
      if (!toolUse) return [];
      const index = this.toolIndexByBlock.size;
      this.toolIndexByBlock.set(event.contentBlockStart.contentBlockIndex ?? index, index);
      return [
        this.chunk({
          tool_calls: [
            {
              index,
              id: toolUse.toolUseId,
              type: 'function',
              function: { name: toolUse.name, arguments: '' },
            },
          ],
        }),
      ];
    }
    if (event.contentBlockDelta) {
      const delta = event.contentBlockDelta.delta;
      if (typeof delta?.text === 'string') return [this.chunk({ content: delta.text })];
      if (typeof delta?.toolUse?.input === 'string') {
        const index = this.toolIndexByBlock.get(event.contentBlockDelta.contentBlockIndex ?? -1);
        if (index === undefined) {
          throw new BackendError(
            'bad_response',
            `${this.backendName} streamed tool input for a block it never started`,
          );
        }
        return [this.chunk({ tool_calls: [{ index, function: { arguments: delta.toolUse.input } }] })];
      }
      return [];
    }
    if (event.messageStop) {
      this.stopped = true;
      return [this.chunk({}, finishReasonOf(event.messageStop.stopReason))];
    }
    if (event.metadata?.usage) {
      return [{ ...this.base(), choices: [], usage: usageOf(event.metadata.usage) }];
    }
    return [];
  }

  /** Throws when the stream ended before messageStop: a cut-off answer must not pass as complete. */
  finish(): void {
    if (!this.stopped) {
      throw new BackendError(
        'unavailable',
        `${this.backendName} ended the stream before the message was complete`,
      );
    }
  }

  private base() {
    return {
      id: this.id,
      object: 'chat.completion.chunk' as const,
      created: this.created,
      model: this.model,
    };
  }

  private chunk(delta: Record<string, unknown>, finishReason: string | null = null): ChatCompletionChunk {
    return { ...this.base(), choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }] };
  }
}
