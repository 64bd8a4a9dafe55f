import type { RoutingPolicy } from '../../lib/policy/types';
import type { AuditRecord } from '../../lambda/router/audit/record';
import { post, startHarness, TEST_POLICY_DOC, type Harness, type HarnessOptions, SSN } from './harness';

/**
 * DESIGN section 6, row by row, with faults injected into real loopback backends, checked on the
 * client's answer, on what each backend received, and on the audit record's attempts.
 */
const FAST: HarnessOptions['gateway'] = {
  attemptTimeoutMs: 300,
  deadlineMs: 2_000,
  breaker: { failureThreshold: 1000 },
};

const PLAIN = [{ role: 'user', content: 'Suggest a name for a hiking club.' }];
const SENSITIVE = [{ role: 'user', content: `Update the record for SSN ${SSN}.` }];

async function withHarness(options: HarnessOptions, body: (h: Harness) => Promise<void>): Promise<void> {
  const h = await startHarness({ ...options, gateway: { ...FAST, ...options.gateway } });
  try {
    await body(h);
  } finally {
    await h.close();
  }
}

async function chat(
  h: Harness,
  messages: unknown,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await post(
    `${h.server.url}/chat/completions`,
    { model: 'chat-default', messages, ...extra },
    headers,
  );
  const records = await h.waitForAudits(h.audits().length);
  return { response, record: records[records.length - 1] as AuditRecord };
}

const attemptsOf = (record: AuditRecord) => record.attempts.map((a) => `${a.backend}:${a.status}`);
const cloudChats = (h: Harness) => h.cloudServer.requestsTo('/v1/chat/completions').length;

describe('failover: non-sensitive requests', () => {
  it('cloud answers 5xx → private serves it (cloud down → private)', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'status', status: 500 }));
      const { response, record } = await chat(h, PLAIN);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-hybrid-ai-route')).toBe('private');
      expect(attemptsOf(record)).toEqual(['openai:unavailable', 'private:ok']);
      expect(record).toMatchObject({ fallback: true, route: 'private', status: 'ok' });
      expect(record.reasons).toContain('fallback.private');
    }));

  it('cloud answers 429 with Retry-After → private serves it at once', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'status', status: 429, retryAfter: '30' }));
      const { response, record } = await chat(h, PLAIN);
      expect(response.status).toBe(200);
      expect(attemptsOf(record)).toEqual(['openai:saturated', 'private:ok']);
    }));

  it('cloud refuses connections → private serves it', () =>
    withHarness({ refuse: { cloud: true } }, async (h) => {
      const { response, record } = await chat(h, PLAIN);
      expect(response.status).toBe(200);
      expect(attemptsOf(record)).toEqual(['openai:unavailable', 'private:ok']);
    }));

  it('cloud times out → private serves it', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'delay', ms: 5_000 }));
      const { response, record } = await chat(h, PLAIN);
      expect(response.status).toBe(200);
      expect(attemptsOf(record)).toEqual(['openai:timeout', 'private:ok']);
    }));

  it('cloud answers malformed JSON → private serves it', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'malformed' }));
      const { response, record } = await chat(h, PLAIN);
      expect(response.status).toBe(200);
      expect(attemptsOf(record)).toEqual(['openai:bad_response', 'private:ok']);
    }));

  it('cloud resets the connection → private serves it', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'destroy' }));
      const { response, record } = await chat(h, PLAIN);
      expect(response.status).toBe(200);
      expect(attemptsOf(record)).toEqual(['openai:unavailable', 'private:ok']);
    }));

  it('under private-first, private saturated → bursts to the cloud', () =>
    withHarness({ policy: { ...TEST_POLICY_DOC, nonSensitiveStrategy: 'private-first' } }, async (h) => {
      h.privateServer.setFault(() => ({ kind: 'status', status: 503 }));
      const { response, record } = await chat(h, PLAIN);
      expect(response.headers.get('x-hybrid-ai-route')).toBe('cloud');
      expect(attemptsOf(record)).toEqual(['private:saturated', 'openai:ok']);
    }));

  it('under private-first, private down → cloud', () =>
    withHarness(
      { refuse: { private: true }, policy: { ...TEST_POLICY_DOC, nonSensitiveStrategy: 'private-first' } },
      async (h) => {
        const { response, record } = await chat(h, PLAIN);
        expect(response.headers.get('x-hybrid-ai-route')).toBe('cloud');
        expect(attemptsOf(record)).toEqual(['private:unavailable', 'openai:ok']);
      },
    ));

  it('both down → 503 with Retry-After', () =>
    withHarness({ refuse: { private: true, cloud: true } }, async (h) => {
      const { response, record } = await chat(h, PLAIN);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(response.json().error).toMatchObject({
        type: 'service_unavailable',
        code: 'no_backend_available',
      });
      expect(record).toMatchObject({ status: 'unavailable', httpStatus: 503, route: 'none' });
      expect(attemptsOf(record)[0]).toBe('openai:unavailable');
      expect(
        attemptsOf(record)
          .slice(1)
          .every((a) => a === 'private:unavailable'),
      ).toBe(true);
    }));
});

describe('failover: sensitive requests never leave private', () => {
  it('private saturated → retried within the deadline, then served privately', () =>
    withHarness({}, async (h) => {
      h.privateServer.setFault((_r, n) =>
        n === 0 ? { kind: 'status', status: 429, retryAfter: '0.05' } : undefined,
      );
      const { response, record } = await chat(h, SENSITIVE);
      expect(response.status).toBe(200);
      expect(attemptsOf(record)).toEqual(['private:saturated', 'private:ok']);
      expect(record.attempts[0].httpStatus).toBe(429);
      expect(cloudChats(h)).toBe(0);
    }));

  it('private stays saturated → 503 with Retry-After, and the cloud sees nothing', () =>
    withHarness({}, async (h) => {
      h.privateServer.setFault(() => ({ kind: 'status', status: 503, retryAfter: '0.05' }));
      const { response, record } = await chat(h, SENSITIVE);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(attemptsOf(record)).toEqual(['private:saturated', 'private:saturated', 'private:saturated']);
      expect(record.status).toBe('unavailable');
      expect(cloudChats(h)).toBe(0);
    }));

  it('private down → 503, and the cloud sees nothing', () =>
    withHarness({ refuse: { private: true } }, async (h) => {
      const { response, record } = await chat(h, SENSITIVE);
      expect(response.status).toBe(503);
      expect(record.attempts.every((a) => a.backend === 'private')).toBe(true);
      expect(cloudChats(h)).toBe(0);
    }));

  it('private times out → 503 within the deadline, and the cloud sees nothing', () =>
    withHarness({}, async (h) => {
      h.privateServer.setFault(() => ({ kind: 'delay', ms: 5_000 }));
      const { response, record } = await chat(h, SENSITIVE);
      expect(response.status).toBe(503);
      expect(record.attempts.every((a) => a.backend === 'private' && a.status === 'timeout')).toBe(true);
      expect(cloudChats(h)).toBe(0);
    }));

  it('a department override keeps a non-sensitive request private even with the cloud healthy', () =>
    withHarness(
      { policy: { ...TEST_POLICY_DOC, identity: { allowClientContextHeaders: true } } },
      async (h) => {
        const { response, record } = await chat(h, PLAIN, {}, { 'x-hybrid-ai-department': 'legal' });
        expect(response.headers.get('x-hybrid-ai-route')).toBe('private');
        expect(record.department).toBe('legal');
        expect(cloudChats(h)).toBe(0);
      },
    ));
});

describe('policy block', () => {
  const blocking: RoutingPolicy = {
    ...TEST_POLICY_DOC,
    departments: { sandbox: 'block' },
    identity: { allowClientContextHeaders: true },
  };

  it('answers 403 and reaches no backend', () =>
    withHarness({ policy: blocking }, async (h) => {
      const { response, record } = await chat(h, PLAIN, {}, { 'x-hybrid-ai-department': 'sandbox' });
      expect(response.status).toBe(403);
      expect(response.headers.get('x-hybrid-ai-route')).toBe('block');
      expect(response.json().error).toMatchObject({ type: 'permission_error', code: 'policy_blocked' });
      expect(record).toMatchObject({ status: 'blocked', route: 'block', attempts: [] });
      expect(h.privateServer.received.length + h.cloudServer.received.length).toBe(0);
    }));
});

describe('streaming failover', () => {
  it('a failure before the first byte fails over like a plain request', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'status', status: 502 }));
      const stream = await h.client.chat.completions.create({
        model: 'chat-default',
        stream: true,
        messages: [{ role: 'user', content: 'Hello there.' }],
      });
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
      expect(text).toBe('The loopback model answers this request.');
      const [record] = await h.waitForAudits(1);
      expect(attemptsOf(record)).toEqual(['openai:unavailable', 'private:ok']);
      expect(record.status).toBe('ok');
    }));

  it('a reset after the first byte ends the stream with an error event, never a silent truncation', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'reset-mid-stream', afterChunks: 3 }));
      const stream = await h.client.chat.completions.create({
        model: 'chat-default',
        stream: true,
        messages: [{ role: 'user', content: 'Hello there.' }],
      });
      let text = '';
      const consume = async () => {
        for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
      };
      await expect(consume()).rejects.toThrow(/incomplete/);
      expect(text.length).toBeGreaterThan(0);
      const [record] = await h.waitForAudits(1);
      expect(record).toMatchObject({
        status: 'stream_error',
        errorCode: 'stream_interrupted',
        route: 'cloud',
      });
      // The partial answer is still costed, from counted characters.
      expect(record.tokens).toMatchObject({ estimated: true });
      expect(record.tokens.out).toBeGreaterThan(0);
    }));

  it('the raw SSE of an interrupted stream carries an error event and no [DONE]', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'reset-mid-stream', afterChunks: 2 }));
      const { status, text } = await post(`${h.server.url}/chat/completions`, {
        model: 'chat-default',
        stream: true,
        messages: PLAIN,
      });
      expect(status).toBe(200);
      expect(text).toContain('data: {"error":{');
      expect(text).not.toContain('[DONE]');
    }));

  it('a client that goes away mid-stream is audited as client_disconnected', () =>
    withHarness({}, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'slow-stream', chunkDelayMs: 50 }));
      const controller = new AbortController();
      const response = await fetch(`${h.server.url}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'chat-default', stream: true, messages: PLAIN }),
        signal: controller.signal,
      });
      const reader = response.body!.getReader();
      await reader.read();
      controller.abort();
      const [record] = await h.waitForAudits(1);
      expect(record).toMatchObject({ status: 'client_disconnected', httpStatus: 499 });
    }));
});

describe('circuit breaker', () => {
  it('stops calling a dead cloud backend after repeated failures', () =>
    withHarness({ gateway: { breaker: { failureThreshold: 2, openMs: 60_000 } } }, async (h) => {
      h.cloudServer.setFault(() => ({ kind: 'status', status: 500 }));
      for (let i = 0; i < 5; i++) expect((await chat(h, PLAIN)).response.status).toBe(200);
      expect(cloudChats(h)).toBe(2);
      const last = h.audits().at(-1)!;
      expect(attemptsOf(last)).toEqual(['openai:circuit_open', 'private:ok']);
    }));
});

describe('the cloud guard', () => {
  it('stops a misrouted sensitive request before it reaches a cloud backend (503, guard.blocked_cloud)', () =>
    withHarness(
      {
        // A broken policy: the alias's "private" model is served by the cloud backend.
        policy: {
          ...TEST_POLICY_DOC,
          modelAliases: {
            'chat-default': {
              private: { backend: 'openai', model: 'oops' },
              cloud: [{ backend: 'openai', model: 'cloud-llm' }],
            },
          },
        },
      },
      async (h) => {
        const { response, record } = await chat(h, SENSITIVE);
        expect(response.status).toBe(503);
        expect(record.status).toBe('guard_blocked');
        expect(record.reasons).toContain('guard.blocked_cloud');
        expect(cloudChats(h)).toBe(0);
      },
    ));
});
