import { App } from 'aws-cdk-lib';
import { createApp, POLICY } from '../../examples/custom-policy/app';
import { HybridAiStack, PrivateBackend, type RoutingPolicy } from '../../lib';
import { COMPLIANCE_PACKS, distinctAcknowledgements } from '../lib/support/report';
import { synthExample, type SynthesizedExample } from './synth-example';

describe('examples/custom-policy', () => {
  let example: SynthesizedExample;

  beforeAll(() => {
    example = synthExample(createApp);
  });

  afterAll(() => example.cleanUp());

  test('hosts the organisation policy in AppConfig, exactly as written', () => {
    const resources = Object.values(example.template('HybridAiCustomPolicy').Resources);
    const version = resources.find((r) => r.Type === 'AWS::AppConfig::HostedConfigurationVersion');
    expect(JSON.parse(version?.Properties?.Content as string)).toEqual(POLICY);
  });

  test("allows every Bedrock model the policy's aliases name, and only those", () => {
    const text = JSON.stringify(example.template('HybridAiCustomPolicy'));
    for (const profile of [
      'us.amazon.nova-lite-v1:0',
      'us.anthropic.claude-3-5-haiku-20241022-v1:0',
      'us.anthropic.claude-sonnet-4-20250514-v1:0',
    ]) {
      expect(text).toContain(`inference-profile/${profile}`);
    }
    expect(text).not.toContain('foundation-model/*');
  });

  test('identifies callers with API keys under a usage plan', () => {
    const resources = Object.values(example.template('HybridAiCustomPolicy').Resources);
    expect(resources.find((r) => r.Type === 'AWS::ApiGateway::UsagePlan')?.Properties).toMatchObject({
      Quota: { Limit: 20000, Period: 'DAY' },
    });
  });

  test('fails at synth when the policy names an unknown category', () => {
    // GIVEN the example policy with one misspelt category
    const broken = {
      ...POLICY,
      categories: { ...POLICY.categories, 'pii.favourite_colour': 'private' },
    } as RoutingPolicy;
    const backend = PrivateBackend.external({ url: 'https://vllm.corp.example/v1', cidr: '10.100.0.0/16' });
    // WHEN / THEN the stack refuses it, naming the category
    expect(() => new HybridAiStack(new App(), 'Broken', { policy: broken, privateBackend: backend })).toThrow(
      /pii\.favourite_colour/,
    );
  });

  test.each(COMPLIANCE_PACKS)('passes %s with zero unacknowledged findings', (pack) => {
    expect(example.summary.plugins).toContainEqual({ name: pack, conclusion: 'success', violations: 0 });
  });

  test('acknowledges only on resources, each with a specific reason', () => {
    for (const acknowledgement of distinctAcknowledgements(example.summary)) {
      expect(acknowledgement.at.split('/').length).toBeGreaterThan(2);
      expect(acknowledgement.reason.length).toBeGreaterThan(60);
    }
  });
});
