import { resolvePolicy } from '../../../lib/policy/defaults';
import { AuditHasher } from '../../../lambda/router/audit/hmac';
import type { AuditRecord } from '../../../lambda/router/audit/record';
import { createGateway } from '../../../lambda/router/gateway';
import type { GatewayOptions } from '../../../lambda/router/gateway-options';
import type { BufferedResponse, GatewayRequest } from '../../../lambda/router/http/types';
import { scriptedBackend } from './routing/scripted-backend';

/** The gateway core called directly, with in-process backends: the behaviour around routing. */
const policy = resolvePolicy({
  version: 'unit',
  modelAliases: {
    'chat-default': {
      private: { backend: 'private', model: 'p' },
      cloud: [{ backend: 'cloud', model: 'c' }],
    },
  },
});

function gatewayWith(overrides: Partial<GatewayOptions> = {}) {
  const records: AuditRecord[] = [];
  const gateway = createGateway({
    backends: [scriptedBackend('private', 'private', ['ok']), scriptedBackend('cloud', 'cloud', ['ok'])],
    policy: { current: () => policy },
    audit: { write: (r) => records.push(r) },
    hasher: new AuditHasher(Buffer.alloc(32, 9)),
    ...overrides,
  });
  return { gateway, records };
}

const chat = (overrides: Partial<GatewayRequest> = {}): GatewayRequest => ({
  method: 'POST',
  path: '/v1/chat/completions',
  headers: {},
  body: JSON.stringify({ model: 'chat-default', messages: [{ role: 'user', content: 'Name a colour.' }] }),
  identity: { principal: 'arn:aws:iam::1:role/app' },
  ...overrides,
});

describe('the gateway core', () => {
  it('answers 401 when identity is required and the request has none', async () => {
    const { gateway, records } = gatewayWith();
    const response = (await gateway.handle(chat({ identity: {} }))) as BufferedResponse;
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body).error).toMatchObject({
      type: 'authentication_error',
      code: 'unauthenticated',
    });
    expect(records).toEqual([
      expect.objectContaining({ status: 'rejected', httpStatus: 401, principal: null }),
    ]);
  });

  it('answers 503 with Retry-After when the policy cannot be loaded', async () => {
    const { gateway, records } = gatewayWith({
      policy: {
        current: () => {
          throw new Error('AppConfig unreachable');
        },
      },
    });
    const response = (await gateway.handle(chat())) as BufferedResponse;
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(records[0]).toMatchObject({ status: 'unavailable', errorCode: 'policy_unavailable' });
  });

  it('answers 429 with Retry-After beyond the in-flight limit, and counts finished requests back out', async () => {
    const { gateway } = gatewayWith({
      maxInFlight: 1,
      backends: [
        scriptedBackend('private', 'private', ['ok']),
        scriptedBackend('cloud', 'cloud', [{ hangMs: 50 }]),
      ],
    });
    const first = gateway.handle(chat());
    const second = (await gateway.handle(chat())) as BufferedResponse;
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBe('1');
    expect((await first).status).toBe(200);
    expect((await gateway.handle(chat())).status).toBe(200);
  });

  it('with deferred writes, still writes exactly one record, just after the response', async () => {
    const { gateway, records } = gatewayWith({ deferAuditWrites: true });
    const response = await gateway.handle(chat());
    expect(response.status).toBe(200);
    expect(records).toHaveLength(0);
    await new Promise((r) => setImmediate(r));
    expect(records).toHaveLength(1);
    expect(records[0].status).toBe('ok');
  });

  it('hashes the principal with the deployment key, never logging it in clear', async () => {
    const { gateway, records } = gatewayWith();
    await gateway.handle(chat());
    expect(records[0].principal).toBe(new AuditHasher(Buffer.alloc(32, 9)).hash('arn:aws:iam::1:role/app'));
    expect(JSON.stringify(records[0])).not.toContain('arn:aws:iam');
  });

  it('classifies without a model alias on /v1/classify and plans nothing', async () => {
    const { gateway } = gatewayWith();
    const response = (await gateway.handle(
      chat({
        path: '/v1/classify',
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hello' }] }),
      }),
    )) as BufferedResponse;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ object: 'classification', route: 'cloud', plan: [] });
  });

  it('treats an unexpected exception from a backend as unavailable and fails over, without logging its text', async () => {
    const { gateway, records } = gatewayWith({
      backends: [
        {
          name: 'cloud',
          placement: 'cloud',
          chat: () => {
            throw new TypeError('secret prompt text in a message');
          },
          chatStream: () => Promise.reject(new Error()),
          embeddings: () => Promise.reject(new Error()),
        },
        scriptedBackend('private', 'private', ['ok']),
      ],
    });
    // A non-BackendError from a backend counts as "unavailable" and fails over; the client still gets an answer.
    const response = await gateway.handle(chat());
    expect(response.status).toBe(200);
    expect(records[0].attempts.map((a) => a.status)).toEqual(['unavailable', 'ok']);
    expect(JSON.stringify(records)).not.toContain('secret prompt text');
  });

  it("turns an internal fault into a 500 in OpenAI's shape, audited with a code only", async () => {
    const broken = { ...policy, modelAliases: undefined } as unknown as typeof policy;
    const errors: string[] = [];
    const { gateway, records } = gatewayWith({
      policy: { current: () => broken },
      ops: { warn: () => undefined, error: (code) => errors.push(code) },
    });
    const response = (await gateway.handle(chat())) as BufferedResponse;
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body).error).toMatchObject({ type: 'api_error', code: 'internal_error' });
    expect(records).toEqual([
      expect.objectContaining({ status: 'error', httpStatus: 500, errorCode: 'internal_error' }),
    ]);
    expect(errors).toEqual(['gateway.unexpected_error']);
  });
});
