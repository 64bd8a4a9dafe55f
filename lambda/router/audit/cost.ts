import type { ResolvedPolicy } from '../../../lib/policy/types';

/**
 * Cost of one request in USD (the formulas are documented in docs/cost.md):
 * - cloud: tokensIn × inputPerMillion / 1e6 + tokensOut × outputPerMillion / 1e6, from the policy's
 *   price table for the backend model; null when the model has no price.
 * - private: (tokensIn + tokensOut) / tokensPerGpuHour × gpuHourUsd, an amortized share of the
 *   GPU-hour the tokens occupied.
 */
export function costUsd(
  side: 'private' | 'cloud',
  backendModel: string,
  tokensIn: number,
  tokensOut: number,
  pricing: ResolvedPolicy['pricing'],
): number | null {
  if (side === 'private') {
    const { gpuHourUsd, tokensPerGpuHour } = pricing.private;
    return round(((tokensIn + tokensOut) / tokensPerGpuHour) * gpuHourUsd);
  }
  const price = Object.prototype.hasOwnProperty.call(pricing.cloud, backendModel)
    ? pricing.cloud[backendModel]
    : undefined;
  if (!price) return null;
  return round((tokensIn * price.inputPerMillion + tokensOut * price.outputPerMillion) / 1e6);
}

// Micro-dollars are far below any invoice line yet keep the JSON short.
function round(usd: number): number {
  return Math.round(usd * 1e9) / 1e9;
}

/**
 * A token estimate for text a backend did not count (a stream without a usage chunk): about four
 * characters per token for English under BPE tokenizers, and never 0 for non-empty text.
 */
export function estimateTokens(chars: number): number {
  return chars <= 0 ? 0 : Math.max(1, Math.ceil(chars / 4));
}
