import type { LoopbackFault } from '../support/loopback-openai-server';
import { startHarness, type Harness, SSN } from './harness';

/**
 * 500 concurrent requests under random faults: 500 responses, 500 audit records, and each record
 * agrees with the response it describes (request id, HTTP status, route, stream outcome).
 */
describe('e2e: nothing lost under concurrency and faults', () => {
  const N = 500;
  let h: Harness;
  let seed = 1234;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const FAULTS: (LoopbackFault | undefined)[] = [
    undefined,
    undefined,
    undefined,
    { kind: 'status', status: 503, retryAfter: '0' },
    { kind: 'status', status: 500 },
    { kind: 'destroy' },
    { kind: 'malformed' },
    { kind: 'delay', ms: 400 },
    { kind: 'reset-mid-stream', afterChunks: 2 },
  ];

  beforeAll(async () => {
    // Breakers stay closed here (they are tested on their own), so every fault reaches the routing engine.
    h = await startHarness({
      gateway: {
        attemptTimeoutMs: 200,
        deadlineMs: 1_500,
        maxRetries: 1,
        backoff: { baseMs: 1, capMs: 10 },
        breaker: { failureThreshold: 1_000_000 },
      },
    });
    h.privateServer.setFault(() => FAULTS[Math.floor(random() * FAULTS.length)]);
    h.cloudServer.setFault(() => FAULTS[Math.floor(random() * FAULTS.length)]);
  });
  afterAll(() => h.close());

  it('every request gets one response and one matching audit record; no sensitive request reached the cloud', async () => {
    const requests = Array.from({ length: N }, (_, i) => ({
      sensitive: i % 3 === 0,
      stream: i % 2 === 0,
      content: i % 3 === 0 ? `Request ${i}: SSN ${SSN}` : `Request ${i}: suggest a team name`,
    }));
    const responses = await Promise.all(
      requests.map(async (r) => {
        const response = await fetch(`${h.server.url}/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            model: 'chat-default',
            stream: r.stream,
            messages: [{ role: 'user', content: r.content }],
          }),
        });
        const text = await response.text();
        return {
          ...r,
          status: response.status,
          id: response.headers.get('x-hybrid-ai-request-id'),
          route: response.headers.get('x-hybrid-ai-route'),
          text,
        };
      }),
    );
    const records = await h.waitForAudits(N);

    expect(responses).toHaveLength(N);
    expect(records).toHaveLength(N);
    const byId = new Map(records.map((r) => [r.requestId, r]));
    expect(byId.size).toBe(N);
    for (const response of responses) {
      const record = byId.get(response.id!);
      expect(record).toBeDefined();
      expect(record!.httpStatus).toBe(response.status);
      expect(record!.route).toBe(response.route);
      if (response.status === 200 && response.stream) {
        expect(record!.status).toBe(response.text.includes('data: [DONE]') ? 'ok' : 'stream_error');
      }
      if (response.sensitive) expect(record!.route).not.toBe('cloud');
      expect(response.status).not.toBe(500);
    }
    // Faults really happened, and still most requests were served.
    const statuses = new Set(records.map((r) => r.status));
    expect(statuses.has('ok')).toBe(true);
    expect(records.some((r) => r.fallback)).toBe(true);
    expect(records.filter((r) => r.status === 'ok').length).toBeGreaterThan(N / 2);
    const cloudBodies = h.cloudServer.received.map((r) => r.rawBody).join('\n');
    expect(cloudBodies).not.toContain(SSN);
    expect(h.cloudServer.received.length).toBeGreaterThan(0);
  });
});
