import { CircuitBreaker } from '../../../../lambda/router/routing/circuit-breaker';

describe('CircuitBreaker', () => {
  function breakerAt(clock: { t: number }) {
    return new CircuitBreaker({ failureThreshold: 3, openMs: 1000 }, () => clock.t);
  }

  it('stays closed below the failure threshold', () => {
    const clock = { t: 0 };
    const breaker = breakerAt(clock);
    breaker.onFailure();
    breaker.onFailure();
    expect(breaker.current()).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens after the threshold of consecutive failures and refuses calls', () => {
    const clock = { t: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i++) breaker.onFailure();
    expect(breaker.current()).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.msUntilProbe()).toBe(1000);
  });

  it('a success resets the consecutive-failure count', () => {
    const clock = { t: 0 };
    const breaker = breakerAt(clock);
    breaker.onFailure();
    breaker.onFailure();
    breaker.onSuccess();
    breaker.onFailure();
    breaker.onFailure();
    expect(breaker.current()).toBe('closed');
  });

  it('admits exactly one probe once the open time has passed', () => {
    const clock = { t: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i++) breaker.onFailure();
    clock.t = 1000;
    expect(breaker.current()).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('closes when the probe succeeds', () => {
    const clock = { t: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i++) breaker.onFailure();
    clock.t = 1000;
    breaker.tryAcquire();
    breaker.onSuccess();
    expect(breaker.current()).toBe('closed');
  });

  it('re-opens for a full period when the probe fails', () => {
    const clock = { t: 0 };
    const breaker = breakerAt(clock);
    for (let i = 0; i < 3; i++) breaker.onFailure();
    clock.t = 1000;
    breaker.tryAcquire();
    breaker.onFailure();
    expect(breaker.current()).toBe('open');
    clock.t = 1999;
    expect(breaker.tryAcquire()).toBe(false);
  });
});
