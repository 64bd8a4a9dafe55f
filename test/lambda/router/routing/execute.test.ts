import type { Backend } from '../../../../lambda/router/backends/types';
import { ClientConnectionState } from '../../../../lambda/router/http/client-connection';
import { BreakerRegistry } from '../../../../lambda/router/routing/circuit-breaker';
import { executeTargets, type ExecuteOptions } from '../../../../lambda/router/routing/execute';
import type { Target } from '../../../../lambda/router/routing/plan';
import { down, rejected, saturated, scriptedBackend } from './scripted-backend';

const PRIVATE: Target = { backend: 'private', model: 'llama', side: 'private', redacted: false };
const CLOUD: Target = { backend: 'bedrock', model: 'claude', side: 'cloud', redacted: false };

function options(overrides: Partial<ExecuteOptions> = {}): ExecuteOptions {
  return {
    attemptTimeoutMs: 1000,
    deadlineAt: Date.now() + 5000,
    maxRetries: 2,
    backoff: { baseMs: 1, capMs: 2 },
    breakers: new BreakerRegistry({ failureThreshold: 100 }),
    random: () => 0.5,
    ...overrides,
  };
}

function run(targets: Target[], backends: Backend[], opts = options()) {
  const map = new Map(backends.map((b) => [b.name, b]));
  return executeTargets(
    targets,
    map,
    (backend, target, signal) => backend.chat({ model: target.model, messages: [] }, { signal }),
    opts,
  );
}

describe('executeTargets', () => {
  it('answers from the first target when it succeeds', async () => {
    const cloud = scriptedBackend('bedrock', 'cloud', ['ok']);
    const outcome = await run([CLOUD, PRIVATE], [cloud, scriptedBackend('private', 'private', ['ok'])]);
    expect(outcome.ok && outcome.target).toBe(CLOUD);
    expect(outcome.attempts.map((a) => a.status)).toEqual(['ok']);
  });

  it('fails over to the next target at once when the first is down', async () => {
    const cloud = scriptedBackend('bedrock', 'cloud', [down()]);
    const priv = scriptedBackend('private', 'private', ['ok']);
    const outcome = await run([CLOUD, PRIVATE], [cloud, priv]);
    expect(outcome.ok && outcome.target).toBe(PRIVATE);
    expect(outcome.attempts.map((a) => `${a.backend}:${a.status}`)).toEqual([
      'bedrock:unavailable',
      'private:ok',
    ]);
    expect(cloud.calls).toBe(1);
  });

  it('retries the last target while it is saturated, then succeeds', async () => {
    const priv = scriptedBackend('private', 'private', [saturated(), saturated(), 'ok']);
    const outcome = await run([PRIVATE], [priv]);
    expect(outcome.ok).toBe(true);
    expect(outcome.attempts.map((a) => a.status)).toEqual(['saturated', 'saturated', 'ok']);
  });

  it('gives up after the retry budget and reports the longest Retry-After', async () => {
    const priv = scriptedBackend('private', 'private', [saturated(20), saturated(40), saturated(30)]);
    const outcome = await run([PRIVATE], [priv]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toBe('exhausted');
    expect(!outcome.ok && outcome.retryAfterMs).toBe(40);
    expect(priv.calls).toBe(3);
  });

  it('does not retry past the deadline, even when Retry-After asks for more time', async () => {
    const priv = scriptedBackend('private', 'private', [saturated(10_000), 'ok']);
    const outcome = await run([PRIVATE], [priv], options({ deadlineAt: Date.now() + 500 }));
    expect(outcome.ok).toBe(false);
    expect(priv.calls).toBe(1);
  });

  it('stops at once when the backend rejects the request (another backend would too)', async () => {
    const cloud = scriptedBackend('bedrock', 'cloud', [rejected(400)]);
    const priv = scriptedBackend('private', 'private', ['ok']);
    const outcome = await run([CLOUD, PRIVATE], [cloud, priv]);
    expect(!outcome.ok && outcome.reason).toBe('rejected');
    expect(!outcome.ok && outcome.rejectedStatus).toBe(400);
    expect(priv.calls).toBe(0);
  });

  it('turns a hung attempt into a timeout and moves on', async () => {
    const cloud = scriptedBackend('bedrock', 'cloud', [{ hangMs: 10_000 }]);
    const priv = scriptedBackend('private', 'private', ['ok']);
    const outcome = await run([CLOUD, PRIVATE], [cloud, priv], options({ attemptTimeoutMs: 50 }));
    expect(outcome.attempts.map((a) => a.status)).toEqual(['timeout', 'ok']);
  });

  it('skips a backend whose circuit is open without calling it', async () => {
    const breakers = new BreakerRegistry({ failureThreshold: 1, openMs: 60_000 });
    breakers.for('bedrock').onFailure();
    const cloud = scriptedBackend('bedrock', 'cloud', ['ok']);
    const outcome = await run(
      [CLOUD, PRIVATE],
      [cloud, scriptedBackend('private', 'private', ['ok'])],
      options({ breakers }),
    );
    expect(cloud.calls).toBe(0);
    expect(outcome.attempts.map((a) => `${a.backend}:${a.status}`)).toEqual([
      'bedrock:circuit_open',
      'private:ok',
    ]);
  });

  it('opens the circuit after repeated failures, so later requests do not hammer a dead backend', async () => {
    const breakers = new BreakerRegistry({ failureThreshold: 2, openMs: 60_000 });
    const cloud = scriptedBackend('bedrock', 'cloud', [down()]);
    const priv = scriptedBackend('private', 'private', ['ok']);
    for (let i = 0; i < 5; i++) await run([CLOUD, PRIVATE], [cloud, priv], options({ breakers }));
    expect(cloud.calls).toBe(2);
  });

  it('records a target whose backend is not configured and moves on', async () => {
    const outcome = await run([CLOUD, PRIVATE], [scriptedBackend('private', 'private', ['ok'])]);
    expect(outcome.attempts.map((a) => a.status)).toEqual(['not_configured', 'ok']);
  });

  it('stops when the client goes away', async () => {
    const client = new ClientConnectionState();
    const priv = scriptedBackend('private', 'private', [{ hangMs: 10_000 }]);
    const pending = run([PRIVATE], [priv], options({ client }));
    setTimeout(() => client.close(), 20);
    const outcome = await pending;
    expect(!outcome.ok && outcome.reason).toBe('client_aborted');
  });
});
