import { createApp } from '../../examples/minimal/app';
import { COMPLIANCE_PACKS, distinctAcknowledgements } from '../lib/support/report';
import { synthExample, type SynthesizedExample } from './synth-example';

describe('examples/minimal', () => {
  let example: SynthesizedExample;

  beforeAll(() => {
    example = synthExample(createApp);
  });

  afterAll(() => example.cleanUp());

  test('synthesizes a VPN to the on-premises network and a router calling the on-premises backend', () => {
    const resources = Object.values(example.template('HybridAiMinimal').Resources);
    expect(resources.filter((r) => r.Type === 'AWS::EC2::VPNConnection')).toHaveLength(1);
    const router = resources.find(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties?.Handler === 'index.handler',
    );
    expect(JSON.stringify(router?.Properties?.Environment)).toContain('https://vllm.corp.example/v1');
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
