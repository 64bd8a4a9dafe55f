import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sns from 'aws-cdk-lib/aws-sns';
import { SiteToSiteVpn, type SiteToSiteVpnOptions } from '../../../lib/network/site-to-site-vpn';
import { projectApp } from '../support/app';

const ON_PREM = { customerGatewayIp: '203.0.113.10', onPremCidrs: ['10.100.0.0/16', '10.101.0.0/16'] };

function vpnStack(options: Partial<SiteToSiteVpnOptions> = {}): { stack: Stack; vpn: SiteToSiteVpn } {
  const stack = new Stack(projectApp(), 'Test');
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.64.0.0/16'),
    natGateways: 0,
    subnetConfiguration: [{ name: 'Router', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  const vpn = new SiteToSiteVpn(stack, 'Vpn', {
    vpc,
    subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ...ON_PREM,
    ...options,
  });
  return { stack, vpn };
}

describe('SiteToSiteVpn with static routing (no bgpAsn)', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(vpnStack().stack);
  });

  test('creates the customer gateway at the given address', () => {
    template.hasResourceProperties('AWS::EC2::CustomerGateway', {
      IpAddress: '203.0.113.10',
      Type: 'ipsec.1',
      BgpAsn: 65000,
    });
  });

  test('attaches a virtual private gateway and propagates its routes to the router subnets', () => {
    template.resourceCountIs('AWS::EC2::VPNGateway', 1);
    template.resourceCountIs('AWS::EC2::VPCGatewayAttachment', 1);
    template.hasResourceProperties('AWS::EC2::VPNGatewayRoutePropagation', {
      RouteTableIds: [
        { Ref: Match.stringLikeRegexp('RouterSubnet1RouteTable') },
        { Ref: Match.stringLikeRegexp('RouterSubnet2RouteTable') },
      ],
    });
  });

  test('uses static routes, one per on-premises network', () => {
    template.hasResourceProperties('AWS::EC2::VPNConnection', { StaticRoutesOnly: true });
    template.hasResourceProperties('AWS::EC2::VPNConnectionRoute', { DestinationCidrBlock: '10.100.0.0/16' });
    template.hasResourceProperties('AWS::EC2::VPNConnectionRoute', { DestinationCidrBlock: '10.101.0.0/16' });
  });

  test('generates one pre-shared key per tunnel in Secrets Manager, encrypted with KMS, without the character 0', () => {
    template.resourcePropertiesCountIs(
      'AWS::SecretsManager::Secret',
      {
        KmsKeyId: Match.anyValue(),
        GenerateSecretString: Match.objectLike({
          ExcludeCharacters: '0',
          ExcludePunctuation: true,
          PasswordLength: 32,
        }),
      },
      2,
    );
  });

  test('references each key with a dynamic reference, never a literal', () => {
    const connection = Object.values(template.findResources('AWS::EC2::VPNConnection'))[0];
    const tunnels = connection.Properties.VpnTunnelOptionsSpecifications as { PreSharedKey: unknown }[];
    expect(tunnels).toHaveLength(2);
    for (const tunnel of tunnels) {
      expect(JSON.stringify(tunnel.PreSharedKey)).toMatch(
        /^\{"Fn::Join":\["",\["\{\{resolve:secretsmanager:",\{"Ref":"VpnTunnel[12]PreSharedKey[0-9A-F]+"\},"?:SecretString:::\}\}"\]\]\}$/,
      );
    }
  });

  test('configures both tunnels with IKEv2, AES-256, SHA-2, ECP groups and CloudWatch tunnel logs', () => {
    template.hasResourceProperties('AWS::EC2::VPNConnection', {
      VpnTunnelOptionsSpecifications: Match.arrayWith([
        Match.objectLike({
          IKEVersions: [{ Value: 'ikev2' }],
          Phase1EncryptionAlgorithms: [{ Value: 'AES256-GCM-16' }, { Value: 'AES256' }],
          Phase1DHGroupNumbers: [{ Value: 19 }, { Value: 20 }, { Value: 21 }],
          StartupAction: 'start',
          LogOptions: {
            CloudwatchLogOptions: Match.objectLike({ LogEnabled: true, LogOutputFormat: 'json' }),
          },
        }),
      ]),
    });
  });

  test('alarms when every tunnel is down and when one is, notifying the alarm topic', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/VPN',
      MetricName: 'TunnelState',
      Statistic: 'Maximum',
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      TreatMissingData: 'breaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('AlarmTopic') }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'TunnelState',
      Statistic: 'Minimum',
    });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });
});

describe('SiteToSiteVpn props', () => {
  test('bgpAsn switches to dynamic routing with the given ASN and no static routes', () => {
    const template = Template.fromStack(vpnStack({ bgpAsn: 65010 }).stack);
    template.hasResourceProperties('AWS::EC2::CustomerGateway', { BgpAsn: 65010 });
    template.hasResourceProperties('AWS::EC2::VPNConnection', { StaticRoutesOnly: false });
    template.resourceCountIs('AWS::EC2::VPNConnectionRoute', 0);
  });

  test('a 4-byte ASN above 2147483647 goes in BgpAsnExtended', () => {
    const template = Template.fromStack(vpnStack({ bgpAsn: 4200000001 }).stack);
    template.hasResourceProperties('AWS::EC2::CustomerGateway', {
      BgpAsnExtended: 4200000001,
      BgpAsn: Match.absent(),
    });
  });

  test('amazonSideAsn sets the virtual private gateway ASN', () => {
    Template.fromStack(vpnStack({ amazonSideAsn: 64600 }).stack).hasResourceProperties(
      'AWS::EC2::VPNGateway',
      { AmazonSideAsn: 64600 },
    );
  });

  test('transitGateway terminates the VPN on a new transit gateway and routes the on-premises networks to it', () => {
    const template = Template.fromStack(
      vpnStack({ bgpAsn: 65010, transitGateway: { amazonSideAsn: 64700 } }).stack,
    );
    template.hasResourceProperties('AWS::EC2::TransitGateway', {
      AmazonSideAsn: 64700,
      AutoAcceptSharedAttachments: 'disable',
    });
    template.resourceCountIs('AWS::EC2::TransitGatewayVpcAttachment', 1);
    template.resourceCountIs('AWS::EC2::VPNGateway', 0);
    template.hasResourceProperties('AWS::EC2::VPNConnection', {
      TransitGatewayId: { Ref: Match.stringLikeRegexp('TransitGateway') },
    });
    template.hasResourceProperties('AWS::EC2::Route', {
      DestinationCidrBlock: '10.101.0.0/16',
      TransitGatewayId: Match.anyValue(),
    });
  });

  test('transitGateway.existingTransitGatewayId uses that transit gateway', () => {
    const template = Template.fromStack(
      vpnStack({ bgpAsn: 65010, transitGateway: { existingTransitGatewayId: 'tgw-0123456789abcdef0' } })
        .stack,
    );
    template.resourceCountIs('AWS::EC2::TransitGateway', 0);
    template.hasResourceProperties('AWS::EC2::VPNConnection', { TransitGatewayId: 'tgw-0123456789abcdef0' });
  });

  test('tunnelOptions set inside CIDRs, IKE versions and DH groups', () => {
    const template = Template.fromStack(
      vpnStack({
        tunnelOptions: {
          insideCidrs: ['169.254.10.0/30', '169.254.11.0/30'],
          ikeVersions: ['ikev1', 'ikev2'],
          dhGroups: [14],
          startupAction: 'add',
        },
      }).stack,
    );
    template.hasResourceProperties('AWS::EC2::VPNConnection', {
      VpnTunnelOptionsSpecifications: [
        Match.objectLike({
          TunnelInsideCidr: '169.254.10.0/30',
          IKEVersions: [{ Value: 'ikev1' }, { Value: 'ikev2' }],
          Phase2DHGroupNumbers: [{ Value: 14 }],
          StartupAction: 'add',
        }),
        Match.objectLike({ TunnelInsideCidr: '169.254.11.0/30' }),
      ],
    });
  });

  test('alarmTopic replaces the default topic', () => {
    const stack = new Stack(projectApp(), 'Test');
    const topic = new sns.Topic(stack, 'Ops');
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      natGateways: 0,
      subnetConfiguration: [{ name: 'R', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    new SiteToSiteVpn(stack, 'Vpn', {
      vpc,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      ...ON_PREM,
      alarmTopic: topic,
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^Ops') }],
    });
  });
});

describe('SiteToSiteVpn validation', () => {
  test('fails when the customer gateway address is not an IPv4 address', () => {
    expect(() => vpnStack({ customerGatewayIp: 'vpn.corp.example' })).toThrow(
      /customerGatewayIp must be an IPv4 address such as 203\.0\.113\.10, got 'vpn\.corp\.example'/,
    );
  });

  test('fails when an on-premises CIDR is malformed', () => {
    expect(() => vpnStack({ onPremCidrs: ['10.100.0.0/16', '10.300.0.0/16'] })).toThrow(
      /onPremCidrs must be an IPv4 CIDR block such as 10\.0\.0\.0\/16, got '10\.300\.0\.0\/16'/,
    );
  });

  test('fails when no on-premises CIDR is given', () => {
    expect(() => vpnStack({ onPremCidrs: [] })).toThrow(
      /onPremCidrs must list at least one on-premises network/,
    );
  });

  test('fails when an on-premises CIDR overlaps the VPC', () => {
    expect(() => vpnStack({ onPremCidrs: ['10.64.128.0/17'] })).toThrow(
      /onPremCidrs entry 10\.64\.128\.0\/17 overlaps the VPC range 10\.64\.0\.0\/16/,
    );
  });

  test('fails when the BGP ASN is out of range', () => {
    expect(() => vpnStack({ bgpAsn: 4294967295 })).toThrow(
      /bgpAsn must be an integer between 1 and 4294967294, got 4294967295/,
    );
  });

  test('fails when the BGP ASN is reserved', () => {
    expect(() => vpnStack({ bgpAsn: 7224 })).toThrow(/bgpAsn 7224 is reserved/);
  });

  test('fails when the Amazon-side ASN is not private', () => {
    expect(() => vpnStack({ amazonSideAsn: 7224 })).toThrow(/amazonSideAsn must be a private ASN/);
  });

  test('fails when a transit gateway is asked for with static routing', () => {
    expect(() => vpnStack({ transitGateway: {} })).toThrow(
      /transitGateway needs dynamic routing: pass bgpAsn/,
    );
  });

  test("fails when an existing transit gateway and a new one's ASN are both given", () => {
    expect(() =>
      vpnStack({
        bgpAsn: 65010,
        transitGateway: { existingTransitGatewayId: 'tgw-1', amazonSideAsn: 64700 },
      }),
    ).toThrow(/transitGateway: pass either existingTransitGatewayId or amazonSideAsn, not both/);
  });

  test('fails when the virtual private gateway ASN is given with a transit gateway', () => {
    expect(() => vpnStack({ bgpAsn: 65010, amazonSideAsn: 64600, transitGateway: {} })).toThrow(
      /with transitGateway pass transitGateway\.amazonSideAsn instead/,
    );
  });

  test('fails when a tunnel inside CIDR is outside 169.254.0.0/16 or reserved', () => {
    expect(() => vpnStack({ tunnelOptions: { insideCidrs: ['10.0.0.0/30', '169.254.11.0/30'] } })).toThrow(
      /insideCidrs entry 10\.0\.0\.0\/30 must be a \/30 in 169\.254\.0\.0\/16/,
    );
    expect(() => vpnStack({ tunnelOptions: { insideCidrs: ['169.254.1.0/30', '169.254.11.0/30'] } })).toThrow(
      /insideCidrs entry 169\.254\.1\.0\/30 must be a \/30/,
    );
  });

  test('fails when both tunnels get the same inside CIDR', () => {
    expect(() =>
      vpnStack({ tunnelOptions: { insideCidrs: ['169.254.10.0/30', '169.254.10.0/30'] } }),
    ).toThrow(/two different blocks, got 169\.254\.10\.0\/30 twice/);
  });

  test('fails when a DH group is not one AWS VPN supports', () => {
    expect(() => vpnStack({ tunnelOptions: { dhGroups: [1] } })).toThrow(
      /dhGroups entry 1 is not a Diffie-Hellman group AWS VPN supports/,
    );
  });
});
