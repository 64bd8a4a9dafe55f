import fc from 'fast-check';
import { resolvePolicy } from '../../../lib/policy/defaults';
import type { ResolvedPolicy } from '../../../lib/policy/types';
import { AuditHasher } from '../../../lambda/router/audit/hmac';
import type { AuditRecord } from '../../../lambda/router/audit/record';
import { createOpenAiCompatibleBackend } from '../../../lambda/router/backends';
import { createGateway, type Gateway } from '../../../lambda/router/gateway';
import type { GatewayOptions } from '../../../lambda/router/gateway-options';
import type { GatewayResponse } from '../../../lambda/router/http/types';
import { categoriesOf } from '../../support/detect-categories';
import {
  startLoopbackOpenAi,
  type LoopbackFault,
  type LoopbackOpenAi,
} from '../../support/loopback-openai-server';

/**
 * The routing invariant (DESIGN section 6), property-based: over generated requests (sensitive
 * values in any role, tool call or embeddings input; streaming or not; any department) and
 * generated fault sequences on every backend, a sensitive request never reaches a cloud backend.
 * Backends are real HTTP servers on loopback; the gateway core is called directly.
 */
const SENSITIVE_VALUES = [
  'SSN 536-22-1987',
  'card 4111 1111 1111 1111',
  'AWS key AKIAZ7QW3ERTY5UIOP2A',
  'mail maria.alvarez@northwind-clinic.org',
  'IBAN GB82 WEST 1234 5698 7654 32',
];
const PLAIN_TEXTS = [
  'Suggest a name for a hiking club.',
  'Translate "good morning" to French.',
  'List three primary colours.',
  'Write a limerick about a cat.',
];

const faultArb: fc.Arbitrary<LoopbackFault | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(429, 500, 502, 503)
      .map((status): LoopbackFault => ({ kind: 'status', status, retryAfter: '0' })),
  },
  { weight: 1, arbitrary: fc.constant<LoopbackFault>({ kind: 'destroy' }) },
  { weight: 1, arbitrary: fc.constant<LoopbackFault>({ kind: 'malformed' }) },
  { weight: 1, arbitrary: fc.constant<LoopbackFault>({ kind: 'delay', ms: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: 4 })
      .map((afterChunks): LoopbackFault => ({ kind: 'reset-mid-stream', afterChunks })),
  },
);

interface GeneratedRequest {
  readonly endpoint: 'chat' | 'embeddings';
  readonly stream: boolean;
  readonly department?: string;
  readonly body: Record<string, unknown>;
  readonly sensitive: boolean;
}

const textArb = fc.record({
  plain: fc.constantFrom(...PLAIN_TEXTS),
  // About one part in four carries a sensitive value, so both sides of the invariant get exercised.
  secret: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...SENSITIVE_VALUES) },
  ),
});
const placementArb = fc.constantFrom('system', 'user', 'assistant', 'tool', 'tool_call', 'content_part');

const requestArb: fc.Arbitrary<GeneratedRequest> = fc
  .record({
    endpoint: fc.constantFrom<'chat' | 'embeddings'>('chat', 'chat', 'embeddings'),
    stream: fc.boolean(),
    department: fc.constantFrom(undefined, 'legal', 'marketing', 'engineering'),
    parts: fc.array(fc.record({ text: textArb, placement: placementArb }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ endpoint, stream, department, parts }) => {
    const texts = parts.map((p) => (p.text.secret ? `${p.text.plain} ${p.text.secret}` : p.text.plain));
    const sensitive = parts.some((p) => p.text.secret !== undefined);
    if (endpoint === 'embeddings') {
      return { endpoint, stream: false, department, sensitive, body: { model: 'embed', input: texts } };
    }
    const messages = parts.map((p, i) => {
      const text = texts[i];
      switch (p.placement) {
        case 'tool_call':
          return {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: `c${i}`,
                type: 'function',
                function: { name: 'lookup', arguments: JSON.stringify({ q: text }) },
              },
            ],
          };
        case 'tool':
          return { role: 'tool', tool_call_id: `c${i}`, content: text };
        case 'content_part':
          return { role: 'user', content: [{ type: 'text', text }] };
        default:
          return { role: p.placement, content: text };
      }
    });
    return { endpoint, stream, department, sensitive, body: { model: 'chat-default', messages, stream } };
  });

const POLICY_DOC = {
  version: 'prop',
  identity: { allowClientContextHeaders: true },
  modelAliases: {
    'chat-default': {
      private: { backend: 'private', model: 'p' },
      cloud: [
        { backend: 'cloud-a', model: 'a', weight: 2 },
        { backend: 'cloud-b', model: 'b', weight: 1 },
      ],
    },
    embed: {
      kind: 'embeddings' as const,
      private: { backend: 'private', model: 'pe' },
      cloud: [{ backend: 'cloud-a', model: 'ae' }],
    },
  },
};

async function drain(response: GatewayResponse): Promise<string> {
  if (response.kind === 'buffered') return response.body;
  let text = '';
  for await (const frame of response.events) text += frame;
  return text;
}

describe('the routing invariant under generated requests and faults', () => {
  let privateServer: LoopbackOpenAi;
  let cloudA: LoopbackOpenAi;
  let cloudB: LoopbackOpenAi;
  const records: AuditRecord[] = [];

  beforeAll(async () => {
    [privateServer, cloudA, cloudB] = await Promise.all([
      startLoopbackOpenAi({ name: 'private' }),
      startLoopbackOpenAi({ name: 'cloud-a' }),
      startLoopbackOpenAi({ name: 'cloud-b' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([privateServer.close(), cloudA.close(), cloudB.close()]);
  });

  function gatewayWith(policy: ResolvedPolicy, overrides: Partial<GatewayOptions> = {}): Gateway {
    return createGateway({
      backends: [
        createOpenAiCompatibleBackend({ name: 'private', placement: 'private', baseUrl: privateServer.url }),
        createOpenAiCompatibleBackend({ name: 'cloud-a', placement: 'cloud', baseUrl: cloudA.url }),
        createOpenAiCompatibleBackend({ name: 'cloud-b', placement: 'cloud', baseUrl: cloudB.url }),
      ],
      policy: { current: () => policy },
      audit: { write: (r) => records.push(r) },
      hasher: new AuditHasher(Buffer.alloc(32, 3)),
      requireIdentity: false,
      attemptTimeoutMs: 100,
      deadlineMs: 600,
      maxRetries: 1,
      backoff: { baseMs: 1, capMs: 5 },
      breaker: { failureThreshold: 3, openMs: 50 },
      ...overrides,
    });
  }

  const cloudReceived = () => cloudA.received.length + cloudB.received.length;
  const send = (gateway: Gateway, r: GeneratedRequest) =>
    gateway.handle({
      method: 'POST',
      path: r.endpoint === 'chat' ? '/v1/chat/completions' : '/v1/embeddings',
      headers: r.department ? { 'x-hybrid-ai-department': r.department } : {},
      body: JSON.stringify(r.body),
      identity: { principal: 'prop' },
    });

  it('uses sensitive values the classifier really detects (so the property cannot pass vacuously)', () => {
    for (const value of SENSITIVE_VALUES) expect(categoriesOf(value).length).toBeGreaterThan(0);
    for (const text of PLAIN_TEXTS) expect(categoriesOf(text)).toEqual([]);
  });

  it('a sensitive request never reaches a cloud backend, whatever fails', async () => {
    let cloudServed = 0;
    let faultsInjected = 0;
    await fc.assert(
      fc.asyncProperty(
        requestArb,
        fc.array(faultArb, { minLength: 1, maxLength: 6 }),
        fc.array(faultArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<'cloud-first' | 'private-first'>('cloud-first', 'private-first'),
        async (request, privateFaults, cloudFaults, strategy) => {
          const gateway = gatewayWith(resolvePolicy({ ...POLICY_DOC, nonSensitiveStrategy: strategy }));
          privateServer.setFault((_r, n) => privateFaults[n % privateFaults.length]);
          const cloudPlan = (_r: unknown, n: number) => cloudFaults[n % cloudFaults.length];
          cloudA.setFault(cloudPlan);
          cloudB.setFault(cloudPlan);
          faultsInjected += [...privateFaults, ...cloudFaults].filter(Boolean).length;
          const before = cloudReceived();
          const response = await send(gateway, request);
          await drain(response);
          if (request.sensitive) expect(cloudReceived()).toBe(before);
          if (cloudReceived() > before) cloudServed++;
          expect(response.status).not.toBe(500);
        },
      ),
      { numRuns: 120, seed: 20261124 },
    );
    // The cloud path and the faults were really exercised.
    expect(cloudServed).toBeGreaterThan(10);
    expect(faultsInjected).toBeGreaterThan(50);
  });

  it('a classifier that throws fails closed: nothing reaches a cloud backend', async () => {
    const gateway = gatewayWith(resolvePolicy(POLICY_DOC), {
      classify: () => {
        throw new Error('model file corrupted');
      },
    });
    privateServer.setFault(undefined);
    await fc.assert(
      fc.asyncProperty(
        requestArb,
        fc.array(faultArb, { minLength: 1, maxLength: 4 }),
        async (request, cloudFaults) => {
          cloudA.setFault((_r, n) => cloudFaults[n % cloudFaults.length]);
          const before = cloudReceived();
          const count = records.length;
          await drain(await send(gateway, request));
          expect(cloudReceived()).toBe(before);
          expect(records[count]?.reasons).toContain('classifier.error');
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('a classifier that overruns its time budget fails closed too', async () => {
    const gateway = gatewayWith(resolvePolicy({ ...POLICY_DOC, classification: { timeBudgetMs: 0 } }));
    privateServer.setFault(undefined);
    cloudA.setFault(undefined);
    const before = cloudReceived();
    const response = await send(gateway, {
      endpoint: 'chat',
      stream: false,
      sensitive: false,
      body: { model: 'chat-default', messages: [{ role: 'user', content: PLAIN_TEXTS[0].repeat(2000) }] },
    });
    expect(response.status).toBe(200);
    expect(cloudReceived()).toBe(before);
    expect(records.at(-1)?.route).toBe('private');
  });
});
