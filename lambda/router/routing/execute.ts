import { BackendError, type Backend } from '../backends/types';
import { backoffDelayMs, sleep, type BackoffOptions } from './backoff';
import type { BreakerRegistry } from './circuit-breaker';
import { CloudGuardError } from './guard';
import type { Target } from './plan';
import type { ClientConnection } from '../http/client-connection';

/** One call to one backend, as the audit record shows it. */
export interface Attempt {
  readonly backend: string;
  /** `ok`, a BackendFailure kind, `circuit_open`, `not_configured`, `guard_blocked` or `client_aborted`. */
  readonly status: string;
  readonly ms: number;
  /** HTTP status from the backend, when there was one. */
  readonly httpStatus?: number;
}

export interface ExecuteOptions {
  /** Longest wait for one attempt (for streams: for the first chunk). */
  readonly attemptTimeoutMs: number;
  /** Epoch ms after which no attempt or retry starts, and running ones are aborted. */
  readonly deadlineAt: number;
  /** Retries on the last remaining target, after the first try. */
  readonly maxRetries: number;
  readonly backoff?: BackoffOptions;
  readonly breakers: BreakerRegistry;
  readonly random: () => number;
  /** The caller's connection: when it closes, stop at once. */
  readonly client?: ClientConnection;
  /** Wall clock for the deadline. @default Date.now */
  readonly now?: () => number;
}

/** Calls one target. `signal` combines the attempt timeout, the deadline and the client's signal. */
export type TargetCall<T> = (backend: Backend, target: Target, signal: AbortSignal) => Promise<T>;

export type ExecuteOutcome<T> =
  | {
      readonly ok: true;
      readonly value: T;
      readonly target: Target;
      readonly backend: Backend;
      readonly attempts: Attempt[];
    }
  | {
      readonly ok: false;
      /** Why the last target gave up. */
      readonly reason: 'exhausted' | 'rejected' | 'guard_blocked' | 'client_aborted' | 'no_target';
      readonly attempts: Attempt[];
      /** The longest Retry-After any backend asked for, in ms. */
      readonly retryAfterMs?: number;
      /** The backend's status for `rejected`. */
      readonly rejectedStatus?: number;
    };

const RETRYABLE = new Set(['saturated', 'unavailable', 'timeout', 'bad_response']);
/** Failures that say the backend is unhealthy (a 429 says it is alive, only busy). */
const UNHEALTHY = new Set(['unavailable', 'timeout', 'bad_response']);
/** A retry is pointless when less than this remains before the deadline. */
const MIN_ATTEMPT_MS = 50;

/**
 * Try the targets in order. A retryable failure moves on to the next target at once (failover);
 * on the last target it is retried with full-jitter backoff that honours Retry-After, as long as
 * the deadline allows. A `rejected` failure (the backend refused this request) stops, since another
 * backend would refuse it too; so does the cloud guard.
 */
export async function executeTargets<T>(
  targets: readonly Target[],
  backends: ReadonlyMap<string, Backend>,
  call: TargetCall<T>,
  options: ExecuteOptions,
): Promise<ExecuteOutcome<T>> {
  const now = options.now ?? Date.now;
  const attempts: Attempt[] = [];
  let retryAfterMs: number | undefined;
  if (targets.length === 0) return { ok: false, reason: 'no_target', attempts };

  for (let index = 0; index < targets.length; index++) {
    const target = targets[index];
    const isLast = index === targets.length - 1;
    const backend = backends.get(target.backend);
    if (!backend) {
      attempts.push({ backend: target.backend, status: 'not_configured', ms: 0 });
      continue;
    }
    const breaker = options.breakers.for(backend.name);
    for (let retry = 0; ; retry++) {
      if (options.client?.closed) return { ok: false, reason: 'client_aborted', attempts };
      if (!breaker.tryAcquire()) {
        attempts.push({ backend: backend.name, status: 'circuit_open', ms: 0 });
        retryAfterMs = Math.max(retryAfterMs ?? 0, breaker.msUntilProbe());
        break;
      }
      const remaining = options.deadlineAt - now();
      if (remaining < MIN_ATTEMPT_MS) {
        breaker.onNeutral();
        return { ok: false, reason: 'exhausted', attempts, retryAfterMs };
      }
      const started = performance.now();
      const attempt = attemptSignal(Math.min(options.attemptTimeoutMs, remaining), options.client);
      try {
        const value = await call(backend, target, attempt.signal);
        breaker.onSuccess();
        attempts.push({ backend: backend.name, status: 'ok', ms: elapsedMs(started) });
        return { ok: true, value, target, backend, attempts };
      } catch (error) {
        const ms = elapsedMs(started);
        if (options.client?.closed) {
          breaker.onNeutral();
          attempts.push({ backend: backend.name, status: 'client_aborted', ms });
          return { ok: false, reason: 'client_aborted', attempts };
        }
        if (error instanceof CloudGuardError) {
          breaker.onNeutral();
          attempts.push({ backend: backend.name, status: 'guard_blocked', ms });
          return { ok: false, reason: 'guard_blocked', attempts };
        }
        const failure = asBackendError(error, attempt.timedOut());
        attempts.push({ backend: backend.name, status: failure.failure, ms, httpStatus: failure.status });
        if (UNHEALTHY.has(failure.failure)) breaker.onFailure();
        else breaker.onNeutral();
        if (failure.retryAfterMs !== undefined)
          retryAfterMs = Math.max(retryAfterMs ?? 0, failure.retryAfterMs);
        if (!RETRYABLE.has(failure.failure)) {
          return { ok: false, reason: 'rejected', attempts, rejectedStatus: failure.status };
        }
        if (!isLast || retry >= options.maxRetries) break;
        const delay = backoffDelayMs(retry, failure.retryAfterMs, options.random, options.backoff);
        if (now() + delay + MIN_ATTEMPT_MS > options.deadlineAt) break;
        try {
          await sleep(delay, options.client);
        } catch {
          return { ok: false, reason: 'client_aborted', attempts };
        }
      } finally {
        attempt.dispose();
      }
    }
  }
  return { ok: false, reason: 'exhausted', attempts, retryAfterMs };
}

/** Milliseconds since `started` (a performance.now() reading), to the microsecond. */
function elapsedMs(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000;
}

/** An error from a backend call as a BackendError; anything unexpected counts as `unavailable`. */
function asBackendError(error: unknown, timedOut: boolean): BackendError {
  if (error instanceof BackendError)
    return timedOut && error.failure === 'unavailable' ? new BackendError('timeout', error.message) : error;
  if (timedOut) return new BackendError('timeout', 'attempt timed out');
  return new BackendError('unavailable', 'backend call failed');
}

/** A signal that fires on the attempt timeout or when the client goes away, with a disposable timer. */
export function attemptSignal(
  timeoutMs: number,
  client?: ClientConnection,
): { signal: AbortSignal; timedOut: () => boolean; dispose: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new BackendError('timeout', 'attempt timed out'));
  }, timeoutMs);
  const unsubscribe = client?.onClose(() => controller.abort(new Error('client disconnected')));
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      unsubscribe?.();
    },
  };
}
