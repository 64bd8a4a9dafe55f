import type { ClientConnection } from '../http/client-connection';
import type { ClaimNames } from '../http/identity';
import { identityFromAuthorizer } from '../http/identity';
import type { BufferedResponse, GatewayRequest } from '../http/types';

/** The fields of an API Gateway REST API proxy-integration event the gateway reads. */
export interface ApiGatewayProxyEvent {
  readonly httpMethod: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string | undefined>> | null;
  readonly body?: string | null;
  readonly isBase64Encoded?: boolean;
  readonly requestContext?: unknown;
}

export interface ApiGatewayProxyResult {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly isBase64Encoded: false;
}

/** Translate a proxy event; identity comes only from the authorizer's part of `requestContext`. */
export function fromProxyEvent(
  event: ApiGatewayProxyEvent,
  claimNames: ClaimNames,
  client?: ClientConnection,
): GatewayRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {}))
    headers[name.toLowerCase()] = value ?? undefined;
  const raw = event.body ?? undefined;
  return {
    method: event.httpMethod,
    path: event.path,
    headers,
    // Base64 bodies stay bytes, so invalid UTF-8 is caught by the core instead of silently replaced.
    body: raw !== undefined && event.isBase64Encoded ? Buffer.from(raw, 'base64') : raw,
    identity: identityFromAuthorizer(event.requestContext, claimNames),
    client,
  };
}

export function toProxyResult(response: BufferedResponse): ApiGatewayProxyResult {
  return {
    statusCode: response.status,
    headers: { ...response.headers },
    body: response.body,
    isBase64Encoded: false,
  };
}
