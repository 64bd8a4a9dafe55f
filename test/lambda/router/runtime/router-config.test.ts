import { RUNTIME_ENV } from '../../../../lib/router/runtime-env';
import {
  ConfigurationError,
  policySourceFromEnv,
  routerConfigFromEnv,
} from '../../../../lambda/router/runtime/router-config';

/** The least a router needs: a private backend. */
const BASE = { [RUNTIME_ENV.PRIVATE_URL]: 'https://vllm.corp.example/v1' };

const APPCONFIG = {
  [RUNTIME_ENV.APPCONFIG_APPLICATION]: 'app1234',
  [RUNTIME_ENV.APPCONFIG_ENVIRONMENT]: 'env1234',
  [RUNTIME_ENV.APPCONFIG_PROFILE]: 'prof123',
};

describe('routerConfigFromEnv: defaults', () => {
  test('given only a private URL, then every setting takes its documented default', () => {
    // WHEN
    const config = routerConfigFromEnv({ ...BASE, AWS_REGION: 'eu-west-1' });
    // THEN
    expect(config).toEqual({
      serviceName: 'hybrid-ai-router',
      metricsNamespace: 'HybridAi',
      openAiBackends: [{ name: 'private', placement: 'private', baseUrl: 'https://vllm.corp.example/v1' }],
      bedrock: { region: 'eu-west-1', guardrail: undefined },
      auditKey: { kind: 'ephemeral' },
      policySource: { kind: 'inline', json: expect.stringContaining('"version"') },
      policyTtlMs: 30_000,
      environment: undefined,
      requireIdentity: true,
      claimNames: expect.objectContaining({ department: expect.any(Array) }),
      maxBodyBytes: 6 * 1024 * 1024,
      attemptTimeoutMs: 25_000,
      deadlineMs: 28_000,
      maxRetries: 2,
    });
  });

  test('an empty value counts as unset, as a console-edited Lambda environment leaves it', () => {
    const config = routerConfigFromEnv({ ...BASE, [RUNTIME_ENV.DEADLINE_MS]: '' });
    expect(config.deadlineMs).toBe(28_000);
  });
});

describe('routerConfigFromEnv: each variable reaches its setting', () => {
  test.each([
    [RUNTIME_ENV.MAX_BODY_BYTES, '1024', 'maxBodyBytes', 1024],
    [RUNTIME_ENV.ATTEMPT_TIMEOUT_MS, '5000', 'attemptTimeoutMs', 5000],
    [RUNTIME_ENV.DEADLINE_MS, '9000', 'deadlineMs', 9000],
    [RUNTIME_ENV.MAX_RETRIES, '0', 'maxRetries', 0],
    [RUNTIME_ENV.POLICY_TTL_SECONDS, '5', 'policyTtlMs', 5000],
    [RUNTIME_ENV.REQUIRE_IDENTITY, 'false', 'requireIdentity', false],
    [RUNTIME_ENV.ENVIRONMENT, 'dev', 'environment', 'dev'],
    [RUNTIME_ENV.POWERTOOLS_SERVICE_NAME, 'gateway-eu', 'serviceName', 'gateway-eu'],
    [RUNTIME_ENV.POWERTOOLS_METRICS_NAMESPACE, 'Acme/Gateway', 'metricsNamespace', 'Acme/Gateway'],
  ] as const)('%s=%s sets %s', (name, value, key, expected) => {
    expect(routerConfigFromEnv({ ...BASE, [name]: value })[key]).toEqual(expected);
  });

  test('HYBRID_AI_METRICS_NAMESPACE wins over the Powertools-wide namespace', () => {
    const config = routerConfigFromEnv({
      ...BASE,
      [RUNTIME_ENV.POWERTOOLS_METRICS_NAMESPACE]: 'Shared',
      [RUNTIME_ENV.METRICS_NAMESPACE]: 'HybridAiEu',
    });
    expect(config.metricsNamespace).toBe('HybridAiEu');
  });

  test('HYBRID_AI_BEDROCK=false leaves Bedrock out; HYBRID_AI_BEDROCK_REGION wins over AWS_REGION', () => {
    expect(routerConfigFromEnv({ ...BASE, [RUNTIME_ENV.BEDROCK]: 'false' }).bedrock).toBeUndefined();
    expect(
      routerConfigFromEnv({ ...BASE, AWS_REGION: 'eu-west-1', [RUNTIME_ENV.BEDROCK_REGION]: 'us-east-1' })
        .bedrock?.region,
    ).toBe('us-east-1');
  });

  test('the private backend carries its API key parameter; listed backends follow it', () => {
    const config = routerConfigFromEnv({
      ...BASE,
      [RUNTIME_ENV.PRIVATE_API_KEY_PARAMETER]: '/aws/reference/secretsmanager/vllm-key',
      [RUNTIME_ENV.OPENAI_BACKENDS]: JSON.stringify([
        {
          name: 'acme',
          baseUrl: 'https://api.acme.example/v1',
          placement: 'cloud',
          apiKeyParameter: '/acme',
        },
      ]),
    });
    expect(config.openAiBackends).toEqual([
      {
        name: 'private',
        placement: 'private',
        baseUrl: 'https://vllm.corp.example/v1',
        apiKeyParameter: '/aws/reference/secretsmanager/vllm-key',
      },
      { name: 'acme', baseUrl: 'https://api.acme.example/v1', placement: 'cloud', apiKeyParameter: '/acme' },
    ]);
  });

  test('the audit key comes from its parameter first, then the inline key', () => {
    const both = {
      [RUNTIME_ENV.AUDIT_HMAC_KEY_PARAMETER]: '/audit-key',
      [RUNTIME_ENV.AUDIT_HMAC_KEY]: 'k'.repeat(32),
    };
    expect(routerConfigFromEnv({ ...BASE, ...both }).auditKey).toEqual({
      kind: 'parameter',
      name: '/audit-key',
    });
    expect(routerConfigFromEnv({ ...BASE, [RUNTIME_ENV.AUDIT_HMAC_KEY]: 'k'.repeat(32) }).auditKey).toEqual({
      kind: 'inline',
      key: 'k'.repeat(32),
    });
  });
});

describe('routerConfigFromEnv: the Bedrock guardrail', () => {
  test('given an id and a version, then Bedrock applies that guardrail', () => {
    const config = routerConfigFromEnv({
      ...BASE,
      [RUNTIME_ENV.BEDROCK_GUARDRAIL_ID]: 'x1y2z3abcdef',
      [RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION]: '3',
    });
    expect(config.bedrock?.guardrail).toEqual({ identifier: 'x1y2z3abcdef', version: '3' });
  });

  test('accepts a guardrail ARN and the DRAFT version', () => {
    const identifier = 'arn:aws:bedrock:us-east-1:123456789012:guardrail/x1y2z3abcdef';
    const config = routerConfigFromEnv({
      ...BASE,
      [RUNTIME_ENV.BEDROCK_GUARDRAIL_ID]: identifier,
      [RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION]: 'DRAFT',
    });
    expect(config.bedrock?.guardrail).toEqual({ identifier, version: 'DRAFT' });
  });

  test('fails when only one of id and version is set', () => {
    expect(() =>
      routerConfigFromEnv({ ...BASE, [RUNTIME_ENV.BEDROCK_GUARDRAIL_ID]: 'x1y2z3abcdef' }),
    ).toThrow(/set both HYBRID_AI_BEDROCK_GUARDRAIL_ID and HYBRID_AI_BEDROCK_GUARDRAIL_VERSION, or neither/);
  });

  test('fails when the version is not a version', () => {
    expect(() =>
      routerConfigFromEnv({
        ...BASE,
        [RUNTIME_ENV.BEDROCK_GUARDRAIL_ID]: 'x1y2z3abcdef',
        [RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION]: 'latest',
      }),
    ).toThrow('HYBRID_AI_BEDROCK_GUARDRAIL_VERSION must be a version number or DRAFT, got "latest"');
  });

  test('fails when the id is neither an id nor a guardrail ARN', () => {
    expect(() =>
      routerConfigFromEnv({
        ...BASE,
        [RUNTIME_ENV.BEDROCK_GUARDRAIL_ID]: 'My Guardrail',
        [RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION]: '1',
      }),
    ).toThrow(/HYBRID_AI_BEDROCK_GUARDRAIL_ID must be a guardrail id or ARN/);
  });
});

describe('routerConfigFromEnv: malformed values name the variable and the value', () => {
  test.each([
    [RUNTIME_ENV.BEDROCK, 'no', 'HYBRID_AI_BEDROCK must be true or false, got "no"'],
    [RUNTIME_ENV.REQUIRE_IDENTITY, 'yes', 'HYBRID_AI_REQUIRE_IDENTITY must be true or false, got "yes"'],
    [RUNTIME_ENV.MAX_RETRIES, '-1', 'HYBRID_AI_MAX_RETRIES must be a non-negative integer, got "-1"'],
    [RUNTIME_ENV.POLICY_TTL_SECONDS, '0', 'HYBRID_AI_POLICY_TTL_SECONDS must be a positive integer, got "0"'],
  ])('fails when %s is %s', (name, value, message) => {
    expect(() => routerConfigFromEnv({ ...BASE, [name]: value })).toThrow(message);
  });

  test('fails when two backends share a name', () => {
    const list = JSON.stringify([
      { name: 'private', baseUrl: 'https://other.example/v1', placement: 'cloud' },
    ]);
    expect(() => routerConfigFromEnv({ ...BASE, [RUNTIME_ENV.OPENAI_BACKENDS]: list })).toThrow(
      'backend name "private" is used twice in HYBRID_AI_OPENAI_BACKENDS',
    );
  });

  test('fails with ConfigurationError when the backend list is not an array', () => {
    expect(() => routerConfigFromEnv({ ...BASE, [RUNTIME_ENV.OPENAI_BACKENDS]: '{}' })).toThrow(
      ConfigurationError,
    );
  });
});

describe('policySourceFromEnv', () => {
  test('a declared AppConfig source reads the three AppConfig ids', () => {
    expect(policySourceFromEnv({ [RUNTIME_ENV.POLICY_SOURCE]: 'appconfig', ...APPCONFIG })).toEqual({
      kind: 'appconfig',
      application: 'app1234',
      environment: 'env1234',
      profile: 'prof123',
    });
  });

  test('a declared SSM source reads the parameter name', () => {
    expect(
      policySourceFromEnv({
        [RUNTIME_ENV.POLICY_SOURCE]: 'ssm',
        [RUNTIME_ENV.POLICY_PARAMETER]: '/hybrid-ai/policy',
      }),
    ).toEqual({ kind: 'ssm', parameter: '/hybrid-ai/policy' });
  });

  test('a declared inline source reads the document', () => {
    expect(
      policySourceFromEnv({
        [RUNTIME_ENV.POLICY_SOURCE]: 'inline',
        [RUNTIME_ENV.POLICY_JSON]: '{"version":"a"}',
      }),
    ).toEqual({ kind: 'inline', json: '{"version":"a"}' });
  });

  test('fails when the declared source lacks its variables', () => {
    expect(() =>
      policySourceFromEnv({
        [RUNTIME_ENV.POLICY_SOURCE]: 'appconfig',
        [RUNTIME_ENV.APPCONFIG_APPLICATION]: 'app1234',
      }),
    ).toThrow(
      'HYBRID_AI_POLICY_SOURCE is appconfig, so set HYBRID_AI_POLICY_APPCONFIG_ENVIRONMENT and HYBRID_AI_POLICY_APPCONFIG_PROFILE',
    );
  });

  test('fails when another source is configured beside the declared one, instead of reading either', () => {
    expect(() =>
      policySourceFromEnv({
        [RUNTIME_ENV.POLICY_SOURCE]: 'ssm',
        [RUNTIME_ENV.POLICY_PARAMETER]: '/hybrid-ai/policy',
        [RUNTIME_ENV.POLICY_JSON]: '{"version":"a"}',
      }),
    ).toThrow('HYBRID_AI_POLICY_SOURCE is ssm; remove the variables of other sources: HYBRID_AI_POLICY_JSON');
  });

  test('fails on an unknown source', () => {
    expect(() => policySourceFromEnv({ [RUNTIME_ENV.POLICY_SOURCE]: 's3' })).toThrow(
      'HYBRID_AI_POLICY_SOURCE must be one of appconfig, ssm, inline, got "s3"',
    );
  });

  test('without a declared source, AppConfig comes before the SSM parameter', () => {
    expect(policySourceFromEnv({ ...APPCONFIG, [RUNTIME_ENV.POLICY_PARAMETER]: '/p' }).kind).toBe(
      'appconfig',
    );
    expect(
      policySourceFromEnv({ [RUNTIME_ENV.POLICY_PARAMETER]: '/p', [RUNTIME_ENV.POLICY_JSON]: '{}' }).kind,
    ).toBe('ssm');
  });
});
