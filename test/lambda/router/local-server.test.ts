import { request as httpRequest } from 'node:http';
import type { Gateway } from '../../../lambda/router/gateway';
import type { GatewayRequest } from '../../../lambda/router/http/types';
import { startLocalServer, type LocalServer } from '../../../lambda/router/local-server';

/**
 * The local server only translates HTTP to a GatewayRequest and back. A recording gateway shows
 * exactly what it hands over: the body bytes as sent, however they were split on the wire, and the
 * headers with lower-case names and one string per name.
 */
function recordingGateway(): Gateway & { seen: GatewayRequest[] } {
  const seen: GatewayRequest[] = [];
  return {
    seen,
    breakers: undefined as unknown as Gateway['breakers'],
    warmUp: () => Promise.resolve(),
    handle: (request) => {
      seen.push(request);
      return Promise.resolve({
        kind: 'buffered',
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{"ok":true}',
      });
    },
  };
}

/** Sends a POST whose body goes out in the given pieces, each its own write. */
function post(
  server: LocalServer,
  pieces: readonly Buffer[],
  headers: Record<string, string | string[]> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/v1/chat/completions?trace=1',
        headers: { 'content-type': 'application/json', ...headers },
        agent: false,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    const writeNext = (index: number) => {
      if (index === pieces.length) return void req.end();
      req.write(pieces[index], () => setImmediate(() => writeNext(index + 1)));
    };
    writeNext(0);
  });
}

describe('the local server adapter', () => {
  let server: LocalServer;
  let gateway: ReturnType<typeof recordingGateway>;

  beforeEach(async () => {
    gateway = recordingGateway();
    server = await startLocalServer({ gateway, port: 0 });
  });

  afterEach(() => server.close());

  const body = Buffer.from(
    JSON.stringify({ model: 'chat-default', messages: [{ role: 'user', content: 'hé' }] }),
  );

  it('hands over a body sent in one piece byte for byte', async () => {
    // WHEN the body arrives in one write
    expect(await post(server, [body])).toBe(200);
    // THEN the gateway gets exactly those bytes, and the path without its query string
    expect(Buffer.from(gateway.seen[0].body as Uint8Array).equals(body)).toBe(true);
    expect(gateway.seen[0].path).toBe('/v1/chat/completions');
  });

  it('hands over a body split across many writes as one, in order', async () => {
    // GIVEN a body split mid-character (the é is two bytes in UTF-8)
    const split = body.indexOf(Buffer.from('é')) + 1;
    const pieces = [body.subarray(0, 5), body.subarray(5, split), body.subarray(split)];
    // WHEN the pieces arrive one after another
    expect(await post(server, pieces)).toBe(200);
    // THEN the gateway gets the whole body, reassembled
    expect(Buffer.from(gateway.seen[0].body as Uint8Array).equals(body)).toBe(true);
  });

  it('passes headers with lower-case names, and joins the ones Node keeps as lists', async () => {
    // GIVEN a request with mixed-case names and a repeated header Node keeps as an array
    await post(server, [body], { 'X-Hybrid-AI-Department': 'legal', 'set-cookie': ['a=1', 'b=2'] });
    // THEN each name maps to one string
    const headers = gateway.seen[0].headers;
    expect(headers['x-hybrid-ai-department']).toBe('legal');
    expect(headers['set-cookie']).toBe('a=1, b=2');
    expect(Object.values(headers).every((v) => typeof v === 'string')).toBe(true);
  });
});
