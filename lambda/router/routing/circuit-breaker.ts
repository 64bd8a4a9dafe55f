/**
 * A per-container circuit breaker for one backend, so a dead backend is not hammered by every
 * request: after `failureThreshold` consecutive failures it opens for `openMs`, then lets a single
 * probe through (half-open); the probe's outcome closes or re-opens it.
 */

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. @default 5 */
  readonly failureThreshold?: number;
  /** How long the breaker stays open before a probe. @default 30000 */
  readonly openMs?: number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private state: BreakerState = 'closed';
  private probeInFlight = false;
  private readonly failureThreshold: number;
  private readonly openMs: number;

  constructor(
    options: BreakerOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.failureThreshold = options.failureThreshold ?? 5;
    this.openMs = options.openMs ?? 30_000;
  }

  /** The state as of now (an open breaker whose time is up reports half-open). */
  current(): BreakerState {
    if (this.state === 'open' && this.now() - this.openedAt >= this.openMs) return 'half-open';
    return this.state;
  }

  /** Whether a call may go out now. In half-open state only one probe at a time is admitted. */
  tryAcquire(): boolean {
    const state = this.current();
    if (state === 'closed') return true;
    if (state === 'open') return false;
    if (this.probeInFlight) return false;
    this.state = 'half-open';
    this.probeInFlight = true;
    return true;
  }

  /** Milliseconds until an open breaker admits a probe (0 when it already would). */
  msUntilProbe(): number {
    return this.state === 'open' ? Math.max(0, this.openMs - (this.now() - this.openedAt)) : 0;
  }

  onSuccess(): void {
    this.failures = 0;
    this.probeInFlight = false;
    this.state = 'closed';
  }

  onFailure(): void {
    this.probeInFlight = false;
    this.failures++;
    if (this.state === 'half-open' || this.failures >= this.failureThreshold) {
      this.state = 'open';
      this.openedAt = this.now();
    }
  }

  /** A call that ended without telling anything about the backend's health (e.g. client abort). */
  onNeutral(): void {
    if (this.state === 'half-open') this.probeInFlight = false;
  }
}

/** One breaker per backend name, living as long as the container. */
export class BreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreaker>();
  constructor(
    private readonly options: BreakerOptions = {},
    private readonly now: () => number = Date.now,
  ) {}

  for(backend: string): CircuitBreaker {
    let b = this.breakers.get(backend);
    if (!b) this.breakers.set(backend, (b = new CircuitBreaker(this.options, this.now)));
    return b;
  }
}
