import { resolvePolicy } from '../../../../lib/policy/defaults';
import { costUsd, estimateTokens } from '../../../../lambda/router/audit/cost';

const pricing = resolvePolicy({
  pricing: {
    cloud: { 'model-a': { inputPerMillion: 3, outputPerMillion: 15 } },
    private: { gpuHourUsd: 4, tokensPerGpuHour: 2_000_000 },
  },
}).pricing;

describe('cost', () => {
  it('prices cloud tokens from the per-million table', () => {
    // 1000 × 3/1e6 + 500 × 15/1e6 = 0.003 + 0.0075
    expect(costUsd('cloud', 'model-a', 1000, 500, pricing)).toBeCloseTo(0.0105, 9);
  });

  it('prices private tokens as their share of an amortized GPU hour', () => {
    // (1500 / 2e6) × 4 = 0.003
    expect(costUsd('private', 'any', 1000, 500, pricing)).toBeCloseTo(0.003, 9);
  });

  it('reports null for a cloud model without a price rather than a false zero', () => {
    expect(costUsd('cloud', 'unpriced', 1000, 500, pricing)).toBeNull();
  });

  it('estimates at least one token for any non-empty text', () => {
    expect(estimateTokens(0)).toBe(0);
    expect(estimateTokens(1)).toBe(1);
    expect(estimateTokens(400)).toBe(100);
  });
});
