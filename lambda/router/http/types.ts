/**
 * The transport-neutral request and response the gateway core handles. The Lambda handler and the
 * local server translate their own shapes to and from these, and do nothing else.
 */

import type { ClientConnection } from './client-connection';

/** Who is calling, as verified by the authorizer (never taken from a client-set header). */
export interface CallerIdentity {
  /** IAM caller ARN, API key id or JWT subject. Absent when the request is unauthenticated. */
  readonly principal?: string;
  readonly department?: string;
  readonly useCase?: string;
}

export interface GatewayRequest {
  readonly method: string;
  /** Path without query string, e.g. `/v1/chat/completions`. */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The raw body as received: bytes (validated as UTF-8 by the core) or an already-decoded string. */
  readonly body?: Uint8Array | string;
  readonly identity: CallerIdentity;
  /** Closes when the client goes away, so backend calls stop and the audit record says so. */
  readonly client?: ClientConnection;
}

export interface BufferedResponse {
  readonly kind: 'buffered';
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * A server-sent-events response. `events` yields complete SSE frames (`data: ...\n\n`). The adapter
 * must either drain it or call `return()` on its iterator, which closes the backend stream and
 * writes the audit record.
 */
export interface StreamingResponse {
  readonly kind: 'stream';
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly events: AsyncIterable<string>;
}

export type GatewayResponse = BufferedResponse | StreamingResponse;

export const ROUTE_HEADER = 'x-hybrid-ai-route';
export const REQUEST_ID_HEADER = 'x-hybrid-ai-request-id';
