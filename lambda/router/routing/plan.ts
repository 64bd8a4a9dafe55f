import type { Decision, ModelAlias } from '../../../lib/policy/types';
import { orderByWeight } from './weighted';

/** One backend and model to try, and whether the request must be redacted for it. */
export interface Target {
  readonly backend: string;
  readonly model: string;
  /** Which side of the alias this target comes from. */
  readonly side: 'private' | 'cloud';
  /** Send the redacted copy (only for cloud targets of a `redact-then-cloud` decision). */
  readonly redacted: boolean;
}

/**
 * The targets to try, in order, for a decision: DESIGN section 6 as data.
 *
 * | decision                         | order                                   |
 * |----------------------------------|-----------------------------------------|
 * | `block`                          | none                                    |
 * | `private`, sensitive             | private only                            |
 * | `private`, not sensitive         | private, then cloud (private-first burst) |
 * | `cloud`                          | cloud (weighted first), then private    |
 * | `redact-then-cloud`              | cloud with the redacted copy, then private with the original |
 *
 * Anything unexpected (including a sensitive decision with a cloud route) yields private only:
 * the plan fails closed, and the guard before every cloud call checks again.
 */
export function planTargets(decision: Decision, alias: ModelAlias, random: () => number): Target[] {
  if (decision.route === 'block') return [];
  const privateTarget: Target = {
    backend: alias.private.backend,
    model: alias.private.model,
    side: 'private',
    redacted: false,
  };
  const cloud = (redacted: boolean): Target[] =>
    orderByWeight(alias.cloud, random).map((t) => ({
      backend: t.backend,
      model: t.model,
      side: 'cloud',
      redacted,
    }));
  switch (decision.route) {
    case 'private':
      return decision.sensitive ? [privateTarget] : [privateTarget, ...cloud(false)];
    case 'cloud':
      return decision.sensitive ? [privateTarget] : [...cloud(false), privateTarget];
    case 'redact-then-cloud':
      return decision.redact.length > 0 ? [...cloud(true), privateTarget] : [privateTarget];
    default:
      return [privateTarget];
  }
}
