import type { Decision, RequestContext, ResolvedPolicy } from '../../lib/policy/types';
import type { AuditHasher } from './audit/hmac';
import type { AuditSink, OpsLog } from './audit/sink';
import type { Backend } from './backends/types';
import type { BodyLimits } from './http/parse-body';
import type { BackoffOptions } from './routing/backoff';
import type { BreakerOptions } from './routing/circuit-breaker';

/** Classifies a request and decides its route. Must not throw; the gateway fails closed if it does. */
export type ClassifyFn = (
  request: unknown,
  context: RequestContext,
  policy: ResolvedPolicy,
) => { readonly decision: Decision };

/** The current policy (the Lambda's is reloaded in the background; see runtime/policy-source.ts). */
export interface PolicyProvider {
  current(): ResolvedPolicy | Promise<ResolvedPolicy>;
}

export interface GatewayOptions {
  /** Backends by name; policy targets name them (`private`, `bedrock`, ...). */
  readonly backends: readonly Backend[];
  readonly policy: PolicyProvider;
  readonly audit: AuditSink;
  /** Operational log for gateway faults. @default - discarded */
  readonly ops?: OpsLog;
  /** Keyed hash for principals and prompts in the audit trail. */
  readonly hasher: AuditHasher;
  /** Deployment environment (`prod`, `dev`...), an input to the policy. @default - none */
  readonly environment?: string;
  /** @default - the policy engine's fail-closed `classifyRequest` */
  readonly classify?: ClassifyFn;
  /** Reject requests without a verified principal with 401. @default true */
  readonly requireIdentity?: boolean;
  /** @default - 6 MB body (Lambda's payload cap), nesting depth 32 */
  readonly limits?: Partial<BodyLimits>;
  /** Longest wait for one backend attempt; for streams, for the first chunk and between chunks. @default 25000 */
  readonly attemptTimeoutMs?: number;
  /** Overall time to get an answer (first chunk for streams), retries included. @default 28000 (API Gateway's 29 s limit) */
  readonly deadlineMs?: number;
  /** Retries on the last remaining target. @default 2 */
  readonly maxRetries?: number;
  readonly backoff?: BackoffOptions;
  readonly breaker?: BreakerOptions;
  /** Requests served at once by this process; more get 429. @default - unlimited */
  readonly maxInFlight?: number;
  /**
   * Write each audit record right after its response has been handed to the transport instead of
   * before, taking logging and metric serialization off the caller's latency. For long-running
   * servers only: a buffered Lambda may be frozen as soon as it returns, before a deferred write runs.
   * @default false
   */
  readonly deferAuditWrites?: boolean;
  /** Random source for weights and jitter (tests pass a seeded one). @default Math.random */
  readonly random?: () => number;
}
