import { errorCode } from '../shared/transport-error';
import { BackendError, type BackendFailure } from '../types';

/** Bedrock Runtime exception names → the failover table's failure kinds. */
const FAILURE_BY_EXCEPTION: Readonly<Record<string, BackendFailure>> = {
  ThrottlingException: 'saturated',
  ServiceQuotaExceededException: 'saturated',
  ModelNotReadyException: 'saturated',
  ServiceUnavailableException: 'unavailable',
  InternalServerException: 'unavailable',
  ModelTimeoutException: 'unavailable',
  ModelErrorException: 'unavailable',
  ModelStreamErrorException: 'unavailable',
  ValidationException: 'rejected',
  AccessDeniedException: 'rejected',
  ResourceNotFoundException: 'rejected',
  ConflictException: 'rejected',
};

/** Messages the SDK uses when a 200 answer cannot be read as the protocol. */
const DESERIALIZATION_MARKERS = ['Deserialization error', 'Truncated event message', 'checksum'];

/**
 * The BackendError for anything the Bedrock SDK threw. Order matters: an abort from the caller's
 * signal is a timeout whatever the SDK wrapped it in; then modeled exceptions by name (in-stream
 * exceptions arrive with the same names); then the HTTP status of unmodeled ones; then
 * transport failures (refused, reset, HTTP/2 stream errors) and unreadable answers.
 */
export function bedrockError(error: unknown, signal: AbortSignal, backendName: string): BackendError {
  if (error instanceof BackendError) return error;
  if (signal.aborted) return new BackendError('timeout', `${backendName} did not answer before the deadline`);
  const { name, message, status } = describe(error);
  if (name === 'AbortError') return new BackendError('timeout', `${backendName} call was aborted`);
  const byName = FAILURE_BY_EXCEPTION[name];
  if (byName) return new BackendError(byName, `${backendName} ${name}: ${message}`, status);
  if (status !== undefined && status >= 400) {
    const failure: BackendFailure =
      status === 429 || status === 503 ? 'saturated' : status >= 500 ? 'unavailable' : 'rejected';
    return new BackendError(failure, `${backendName} ${name} (HTTP ${status}): ${message}`, status);
  }
  if (name === 'SyntaxError' || DESERIALIZATION_MARKERS.some((marker) => message.includes(marker))) {
    return new BackendError(
      'bad_response',
      `${backendName} answered something that is not the Bedrock protocol`,
    );
  }
  const code = errorCode(error) ?? SYSTEM_ERROR_CODES.find((known) => message.includes(known));
  return new BackendError('unavailable', `${backendName} is unreachable (${code ?? name})`);
}

/**
 * System error codes looked for in the message when the error carries no `code`: the SDK wraps
 * errors that are not `instanceof Error` in its own realm (as under jest) into a plain Error
 * whose message alone names the cause.
 */
const SYSTEM_ERROR_CODES = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
];

function describe(error: unknown): { name: string; message: string; status?: number } {
  if (error === null || typeof error !== 'object') return { name: 'Error', message: String(error) };
  const { name, message, $metadata } = error as {
    name?: unknown;
    message?: unknown;
    $metadata?: { httpStatusCode?: unknown };
  };
  const status = $metadata?.httpStatusCode;
  return {
    name: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message.slice(0, 300) : '',
    ...(typeof status === 'number' ? { status } : {}),
  };
}
