import { resolvePolicy } from '../../../lib/policy/defaults';
import type { ResolvedPolicy } from '../../../lib/policy/types';
import { AuditHasher } from '../../../lambda/router/audit/hmac';
import type { AuditRecord } from '../../../lambda/router/audit/record';
import { createGateway } from '../../../lambda/router/gateway';
import type { PolicyProvider } from '../../../lambda/router/gateway-options';
import type { BufferedResponse, GatewayRequest } from '../../../lambda/router/http/types';
import { scriptedBackend } from './routing/scripted-backend';

/**
 * The gateway takes the policy straight from a provider that has it at hand (no trip through the
 * microtask queue) and awaits it only while a load is pending. Both ways must behave the same.
 */
const policy = resolvePolicy({
  version: 'provider-test',
  modelAliases: {
    'chat-default': {
      private: { backend: 'private', model: 'p' },
      cloud: [{ backend: 'cloud', model: 'c' }],
    },
  },
});

function gatewayWith(provider: PolicyProvider) {
  const records: AuditRecord[] = [];
  const errors: string[] = [];
  const gateway = createGateway({
    backends: [scriptedBackend('private', 'private', ['ok']), scriptedBackend('cloud', 'cloud', ['ok'])],
    policy: provider,
    audit: { write: (r) => records.push(r) },
    ops: { warn: () => undefined, error: (code) => errors.push(code) },
    hasher: new AuditHasher(Buffer.alloc(32, 5)),
  });
  return { gateway, records, errors };
}

const chat: GatewayRequest = {
  method: 'POST',
  path: '/v1/chat/completions',
  headers: {},
  body: JSON.stringify({ model: 'chat-default', messages: [{ role: 'user', content: 'Name a colour.' }] }),
  identity: { principal: 'arn:aws:iam::1:role/app' },
};

const atHand: PolicyProvider = { current: () => policy };
const loading: PolicyProvider = { current: () => Promise.resolve(policy) };
const failingToLoad: PolicyProvider = { current: () => Promise.reject(new Error('AppConfig unreachable')) };
const throwing: PolicyProvider = {
  current: (): ResolvedPolicy => {
    throw new Error('AppConfig unreachable');
  },
};

describe('the gateway and its policy provider', () => {
  it.each([
    ['at hand', atHand],
    ['still loading', loading],
  ])('serves a request under a policy that is %s, with one audit record', async (_name, provider) => {
    // GIVEN a gateway whose provider has the policy at hand, or is still loading it
    const { gateway, records } = gatewayWith(provider);
    // WHEN a non-sensitive chat request arrives
    const response = await gateway.handle(chat);
    // THEN it is answered from the cloud under that policy's version
    expect(response.status).toBe(200);
    expect(response.headers['x-hybrid-ai-route']).toBe('cloud');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'ok', policyVersion: 'provider-test' });
  });

  it.each([
    ['fails to load', failingToLoad],
    ['throws', throwing],
  ])('answers 503 policy_unavailable with Retry-After when the provider %s', async (_name, provider) => {
    // GIVEN a provider that cannot produce a policy
    const { gateway, records, errors } = gatewayWith(provider);
    // WHEN a request arrives
    const response = (await gateway.handle(chat)) as BufferedResponse;
    // THEN it is refused as unavailable, audited once, and the fault is logged by name only
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(JSON.parse(response.body).error.code).toBe('policy_unavailable');
    expect(records).toEqual([
      expect.objectContaining({ status: 'unavailable', errorCode: 'policy_unavailable' }),
    ]);
    expect(errors).toEqual(['gateway.policy_unavailable']);
  });

  it.each([
    ['fails to load', failingToLoad],
    ['throws', throwing],
  ])('starts anyway when the provider %s at warm-up', async (_name, provider) => {
    // GIVEN a provider that cannot produce a policy / WHEN the gateway warms up / THEN start-up goes on
    const { gateway } = gatewayWith(provider);
    await expect(gateway.warmUp()).resolves.toBeUndefined();
  });
});
