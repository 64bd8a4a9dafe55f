import type { ModelTarget } from '../../../lib/policy/types';

/**
 * The cloud targets of an alias in the order to try them: the first drawn by weight (so traffic
 * shifts with the policy, not with application code), the rest by descending weight as fallbacks.
 * Targets with weight 0 are never chosen first but remain fallbacks.
 */
export function orderByWeight(targets: readonly ModelTarget[], random: () => number): ModelTarget[] {
  if (targets.length <= 1) return [...targets];
  const weights = targets.map((t) => Math.max(0, t.weight ?? 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let first = 0;
  if (total > 0) {
    let r = random() * total;
    for (let i = 0; i < targets.length; i++) {
      r -= weights[i];
      if (r < 0) {
        first = i;
        break;
      }
    }
  }
  const rest = targets
    .map((t, i) => ({ t, w: weights[i], i }))
    .filter((x) => x.i !== first)
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((x) => x.t);
  return [targets[first], ...rest];
}
