import type { Decision } from '../../../lib/policy/types';
import type { Backend } from '../backends/types';

/**
 * The last check before any call to a cloud backend, deliberately independent of the routing plan:
 * it looks only at the backend's own placement, the decision, and whether the request object is a
 * redacted copy made by `redact.ts`. If routing code ever chose wrong, this throws instead of
 * letting sensitive data out.
 */
export class CloudGuardError extends Error {
  constructor(readonly backend: string) {
    super(`refused to send a request that is not cleared for the cloud to ${backend}`);
    this.name = 'CloudGuardError';
  }
}

const REDACTED_COPIES = new WeakSet<object>();

/** Mark an object as a redacted copy (called only by the redaction step, after it verified the copy). */
export function markRedacted(copy: object): void {
  REDACTED_COPIES.add(copy);
}

export function assertCloudAllowed(backend: Backend, decision: Decision, outgoing: object): void {
  if (backend.placement !== 'cloud') return;
  const cleared =
    decision.route === 'redact-then-cloud'
      ? REDACTED_COPIES.has(outgoing)
      : !decision.sensitive && (decision.route === 'cloud' || decision.route === 'private');
  if (!cleared) throw new CloudGuardError(backend.name);
}
