import { BackendError } from '../types';

/**
 * The BackendError for a call that failed without an answer: the caller's signal fired (the
 * attempt timeout or the overall deadline) → `timeout`; anything else — connection refused or
 * reset, DNS failure, socket closed mid-body — → `unavailable`. The signal is checked first
 * because an abort surfaces as many different error types depending on where it interrupted.
 */
export function transportError(backendName: string, error: unknown, signal: AbortSignal): BackendError {
  if (error instanceof BackendError) return error;
  if (signal.aborted) return new BackendError('timeout', `${backendName} did not answer before the deadline`);
  const code = errorCode(error);
  return new BackendError('unavailable', `${backendName} is unreachable (${code ?? 'connection failed'})`);
}

/**
 * The error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, ...) closest to the root cause: wrappers such
 * as `ERR_HTTP2_STREAM_CANCEL` or `fetch failed` say less than the system error they carry.
 */
export function errorCode(error: unknown): string | undefined {
  let found: string | undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') found = code;
    current = (current as { cause?: unknown }).cause;
  }
  return found;
}
