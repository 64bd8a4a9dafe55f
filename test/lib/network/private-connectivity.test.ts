import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  PrivateConnectivity,
  type PrivateConnectivityProps,
} from '../../../lib/network/private-connectivity';
import { projectApp } from '../support/app';

const PARTNER = new iam.ArnPrincipal('arn:aws:iam::123456789012:root');
const SERVICE_NAME = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

function fixture(): { stack: Stack; vpc: ec2.Vpc; nlb: elbv2.NetworkLoadBalancer } {
  const stack = new Stack(projectApp(), 'Test');
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    natGateways: 0,
    subnetConfiguration: [{ name: 'Router', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  const nlb = new elbv2.NetworkLoadBalancer(stack, 'Inference', {
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  });
  return { stack, vpc, nlb };
}

function connectivity(extra: Partial<PrivateConnectivityProps> = {}): {
  stack: Stack;
  connectivity: PrivateConnectivity;
} {
  const { stack, vpc } = fixture();
  const construct = new PrivateConnectivity(stack, 'Connectivity', {
    vpc,
    subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ...extra,
  });
  return { stack, connectivity: construct };
}

describe('PrivateConnectivity', () => {
  test('vpn creates a Site-to-Site VPN', () => {
    const { stack, connectivity: construct } = connectivity({
      vpn: { customerGatewayIp: '198.51.100.7', onPremCidrs: ['172.16.0.0/12'] },
    });
    expect(construct.vpn).toBeDefined();
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::CustomerGateway', {
      IpAddress: '198.51.100.7',
    });
  });

  test('endpointService publishes the inference NLB to the allowed principals with acceptance required', () => {
    const { stack, vpc, nlb } = fixture();
    new PrivateConnectivity(stack, 'Connectivity', {
      vpc,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      endpointService: { loadBalancer: nlb, allowedPrincipals: [PARTNER] },
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::EC2::VPCEndpointService', {
      AcceptanceRequired: true,
      NetworkLoadBalancerArns: [{ Ref: Match.stringLikeRegexp('Inference') }],
    });
    template.hasResourceProperties('AWS::EC2::VPCEndpointServicePermissions', {
      AllowedPrincipals: ['arn:aws:iam::123456789012:root'],
    });
  });

  test('endpointService.acceptanceRequired: false accepts connections automatically', () => {
    const { stack, vpc, nlb } = fixture();
    new PrivateConnectivity(stack, 'Connectivity', {
      vpc,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      endpointService: { loadBalancer: nlb, allowedPrincipals: [PARTNER], acceptanceRequired: false },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpointService', {
      AcceptanceRequired: false,
    });
  });

  test('addProviderEndpoint creates a closed interface endpoint to the provider service', () => {
    const { stack, connectivity: construct } = connectivity({
      vpn: { customerGatewayIp: '198.51.100.7', onPremCidrs: ['172.16.0.0/12'] },
    });
    const endpoint = construct.addProviderEndpoint('Provider', { serviceName: SERVICE_NAME, port: 8443 });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      ServiceName: SERVICE_NAME,
      VpcEndpointType: 'Interface',
      PrivateDnsEnabled: false,
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'hybrid-ai-cdk provider endpoint Provider',
      SecurityGroupIngress: Match.absent(),
    });
    expect(endpoint.connections.defaultPort?.toString()).toBe('8443');
  });

  test('fails when neither a VPN nor an endpoint service is asked for', () => {
    expect(() => connectivity()).toThrow(/PrivateConnectivity needs vpn or endpointService/);
  });

  test('fails when the endpoint service allows nobody', () => {
    const { stack, vpc, nlb } = fixture();
    expect(
      () =>
        new PrivateConnectivity(stack, 'C', {
          vpc,
          subnets: {},
          endpointService: { loadBalancer: nlb, allowedPrincipals: [] },
        }),
    ).toThrow(/allowedPrincipals must list at least one account or role ARN/);
  });

  test('fails when the endpoint service allows a wildcard principal', () => {
    const { stack, vpc, nlb } = fixture();
    expect(
      () =>
        new PrivateConnectivity(stack, 'C', {
          vpc,
          subnets: {},
          endpointService: { loadBalancer: nlb, allowedPrincipals: [new iam.ArnPrincipal('*')] },
        }),
    ).toThrow(/must not contain wildcards, got '\*'/);
  });

  test('fails when a provider endpoint port is out of range', () => {
    const { connectivity: construct } = connectivity({
      vpn: { customerGatewayIp: '198.51.100.7', onPremCidrs: ['172.16.0.0/12'] },
    });
    expect(() => construct.addProviderEndpoint('P', { serviceName: SERVICE_NAME, port: 70000 })).toThrow(
      /port must be an integer between 1 and 65535, got 70000/,
    );
  });
});
