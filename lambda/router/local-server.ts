import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gateway } from './gateway';
import { ClientConnectionState } from './http/client-connection';
import { DEFAULT_BODY_LIMITS } from './http/parse-body';
import type { CallerIdentity, GatewayResponse } from './http/types';

export interface LocalServerOptions {
  readonly gateway: Gateway;
  /** @default 8080 (0 picks a free port) */
  readonly port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  readonly host?: string;
  /** Bytes read from a request body; the gateway rejects bodies over its own limit. @default 6 MB */
  readonly maxBodyBytes?: number;
  /**
   * The caller's identity. A local server has no authorizer, so by default the bearer token (the
   * API key an OpenAI client sends) is the principal, hashed in the audit record like any other.
   * @default - `local:<bearer token>` or `local:anonymous`
   */
  readonly identify?: (request: IncomingMessage) => CallerIdentity;
}

export interface LocalServer {
  /** Base URL for OpenAI clients, e.g. `http://127.0.0.1:8080/v1`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The gateway on node:http, for trying a policy locally and for end-to-end tests: translates
 * HTTP to `GatewayRequest` and back, nothing else.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_BODY_LIMITS.maxBodyBytes;
  const identify = options.identify ?? localIdentity;
  const server: Server = createServer((req, res) => {
    void serve(req, res).catch(() => res.destroy());
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const client = new ClientConnectionState();
    res.on('close', () => {
      if (!res.writableFinished) client.close();
    });
    const body = await readBody(req, maxBodyBytes);
    const target = req.url ?? '/';
    const query = target.indexOf('?');
    const response = await options.gateway.handle({
      method: req.method ?? 'GET',
      path: query === -1 ? target : target.slice(0, query),
      headers: flattenHeaders(req),
      body,
      identity: identify(req),
      client,
    });
    await writeResponse(response, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/v1`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function localIdentity(req: IncomingMessage): CallerIdentity {
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : '';
  return { principal: token ? `local:${token}` : 'local:anonymous' };
}

/**
 * Node already lower-cases request header names and joins repeated ones with ", ", except the few
 * it keeps as arrays (set-cookie); only those need flattening, so the usual request is passed as is.
 */
function flattenHeaders(req: IncomingMessage): Readonly<Record<string, string | undefined>> {
  const headers = req.headers;
  for (const name in headers) {
    if (Array.isArray(headers[name])) return joinedCopy(headers);
  }
  return headers as Readonly<Record<string, string | undefined>>;
}

function joinedCopy(headers: IncomingMessage['headers']): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/**
 * The body, up to one byte past the limit: enough for the gateway to reject it as too large
 * without buffering a hostile 1 GB upload; the rest is drained and discarded.
 */
function readBody(req: IncomingMessage, maxBodyBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let kept = 0;
    req.on('data', (part: Buffer) => {
      if (kept > maxBodyBytes) return;
      const room = maxBodyBytes + 1 - kept;
      const piece = part.length > room ? part.subarray(0, room) : part;
      parts.push(piece);
      kept += piece.length;
    });
    // A body that arrived in one piece (the usual chat request) needs no copy.
    req.on('end', () => resolve(parts.length === 1 ? parts[0] : Buffer.concat(parts)));
    req.on('error', reject);
  });
}

async function writeResponse(response: GatewayResponse, res: ServerResponse): Promise<void> {
  if (response.kind === 'buffered') {
    res.writeHead(response.status, {
      ...response.headers,
      'content-length': Buffer.byteLength(response.body),
    });
    res.end(response.body);
    return;
  }
  res.writeHead(response.status, response.headers);
  res.flushHeaders();
  const iterator = response.events[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (res.destroyed) break;
      const next = await iterator.next();
      if (next.done) break;
      if (!res.write(next.value)) await drained(res);
    }
  } finally {
    await iterator.return?.();
    res.end();
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
