import type { Decision, ResolvedPolicy } from '../../../lib/policy/types';
import type { AuditDraft } from '../audit/draft';
import type { ClientConnection } from '../http/client-connection';
import type { Backend } from '../backends/types';
import type { BackoffOptions } from '../routing/backoff';
import type { BreakerRegistry } from '../routing/circuit-breaker';

/** Everything one inference needs: the process-wide routing machinery plus this request's state. */
export interface InferenceContext {
  readonly backends: ReadonlyMap<string, Backend>;
  readonly breakers: BreakerRegistry;
  readonly random: () => number;
  readonly attemptTimeoutMs: number;
  readonly deadlineMs: number;
  readonly maxRetries: number;
  readonly backoff?: BackoffOptions;
  readonly audit: AuditDraft;
  readonly decision: Decision;
  readonly policy: ResolvedPolicy;
  readonly client?: ClientConnection;
}
