import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Stack, Validations } from 'aws-cdk-lib';
import { BedrockModel } from '../../lib/cloud/bedrock-model';
import { CloudModelAccess } from '../../lib/cloud/cloud-model-access';
import { PrivateBackend } from '../../lib/gpu-cluster/private-backend';
import { HybridAiStack, type HybridAiStackProps } from '../../lib/hybrid-ai-stack';
import { HybridNetwork } from '../../lib/network/hybrid-network';
import { INLINE_CODE, projectApp } from './support/app';

const BACKEND = PrivateBackend.external({ url: 'https://vllm.corp.example/v1', cidr: '10.100.0.0/16' });

const NO_VPN_WARNING = 'Annotation::hybrid-ai-cdk:stack:onPremisesWithoutVpn';

/** A stack whose on-premises backend counts as reachable some other way (Direct Connect) unless `vpn` is given. */
function hybridStack(props: Partial<HybridAiStackProps> = {}): HybridAiStack {
  const stack = new HybridAiStack(projectApp(), 'HybridAi', {
    privateBackend: BACKEND,
    router: { code: INLINE_CODE },
    ...props,
  });
  Validations.of(stack).acknowledge({
    id: NO_VPN_WARNING,
    reason: 'test fixture: the route to on-premises is not under test',
  });
  return stack;
}

describe('HybridAiStack with defaults', () => {
  let stack: HybridAiStack;
  let template: Template;

  beforeAll(() => {
    stack = hybridStack();
    template = Template.fromStack(stack);
  });

  test('composes network, cloud model access and router, sharing one rotating key', () => {
    expect(stack.network).toBeInstanceOf(HybridNetwork);
    expect(stack.cloudModelAccess).toBeInstanceOf(CloudModelAccess);
    expect(stack.connectivity).toBeUndefined();
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  test('allows exactly the Bedrock models the default policy names', () => {
    expect(stack.cloudModelAccess.models.map((model) => model.id)).toEqual([
      'us.anthropic.claude-3-5-haiku-20241022-v1:0',
      'us.anthropic.claude-sonnet-4-20250514-v1:0',
    ]);
  });

  test('applies a guardrail by default', () => {
    template.resourceCountIs('AWS::Bedrock::Guardrail', 1);
  });

  test('lets the router out to the VPC endpoints and the private backend only', () => {
    const [group] = Object.values(
      template.findResources('AWS::EC2::SecurityGroup', {
        Properties: { GroupDescription: Match.stringLikeRegexp('RouterFunction') },
      }),
    );
    expect(group.Properties.SecurityGroupEgress).toEqual([
      expect.objectContaining({ CidrIp: '10.100.0.0/16', FromPort: 443 }),
    ]);
    template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      FromPort: 443,
      DestinationSecurityGroupId: {
        'Fn::GetAtt': [Match.stringLikeRegexp('NetworkEndpointSecurityGroup'), 'GroupId'],
      },
    });
  });

  test('warns that an on-premises backend without a VPN needs another route; strict synth refuses it until acknowledged', () => {
    const unacknowledged = new HybridAiStack(projectApp(), 'HybridAi', {
      privateBackend: BACKEND,
      router: { code: INLINE_CODE },
    });
    expect(() => Template.fromStack(unacknowledged)).toThrow(
      /this stack creates no vpn; pass vpn, or, .* acknowledge Annotation::hybrid-ai-cdk:stack:onPremisesWithoutVpn/,
    );
  });

  test('has no internet route', () => {
    template.resourceCountIs('AWS::EC2::InternetGateway', 0);
    template.resourceCountIs('AWS::EC2::NatGateway', 0);
  });
});

describe('HybridAiStack props', () => {
  test('vpn adds private connectivity into the router subnets', () => {
    const stack = hybridStack({
      vpn: { customerGatewayIp: '203.0.113.10', onPremCidrs: ['10.100.0.0/16'], bgpAsn: 65010 },
    });
    expect(stack.connectivity?.vpn).toBeDefined();
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::CustomerGateway', { BgpAsn: 65010 });
    const warnings = stack.node.metadata.filter((entry) => entry.type === 'aws:cdk:warning');
    expect(warnings).toEqual([]);
  });

  test('existingNetwork is used instead of a new one', () => {
    const app = projectApp();
    const shared = new Stack(app, 'Shared');
    const network = new HybridNetwork(shared, 'Network');
    const stack = new HybridAiStack(app, 'HybridAi', {
      privateBackend: BACKEND,
      existingNetwork: network,
      router: { code: INLINE_CODE },
    });
    Validations.of(stack).acknowledge({
      id: NO_VPN_WARNING,
      reason: 'test fixture: the route to on-premises is not under test',
    });
    expect(stack.network).toBe(network);
    Template.fromStack(stack).resourceCountIs('AWS::EC2::VPC', 0);
  });

  test('network options reach the new network', () => {
    Template.fromStack(hybridStack({ network: { cidr: '10.30.0.0/16' } })).hasResourceProperties(
      'AWS::EC2::VPC',
      { CidrBlock: '10.30.0.0/16' },
    );
  });

  test('cloud.models replaces the models taken from the policy; guardrail: false drops the guardrail', () => {
    const policy = {
      modelAliases: {
        'chat-default': {
          private: { backend: 'private', model: 'llama' },
          cloud: [{ backend: 'bedrock', model: 'amazon.nova-lite-v1:0' }],
        },
      },
    };
    const stack = hybridStack({
      policy,
      cloud: { models: [BedrockModel.foundationModel('amazon.nova-lite-v1:0')], guardrail: false },
    });
    expect(stack.cloudModelAccess.models.map((model) => model.id)).toEqual(['amazon.nova-lite-v1:0']);
    Template.fromStack(stack).resourceCountIs('AWS::Bedrock::Guardrail', 0);
  });

  test('providers with internet egress open HTTPS to the internet for the router only', () => {
    const stack = hybridStack({
      network: { internetEgress: true },
      cloud: { providers: [{ name: 'acme', baseUrl: 'https://api.acme.example/v1' }] },
    });
    const [group] = Object.values(
      Template.fromStack(stack).findResources('AWS::EC2::SecurityGroup', {
        Properties: { GroupDescription: Match.stringLikeRegexp('RouterFunction') },
      }),
    );
    expect(group.Properties.SecurityGroupEgress).toEqual(
      expect.arrayContaining([expect.objectContaining({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443 })]),
    );
  });

  test('router options reach the router', () => {
    const stack = hybridStack({ router: { code: INLINE_CODE, reservedConcurrency: 9 } });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      ReservedConcurrentExecutions: 9,
    });
  });

  test('fails when both an existing network and network options are given', () => {
    const app = projectApp();
    const network = new HybridNetwork(new Stack(app, 'Shared'), 'Network');
    expect(
      () =>
        new HybridAiStack(app, 'HybridAi', {
          privateBackend: BACKEND,
          existingNetwork: network,
          network: { cidr: '10.0.0.0/16' },
        }),
    ).toThrow(/HybridAiStack: pass either existingNetwork or network, not both/);
  });

  test('fails when both an existing cloud model access and cloud options are given', () => {
    const app = projectApp();
    const cloud = new CloudModelAccess(new Stack(app, 'Shared'), 'Cloud', {
      models: [BedrockModel.foundationModel('amazon.nova-lite-v1:0')],
    });
    expect(
      () =>
        new HybridAiStack(app, 'HybridAi', {
          privateBackend: BACKEND,
          existingCloudModelAccess: cloud,
          cloud: { guardrail: false },
        }),
    ).toThrow(/pass either existingCloudModelAccess or cloud, not both/);
  });

  test('fails when the policy names an unknown category', () => {
    expect(() => hybridStack({ policy: { categories: { 'phi.horoscope': 'block' } as never } })).toThrow(
      /phi\.horoscope/,
    );
  });

  test('fails when third-party providers are configured without internet egress, naming the fix', () => {
    expect(() =>
      hybridStack({ cloud: { providers: [{ name: 'acme', baseUrl: 'https://api.acme.example/v1' }] } }),
    ).toThrow(/set network\.internetEgress to true/);
  });

  test('fails when the VPN ASN is invalid', () => {
    expect(() =>
      hybridStack({ vpn: { customerGatewayIp: '203.0.113.10', onPremCidrs: ['10.100.0.0/16'], bgpAsn: 0 } }),
    ).toThrow(/bgpAsn must be an integer between 1 and 4294967294, got 0/);
  });

  test('fails when an on-premises CIDR overlaps the new VPC', () => {
    expect(() =>
      hybridStack({ vpn: { customerGatewayIp: '203.0.113.10', onPremCidrs: ['10.64.0.0/12'] } }),
    ).toThrow(/overlaps the VPC range 10\.64\.0\.0\/16/);
  });

  test('grantInvoke of the router serves IAM callers of the whole stack', () => {
    const stack = hybridStack();
    stack.router.grantInvoke(new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() }));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: 'execute-api:Invoke' })] },
    });
  });
});
