import { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { PrivateBackend } from '../../../lib/gpu-cluster/private-backend';
import { projectApp } from '../support/app';

const SERVICE_NAME = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

function fixture(): { stack: Stack; vpc: ec2.Vpc; router: ec2.SecurityGroup } {
  const stack = new Stack(projectApp(), 'Test');
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    natGateways: 0,
    subnetConfiguration: [{ name: 'Router', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  const router = new ec2.SecurityGroup(stack, 'Router', { vpc, allowAllOutbound: false });
  return { stack, vpc, router };
}

const subnets = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };

describe('PrivateBackend.external', () => {
  test('yields the URL and lets the router reach only the on-premises range on the URL port', () => {
    // GIVEN an on-premises backend on port 8443
    const { stack, vpc, router } = fixture();
    const backend = PrivateBackend.external({
      url: 'https://vllm.corp.example:8443/v1',
      cidr: '10.100.0.0/16',
    });
    // WHEN it is bound and the router is allowed to it
    const config = backend.bind(stack, { vpc, subnets });
    router.connections.allowTo(config.connections, config.connections.defaultPort!);
    // THEN
    expect(config.url).toBe('https://vllm.corp.example:8443/v1');
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupEgress: [
        {
          CidrIp: '10.100.0.0/16',
          IpProtocol: 'tcp',
          FromPort: 8443,
          ToPort: 8443,
          Description: Match.anyValue(),
        },
      ],
    });
  });

  test('passes the API key secret through', () => {
    const { stack, vpc } = fixture();
    const apiKeySecret = new secretsmanager.Secret(stack, 'Key');
    const config = PrivateBackend.external({
      url: 'https://vllm.corp.example/v1',
      cidr: '10.100.0.0/16',
      apiKeySecret,
    }).bind(stack, { vpc, subnets });
    expect(config.apiKeySecret).toBe(apiKeySecret);
  });

  test('fails when the URL is http without allowInsecureHttp', () => {
    expect(() =>
      PrivateBackend.external({ url: 'http://vllm.corp.example/v1', cidr: '10.100.0.0/16' }),
    ).toThrow(/url must use https.*allowInsecureHttp: true/);
  });

  test('accepts http with allowInsecureHttp, on port 80, and warns so strict synth stops until acknowledged', () => {
    const { stack, vpc } = fixture();
    const config = PrivateBackend.external({
      url: 'http://proxy.corp.example/v1',
      cidr: '10.100.0.0/16',
      allowInsecureHttp: true,
    }).bind(stack, { vpc, subnets });
    expect(config.connections.defaultPort?.toString()).toBe('80');
    expect(() => Template.fromStack(stack)).toThrow(
      /acknowledge Annotation::hybrid-ai-cdk:privateBackend:insecureHttp/,
    );
  });

  test('raises no cleartext warning for https', () => {
    const { stack, vpc } = fixture();
    PrivateBackend.external({ url: 'https://vllm.corp.example/v1', cidr: '10.100.0.0/16' }).bind(stack, {
      vpc,
      subnets,
    });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('insecureHttp'));
  });

  test('fails when the CIDR is malformed', () => {
    expect(() =>
      PrivateBackend.external({ url: 'https://vllm.corp.example/v1', cidr: '10.100.0.0' }),
    ).toThrow(/cidr must be an IPv4 CIDR block.*got '10\.100\.0\.0'/);
  });
});

describe('PrivateBackend.privateLink', () => {
  test('creates a closed interface endpoint and calls it through its regional DNS name', () => {
    const { stack, vpc, router } = fixture();
    const config = PrivateBackend.privateLink({ serviceName: SERVICE_NAME }).bind(stack, { vpc, subnets });
    router.connections.allowTo(config.connections, config.connections.defaultPort!);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      ServiceName: SERVICE_NAME,
      PrivateDnsEnabled: false,
      VpcEndpointType: 'Interface',
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      FromPort: 443,
      SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Router'), 'GroupId'] },
    });
    expect(stack.resolve(config.url)).toEqual({
      'Fn::Join': [
        '',
        [
          'https://',
          {
            'Fn::Select': [
              1,
              {
                'Fn::Split': [
                  ':',
                  {
                    'Fn::Select': [
                      0,
                      { 'Fn::GetAtt': [expect.stringMatching(/^PrivateBackendEndpoint/), 'DnsEntries'] },
                    ],
                  },
                ],
              },
            ],
          },
          '/v1',
        ],
      ],
    });
  });

  test('privateDnsName turns on private DNS and names the URL host; port and basePath shape the URL', () => {
    const { stack, vpc } = fixture();
    const config = PrivateBackend.privateLink({
      serviceName: SERVICE_NAME,
      privateDnsName: 'inference.partner.example',
      port: 8443,
      basePath: '/openai/v1',
    }).bind(stack, { vpc, subnets });
    expect(config.url).toBe('https://inference.partner.example:8443/openai/v1');
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', { PrivateDnsEnabled: true });
  });

  test('fails when the service name is not an endpoint service name', () => {
    expect(() => PrivateBackend.privateLink({ serviceName: 'https://partner.example' })).toThrow(
      /serviceName must be a VPC endpoint service name.*got 'https:\/\/partner\.example'/,
    );
  });

  test('fails when the port is out of range', () => {
    expect(() => PrivateBackend.privateLink({ serviceName: SERVICE_NAME, port: 0 })).toThrow(
      /port must be an integer between 1 and 65535, got 0/,
    );
  });

  test('fails when basePath does not start with a slash', () => {
    expect(() => PrivateBackend.privateLink({ serviceName: SERVICE_NAME, basePath: 'v1' })).toThrow(
      /basePath must start with '\/'/,
    );
  });
});

describe('PrivateBackend.eks', () => {
  test("lets the router reach the in-VPC load balancer's security group on the URL port", () => {
    const { stack, vpc, router } = fixture();
    const loadBalancer = new ec2.SecurityGroup(stack, 'InferenceLb', { vpc });
    const config = PrivateBackend.eks({
      url: 'https://vllm.inference.internal:8000/v1',
      target: loadBalancer,
    }).bind(stack, { vpc, subnets });
    router.connections.allowTo(config.connections, config.connections.defaultPort!);
    expect(config.url).toBe('https://vllm.inference.internal:8000/v1');
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      FromPort: 8000,
      GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('InferenceLb'), 'GroupId'] },
      SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Router'), 'GroupId'] },
    });
  });

  test('fails when the target has no security group to allow the router into', () => {
    const target = { connections: new ec2.Connections() };
    expect(() => PrivateBackend.eks({ url: 'https://vllm.inference.internal/v1', target })).toThrow(
      /target has no security group/,
    );
  });
});
