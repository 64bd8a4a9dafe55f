import type { GatewayError } from './errors';
import { REQUEST_ID_HEADER, ROUTE_HEADER, type BufferedResponse } from './types';

export type RouteHeader = 'private' | 'cloud' | 'block' | 'none';

export function baseHeaders(requestId: string, route: RouteHeader): Record<string, string> {
  return { [ROUTE_HEADER]: route, [REQUEST_ID_HEADER]: requestId };
}

export function jsonResponse(
  status: number,
  body: unknown,
  requestId: string,
  route: RouteHeader,
): BufferedResponse {
  return {
    kind: 'buffered',
    status,
    headers: { 'content-type': 'application/json', ...baseHeaders(requestId, route) },
    body: JSON.stringify(body),
  };
}

export function errorResponse(
  error: GatewayError,
  requestId: string,
  route: RouteHeader,
  extraHeaders: Record<string, string> = {},
): BufferedResponse {
  const response = jsonResponse(error.status, error.toBody(), requestId, route);
  const headers: Record<string, string> = { ...response.headers, ...extraHeaders };
  if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
  return { ...response, headers };
}
