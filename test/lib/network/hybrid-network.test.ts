import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { HybridNetwork, ROUTER_INTERFACE_ENDPOINTS } from '../../../lib/network/hybrid-network';
import { projectApp } from '../support/app';

function newStack(): Stack {
  return new Stack(projectApp(), 'Test');
}

describe('HybridNetwork with defaults', () => {
  let template: Template;
  let network: HybridNetwork;
  let client: ec2.SecurityGroup;

  beforeAll(() => {
    // GIVEN a stack
    const stack = newStack();
    // WHEN the network is created with no props and a client is allowed to the endpoints
    network = new HybridNetwork(stack, 'Network');
    client = new ec2.SecurityGroup(stack, 'Client', { vpc: network.vpc, allowAllOutbound: false });
    network.allowEndpointAccess(client);
    template = Template.fromStack(stack);
  });

  test('creates a 10.64.0.0/16 VPC with isolated subnets only: no internet gateway, no NAT', () => {
    template.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.64.0.0/16' });
    template.resourceCountIs('AWS::EC2::InternetGateway', 0);
    template.resourceCountIs('AWS::EC2::NatGateway', 0);
    template.resourceCountIs('AWS::EC2::Subnet', 2);
    template.resourcePropertiesCountIs('AWS::EC2::Route', { DestinationCidrBlock: '0.0.0.0/0' }, 0);
  });

  test('creates one interface endpoint per AWS service the router calls, with private DNS', () => {
    const names = [
      'bedrock-runtime',
      'logs',
      'kinesis-firehose',
      'kms',
      'secretsmanager',
      'ssm',
      'sts',
      'appconfigdata',
      'xray',
    ];
    expect(Object.keys(ROUTER_INTERFACE_ENDPOINTS)).toHaveLength(names.length);
    for (const name of names) {
      template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Interface',
        PrivateDnsEnabled: true,
        ServiceName: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([`.${name}`])] }),
      });
    }
  });

  test('creates an S3 gateway endpoint', () => {
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      VpcEndpointType: 'Gateway',
      ServiceName: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith(['.s3'])] }),
    });
  });

  test('sends all VPC flow logs to a KMS-encrypted log group kept one year', () => {
    template.hasResourceProperties('AWS::EC2::FlowLog', {
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 'cloud-watch-logs',
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      KmsKeyId: Match.anyValue(),
      RetentionInDays: 365,
    });
  });

  test('gives the endpoints a security group that admits HTTPS only from allowed clients', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      IpProtocol: 'tcp',
      FromPort: 443,
      ToPort: 443,
      SourceSecurityGroupId: Match.objectLike({
        'Fn::GetAtt': Match.arrayWith([Match.stringLikeRegexp('Client')]),
      }),
    });
    template.resourcePropertiesCountIs(
      'AWS::EC2::SecurityGroup',
      { SecurityGroupIngress: Match.arrayWith([Match.objectLike({ CidrIp: Match.anyValue() })]) },
      0,
    );
  });

  test('lets an allowed client out to the endpoints on 443 only', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      IpProtocol: 'tcp',
      FromPort: 443,
      ToPort: 443,
      DestinationSecurityGroupId: Match.objectLike({
        'Fn::GetAtt': Match.arrayWith([Match.stringLikeRegexp('EndpointSecurityGroup')]),
      }),
    });
  });
});

describe('HybridNetwork props', () => {
  test('cidr and maxAzs shape the new VPC', () => {
    // An environment-agnostic stack knows two AZs, so fewer shows the effect.
    const stack = newStack();
    new HybridNetwork(stack, 'Network', { cidr: '10.20.0.0/16', maxAzs: 1 });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.20.0.0/16' });
    template.resourceCountIs('AWS::EC2::Subnet', 1);
  });

  test('internetEgress adds public subnets and one NAT gateway, and puts the router in egress subnets', () => {
    const stack = newStack();
    const network = new HybridNetwork(stack, 'Network', { internetEgress: true });
    Template.fromStack(stack).resourceCountIs('AWS::EC2::NatGateway', 1);
    expect(network.routerSubnets.subnetType).toBe(ec2.SubnetType.PRIVATE_WITH_EGRESS);
  });

  test('an existing VPC is used as is: no new VPC', () => {
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Existing', {
      natGateways: 0,
      subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    const network = new HybridNetwork(stack, 'Network', { vpc });
    expect(network.vpc).toBe(vpc);
    Template.fromStack(stack).resourceCountIs('AWS::EC2::VPC', 1);
  });

  test('createEndpoints: false creates no endpoints and allows clients HTTPS to the VPC range instead', () => {
    const stack = newStack();
    const network = new HybridNetwork(stack, 'Network', { createEndpoints: false });
    const client = new ec2.SecurityGroup(stack, 'Client', { vpc: network.vpc, allowAllOutbound: false });
    network.allowEndpointAccess(client);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::EC2::VPCEndpoint', 0);
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupEgress: [
        Match.objectLike({
          FromPort: 443,
          ToPort: 443,
          CidrIp: { 'Fn::GetAtt': [Match.stringLikeRegexp('NetworkVpc'), 'CidrBlock'] },
        }),
      ],
    });
  });

  test('fails when both an existing vpc and a cidr are given', () => {
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Existing', { natGateways: 0 });
    expect(() => new HybridNetwork(stack, 'Network', { vpc, cidr: '10.0.0.0/16' })).toThrow(
      /pass either vpc or cidr, not both/,
    );
  });

  test('fails when the cidr is not a CIDR block', () => {
    expect(() => new HybridNetwork(newStack(), 'Network', { cidr: '10.0.0.0/40' })).toThrow(
      /cidr must be an IPv4 CIDR block such as 10\.0\.0\.0\/16, got '10\.0\.0\.0\/40'/,
    );
  });

  test('fails when maxAzs is out of range', () => {
    expect(() => new HybridNetwork(newStack(), 'Network', { maxAzs: 0 })).toThrow(
      /maxAzs must be an integer between 1 and 6, got 0/,
    );
  });

  test('fails when routerSubnets is given without the vpc it selects from', () => {
    expect(
      () => new HybridNetwork(newStack(), 'Network', { routerSubnets: { subnetGroupName: 'x' } }),
    ).toThrow(/routerSubnets selects subnets of an existing vpc/);
  });
});
