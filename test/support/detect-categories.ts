import { DEFAULT_POLICY } from '../../lib/policy/defaults';
import type { ResolvedPolicy } from '../../lib/policy/types';
import { detect } from '../../lambda/router/classify/detect';

/** The detector categories (not topics) found in `input`, sorted. */
export function categoriesOf(input: unknown, policy: ResolvedPolicy = DEFAULT_POLICY): string[] {
  return detect(input, policy, { timeBudgetMs: 60_000 }).categories.map((c) => c.id);
}
