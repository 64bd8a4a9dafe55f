import { RUNTIME_ENV } from '../../../../lib/router/runtime-env';
import { ConfigurationError, runtimeFromEnv } from '../../../../lambda/router/runtime/env-config';
import type { PolicySourceConfig } from '../../../../lambda/router/runtime/router-config';
import { startLoopbackBedrock, type LoopbackBedrock } from '../../../support/loopback-bedrock-server';

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

  it('reads secrets through the injected parameter reader and the policy through the injected fetcher', async () => {
    // GIVEN a deployed-like environment: AppConfig policy, secrets as parameter references
    const parametersRead: string[] = [];
    const sources: PolicySourceConfig[] = [];
    const env = {
      [RUNTIME_ENV.PRIVATE_URL]: 'https://vllm.corp.example/v1',
      [RUNTIME_ENV.PRIVATE_API_KEY_PARAMETER]: '/aws/reference/secretsmanager/vllm-key',
      [RUNTIME_ENV.AUDIT_HMAC_KEY_PARAMETER]: '/aws/reference/secretsmanager/audit-key',
      [RUNTIME_ENV.BEDROCK]: 'false',
      [RUNTIME_ENV.POLICY_SOURCE]: 'appconfig',
      [RUNTIME_ENV.APPCONFIG_APPLICATION]: 'app1234',
      [RUNTIME_ENV.APPCONFIG_ENVIRONMENT]: 'env1234',
      [RUNTIME_ENV.APPCONFIG_PROFILE]: 'prof123',
    };

    // WHEN
    const runtime = await runtimeFromEnv(env, {
      readParameter: async (name) => {
        parametersRead.push(name);
        return 'v'.repeat(40);
      },
      policyFetcher: (source) => {
        sources.push(source);
        return async () => '{"version":"from-appconfig"}';
      },
    });

    // THEN
    expect(parametersRead.sort()).toEqual([
      '/aws/reference/secretsmanager/audit-key',
      '/aws/reference/secretsmanager/vllm-key',
    ]);
    expect(sources).toEqual([
      { kind: 'appconfig', application: 'app1234', environment: 'env1234', profile: 'prof123' },
    ]);
    expect((await runtime.options.policy.current()).version).toBe('from-appconfig');
  });

  describe('the Bedrock guardrail', () => {
    let bedrock: LoopbackBedrock;
    const saved = { ...process.env };
    beforeEach(async () => {
      bedrock = await startLoopbackBedrock();
      // The SDK reads its endpoint override and credentials from the process environment.
      process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = bedrock.url;
      process.env.AWS_ACCESS_KEY_ID = 'AKIDLOOPBACK';
      process.env.AWS_SECRET_ACCESS_KEY = 'loopback-secret';
    });
    afterEach(async () => {
      process.env = { ...saved };
      await bedrock.close();
    });

    it('applies the guardrail the environment names to the Bedrock backend calls', async () => {
      // GIVEN
      const runtime = await runtimeFromEnv({
        ...base,
        [RUNTIME_ENV.BEDROCK]: 'true',
        AWS_REGION: 'us-east-1',
        [RUNTIME_ENV.BEDROCK_GUARDRAIL_ID]: 'x1y2z3abcdef',
        [RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION]: '2',
      });
      const backend = runtime.options.backends.find((b) => b.name === 'bedrock');

      // WHEN
      await backend?.chat(
        { model: 'anthropic.claude-3-haiku-20240307-v1:0', messages: [{ role: 'user', content: 'Hi' }] },
        { signal: new AbortController().signal },
      );

      // THEN
      expect(bedrock.received).toHaveLength(1);
      expect(bedrock.received[0].body?.guardrailConfig).toMatchObject({
        guardrailIdentifier: 'x1y2z3abcdef',
        guardrailVersion: '2',
      });
    });
  });
});
