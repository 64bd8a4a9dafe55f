import { createApp } from '../../examples/privatelink/app';
import { COMPLIANCE_PACKS, distinctAcknowledgements } from '../lib/support/report';
import { synthExample, type SynthesizedExample } from './synth-example';

describe('examples/privatelink', () => {
  let example: SynthesizedExample;

  beforeAll(() => {
    example = synthExample(createApp);
  });

  afterAll(() => example.cleanUp());

  test('reaches private inference through an interface endpoint to the provider service', () => {
    const resources = Object.values(example.template('HybridAiPrivateLink').Resources);
    const endpoint = resources.find((r) => r.Type === 'AWS::EC2::VPCEndpoint');
    expect(endpoint?.Properties).toMatchObject({
      ServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0',
      PrivateDnsEnabled: true,
    });
    const router = resources.find(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties?.Handler === 'index.handler',
    );
    expect(JSON.stringify(router?.Properties?.Environment)).toContain(
      'https://inference.provider.example/v1',
    );
  });

  test('serves a private API reachable only through the execute-api endpoint', () => {
    const api = Object.values(example.template('HybridAiPrivateLink').Resources).find(
      (r) => r.Type === 'AWS::ApiGateway::RestApi',
    );
    expect(api?.Properties?.EndpointConfiguration).toMatchObject({ Types: ['PRIVATE'] });
    expect(JSON.stringify(api?.Properties?.Policy)).toContain('aws:SourceVpce');
  });

  test("creates no VPC of its own: the network stack's is reused", () => {
    const resources = Object.values(example.template('HybridAiPrivateLink').Resources);
    expect(resources.filter((r) => r.Type === 'AWS::EC2::VPC')).toHaveLength(0);
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
