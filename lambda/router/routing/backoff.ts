import type { ClientConnection } from '../http/client-connection';

/**
 * Retry delays: "full jitter" exponential backoff (a uniform draw between 0 and
 * min(cap, base·2^attempt)), which spreads retries of many callers better than fixed delays; a
 * backend's Retry-After is a floor, since retrying earlier only earns another refusal.
 */

export interface BackoffOptions {
  /** First backoff ceiling in ms. @default 100 */
  readonly baseMs?: number;
  /** Largest backoff ceiling in ms. @default 2000 */
  readonly capMs?: number;
}

export function backoffDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number,
  options: BackoffOptions = {},
): number {
  const base = options.baseMs ?? 100;
  const cap = options.capMs ?? 2000;
  const ceiling = Math.min(cap, base * 2 ** Math.min(retry, 20));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Resolve after `ms`, or reject early when the client goes away. */
export function sleep(ms: number, client?: ClientConnection): Promise<void> {
  return new Promise((resolve, reject) => {
    if (client?.closed) return reject(new Error('client disconnected'));
    const timer = setTimeout(() => {
      unsubscribe?.();
      resolve();
    }, ms);
    const unsubscribe = client?.onClose(() => {
      clearTimeout(timer);
      reject(new Error('client disconnected'));
    });
  });
}
