import type { GuardrailConfiguration, GuardrailStreamConfiguration } from '@aws-sdk/client-bedrock-runtime';

/** A Bedrock guardrail applied to every chat call, as defence in depth behind the classifier. */
export interface BedrockGuardrail {
  /** The guardrail id or ARN. */
  readonly identifier: string;
  /** A published version number, or `DRAFT`. */
  readonly version: string;
}

/**
 * Converse's `guardrailConfig`. The trace stays off: its assessments can quote what the guardrail
 * matched (denied words, PII) from the prompt and the answer, and nothing here reads it or may log
 * it; an intervention already shows as stop reason `guardrail_intervened` (finish_reason `content_filter`).
 */
export function converseGuardrailConfig(guardrail: BedrockGuardrail): GuardrailConfiguration {
  return {
    guardrailIdentifier: guardrail.identifier,
    guardrailVersion: guardrail.version,
    trace: 'disabled',
  };
}

/**
 * ConverseStream's `guardrailConfig`, in `sync` mode: Bedrock holds each chunk back until the
 * guardrail has assessed it, so a blocked passage never reaches the caller. `async` would stream
 * first and assess later, which lets blocked text through before the intervention arrives; the
 * small added latency is the price of the guardrail meaning what it says.
 */
export function converseStreamGuardrailConfig(guardrail: BedrockGuardrail): GuardrailStreamConfiguration {
  return { ...converseGuardrailConfig(guardrail), streamProcessingMode: 'sync' };
}
