import { backoffDelayMs } from '../../../../lambda/router/routing/backoff';

describe('backoffDelayMs (full jitter)', () => {
  it('draws uniformly below the exponential ceiling', () => {
    expect(backoffDelayMs(0, undefined, () => 0.5, { baseMs: 100, capMs: 10_000 })).toBe(50);
    expect(backoffDelayMs(3, undefined, () => 0.5, { baseMs: 100, capMs: 10_000 })).toBe(400);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelayMs(30, undefined, () => 0.999, { baseMs: 100, capMs: 2000 })).toBeLessThan(2000);
  });

  it('waits at least as long as the backend asked with Retry-After', () => {
    expect(backoffDelayMs(0, 1500, () => 0.1, { baseMs: 100, capMs: 2000 })).toBe(1500);
  });
});
