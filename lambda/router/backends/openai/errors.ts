import { parseRetryAfter } from '../shared/retry-after';
import { BackendError } from '../types';

/** Backend error messages are quoted to the caller; keep them short so an echo cannot grow large. */
const MAX_MESSAGE_CHARS = 300;

/**
 * The BackendError for a non-2xx HTTP answer: 429 and 503 mean the backend is up but full
 * (`saturated`, with its Retry-After); other 5xx mean it is down (`unavailable`); other 4xx mean
 * this request is refused (`rejected`) and carry the backend's OpenAI error message.
 */
export function errorFromStatus(
  status: number,
  headers: Headers,
  bodyText: string,
  backendName: string,
): BackendError {
  const detail = openAiErrorMessage(bodyText);
  const suffix = detail ? `: ${detail}` : '';
  if (status === 429 || status === 503) {
    return new BackendError(
      'saturated',
      `${backendName} is saturated (HTTP ${status})${suffix}`,
      status,
      parseRetryAfter(headers),
    );
  }
  if (status >= 500)
    return new BackendError('unavailable', `${backendName} failed (HTTP ${status})${suffix}`, status);
  if (status >= 400)
    return new BackendError(
      'rejected',
      `${backendName} rejected the request (HTTP ${status})${suffix}`,
      status,
    );
  return new BackendError('bad_response', `${backendName} answered with unexpected HTTP ${status}`, status);
}

/**
 * The `error.message` of an OpenAI error body (or a plain-string `error`, as some servers send),
 * truncated. Free-form non-JSON bodies are not quoted: they may be an HTML page or echo the input.
 */
export function openAiErrorMessage(bodyText: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  if (body === null || typeof body !== 'object') return undefined;
  const error =
    (body as { error?: unknown; message?: unknown }).error ?? (body as { message?: unknown }).message;
  const message =
    typeof error === 'string'
      ? error
      : error !== null &&
          typeof error === 'object' &&
          typeof (error as { message?: unknown }).message === 'string'
        ? (error as { message: string }).message
        : undefined;
  if (!message) return undefined;
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message;
}
