import { CachedPolicy } from '../../../../lambda/router/runtime/cached-policy';

function opsLog() {
  const entries: { level: string; code: string }[] = [];
  return {
    entries,
    ops: {
      warn: (code: string) => entries.push({ level: 'warn', code }),
      error: (code: string) => entries.push({ level: 'error', code }),
    },
  };
}

describe('CachedPolicy', () => {
  it('loads and validates the policy on first use', async () => {
    const { ops } = opsLog();
    const policy = new CachedPolicy({ fetch: async () => '{"version":"v1"}', ops });
    expect((await policy.current()).version).toBe('v1');
  });

  it('serves the cached policy until the TTL passes, then picks up a change without a deploy', async () => {
    const clock = { t: 0 };
    let doc = '{"version":"v1"}';
    const { ops } = opsLog();
    const policy = new CachedPolicy({ fetch: async () => doc, ttlMs: 30_000, ops, now: () => clock.t });
    await policy.refresh();
    doc = '{"version":"v2"}';
    clock.t = 29_999;
    expect((await policy.current()).version).toBe('v1');
    clock.t = 30_000;
    policy.current(); // triggers the background refresh
    expect((await policy.refresh()).version).toBe('v2');
  });

  it('keeps the last good policy when a new document is invalid, and logs an error', async () => {
    const clock = { t: 0 };
    let doc = '{"version":"good"}';
    const log = opsLog();
    const policy = new CachedPolicy({ fetch: async () => doc, ttlMs: 10, ops: log.ops, now: () => clock.t });
    await policy.refresh();
    doc = '{"version":"bad","nonSensitiveStrategy":"yolo"}';
    clock.t = 100;
    expect((await policy.refresh()).version).toBe('good');
    expect(log.entries).toContainEqual({ level: 'error', code: 'policy.load_failed' });
  });

  it('keeps the last good policy when the source is unreachable', async () => {
    const clock = { t: 0 };
    let fail = false;
    const { ops } = opsLog();
    const policy = new CachedPolicy({
      fetch: async () => {
        if (fail) throw new Error('throttled');
        return '{"version":"v1"}';
      },
      ttlMs: 10,
      ops,
      now: () => clock.t,
    });
    await policy.refresh();
    fail = true;
    clock.t = 100;
    expect((await policy.refresh()).version).toBe('v1');
  });

  it('treats "unchanged" (an empty AppConfig poll) as the current policy', async () => {
    const answers = ['{"version":"v1"}', undefined];
    const { ops } = opsLog();
    const policy = new CachedPolicy({ fetch: async () => answers.shift(), ttlMs: 0, ops });
    await policy.refresh();
    expect((await policy.refresh()).version).toBe('v1');
  });

  it('fails the first load when there is no good policy at all', async () => {
    const { ops } = opsLog();
    const policy = new CachedPolicy({ fetch: async () => 'not json', ops });
    await expect(policy.refresh()).rejects.toThrow();
  });
});
