import { BackendError, type Backend, type BackendPlacement } from '../../../../lambda/router/backends/types';

/** An in-process Backend whose calls follow a script of outcomes, for the routing engine's unit tests. */
export type Step = 'ok' | BackendError | { readonly hangMs: number };

export function scriptedBackend(
  name: string,
  placement: BackendPlacement,
  script: Step[],
): Backend & { calls: number } {
  const backend = {
    name,
    placement,
    calls: 0,
    async chat(_request: unknown, { signal }: { signal: AbortSignal }) {
      const step = script[Math.min(backend.calls, script.length - 1)] ?? 'ok';
      backend.calls++;
      if (step === 'ok')
        return { id: 'x', object: 'chat.completion' as const, created: 0, model: 'm', choices: [] };
      if (step instanceof BackendError) throw step;
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, step.hangMs);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new BackendError('timeout', 'aborted'));
        });
      });
      return { id: 'x', object: 'chat.completion' as const, created: 0, model: 'm', choices: [] };
    },
    chatStream: () => Promise.reject(new BackendError('rejected', 'not scripted')),
    embeddings: () => Promise.reject(new BackendError('rejected', 'not scripted')),
  };
  return backend;
}

export const saturated = (retryAfterMs?: number) => new BackendError('saturated', '429', 429, retryAfterMs);
export const down = () => new BackendError('unavailable', 'refused');
export const rejected = (status = 400) => new BackendError('rejected', 'bad', status);
