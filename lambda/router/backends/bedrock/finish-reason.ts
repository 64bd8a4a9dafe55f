/**
 * Bedrock stop reason → OpenAI finish_reason. Context-window exhaustion is a length stop;
 * malformed model output or tool use has no OpenAI name and ends as a plain stop.
 */
export function finishReasonOf(stopReason: string | undefined): string {
  switch (stopReason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'content_filtered':
    case 'guardrail_intervened':
      return 'content_filter';
    default:
      return 'stop';
  }
}
