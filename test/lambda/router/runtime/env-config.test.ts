import { ConfigurationError, runtimeFromEnv } from '../../../../lambda/router/runtime/env-config';

describe('Lambda configuration from the environment', () => {
  let spy: jest.SpyInstance;
  beforeEach(() => {
    spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => spy.mockRestore());

  const base = {
    HYBRID_AI_PRIVATE_URL: 'http://127.0.0.1:9/v1',
    HYBRID_AI_BEDROCK: 'false',
    HYBRID_AI_AUDIT_HMAC_KEY: 'k'.repeat(32),
  };

  it('builds the private backend, extra OpenAI-compatible backends and the inline policy', async () => {
    const runtime = await runtimeFromEnv({
      ...base,
      HYBRID_AI_OPENAI_BACKENDS: JSON.stringify([
        { name: 'openai', placement: 'cloud', baseUrl: 'https://api.example.com/v1' },
      ]),
      HYBRID_AI_POLICY_JSON: '{"version":"inline-7"}',
      HYBRID_AI_ENVIRONMENT: 'prod',
    });
    expect(runtime.options.backends.map((b) => `${b.name}/${b.placement}`)).toEqual([
      'private/private',
      'openai/cloud',
    ]);
    expect((await runtime.options.policy.current()).version).toBe('inline-7');
    expect(runtime.options.environment).toBe('prod');
    expect(runtime.options.requireIdentity).toBe(true);
  });

  it('fails without a private backend: sensitive requests would have nowhere to go', async () => {
    await expect(runtimeFromEnv({ HYBRID_AI_BEDROCK: 'false' })).rejects.toThrow(/HYBRID_AI_PRIVATE_URL/);
  });

  it('names the variable and the value when a number is malformed', async () => {
    await expect(runtimeFromEnv({ ...base, HYBRID_AI_DEADLINE_MS: 'soon' })).rejects.toThrow(
      'HYBRID_AI_DEADLINE_MS must be a positive integer, got "soon"',
    );
  });

  it('rejects a malformed backend list', async () => {
    await expect(runtimeFromEnv({ ...base, HYBRID_AI_OPENAI_BACKENDS: '[{"name":"x"}]' })).rejects.toThrow(
      ConfigurationError,
    );
  });

  it('rejects a partial AppConfig location', async () => {
    await expect(runtimeFromEnv({ ...base, HYBRID_AI_POLICY_APPCONFIG_APPLICATION: 'app' })).rejects.toThrow(
      /APPCONFIG/,
    );
  });

  it('refuses to start with an invalid inline policy', async () => {
    await expect(
      runtimeFromEnv({ ...base, HYBRID_AI_POLICY_JSON: '{"nonSensitiveStrategy":"yolo"}' }),
    ).rejects.toThrow();
  });
});
