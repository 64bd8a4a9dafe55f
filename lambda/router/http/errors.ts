/**
 * Errors in OpenAI's wire shape, `{"error":{"message","type","param","code"}}`, so the official
 * SDKs raise their usual exception classes for gateway rejections.
 */

export type OpenAiErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'service_unavailable'
  | 'api_error';

export interface OpenAiErrorBody {
  readonly error: {
    readonly message: string;
    readonly type: OpenAiErrorType;
    readonly param: string | null;
    readonly code: string | null;
  };
}

/** A failure the gateway reports to the caller with a definite HTTP status. */
export class GatewayError extends Error {
  constructor(
    readonly status: number,
    readonly type: OpenAiErrorType,
    /** Stable machine-readable code, also used as the audit reason (`gateway.<code>`). */
    readonly code: string,
    message: string,
    readonly param: string | null = null,
    /** Seconds the caller should wait before retrying (sent as `Retry-After`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'GatewayError';
  }

  toBody(): OpenAiErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export function badRequest(code: string, message: string, param: string | null = null): GatewayError {
  return new GatewayError(400, 'invalid_request_error', code, message, param);
}

export function unavailable(code: string, message: string, retryAfterSeconds: number): GatewayError {
  return new GatewayError(503, 'service_unavailable', code, message, null, retryAfterSeconds);
}
