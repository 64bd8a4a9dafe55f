import { Duration, RemovalPolicy, SecretValue, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { createAlarmTopic } from '../private/alarm-topic';
import { Construct } from 'constructs';
import { acknowledge } from '../private/acknowledge';
import { allowCloudWatchLogs, createEncryptionKey } from '../private/encryption-key';
import {
  assertAmazonSideAsn,
  assertBgpAsn,
  assertIpv4,
  assertIpv4Cidr,
  assertNotBoth,
  cidrsOverlap,
} from '../private/validation';

/** IPsec settings of both tunnels. The defaults follow current guidance: IKEv2, AES-256, SHA-2, ECP groups. */
export interface VpnTunnelOptions {
  /**
   * The inside CIDR of each tunnel (two /30 blocks in 169.254.0.0/16, distinct). Fix them when the
   * customer gateway's configuration must not change on replacement.
   *
   * @default - AWS picks two free /30 blocks
   */
  readonly insideCidrs?: [string, string];

  /**
   * IKE versions the tunnels accept.
   *
   * @default ['ikev2']
   */
  readonly ikeVersions?: ('ikev1' | 'ikev2')[];

  /**
   * Diffie-Hellman groups for phase 1 and phase 2.
   *
   * @default [19, 20, 21]
   */
  readonly dhGroups?: number[];

  /**
   * Who starts IKE negotiation: `add` waits for the customer gateway, `start` lets AWS initiate.
   *
   * @default 'start'
   */
  readonly startupAction?: 'add' | 'start';
}

/** How the VPN attaches to AWS: a virtual private gateway on the VPC, or a transit gateway. */
export interface VpnTransitGatewayOptions {
  /**
   * An existing transit gateway to terminate the VPN on. Pass either this or `amazonSideAsn`, not both.
   *
   * @default - a new transit gateway
   */
  readonly existingTransitGatewayId?: string;

  /**
   * The Amazon-side ASN of a new transit gateway.
   *
   * @default 64512
   */
  readonly amazonSideAsn?: number;
}

/** What a Site-to-Site VPN to the on-premises network needs to know about that network. */
export interface SiteToSiteVpnOptions {
  /** The public IPv4 address of the on-premises customer gateway device. */
  readonly customerGatewayIp: string;

  /** The on-premises networks the router may reach (the private inference servers are in them). */
  readonly onPremCidrs: string[];

  /**
   * The BGP ASN of the customer gateway. When given the VPN uses dynamic (BGP) routing; without
   * it the VPN uses static routes to `onPremCidrs`.
   *
   * @default - static routing
   */
  readonly bgpAsn?: number;

  /**
   * The Amazon-side ASN of the virtual private gateway (ignored with `transitGateway`).
   *
   * @default 64512
   */
  readonly amazonSideAsn?: number;

  /**
   * Terminate the VPN on a transit gateway instead of a virtual private gateway (needs `bgpAsn`).
   *
   * @default - a virtual private gateway attached to the VPC
   */
  readonly transitGateway?: VpnTransitGatewayOptions;

  /**
   * IPsec tunnel settings.
   *
   * @default - IKEv2, AES-256, SHA-2, DH groups 19-21, AWS-initiated
   */
  readonly tunnelOptions?: VpnTunnelOptions;

  /**
   * Where the tunnel-state alarms send notifications (alarm and back to OK).
   *
   * @default - a new KMS-encrypted topic, `alarmTopic`, for operators to subscribe to
   */
  readonly alarmTopic?: sns.ITopic;
}

/** Properties of a `SiteToSiteVpn`. */
export interface SiteToSiteVpnProps extends SiteToSiteVpnOptions {
  /** The VPC the VPN connects. */
  readonly vpc: ec2.IVpc;

  /** The subnets whose route tables learn the on-premises routes. */
  readonly subnets: ec2.SubnetSelection;

  /**
   * The key encrypting the pre-shared key secrets and the tunnel log group.
   *
   * @default - a new customer-managed key with rotation
   */
  readonly encryptionKey?: kms.IKey;
}

const TUNNEL_INSIDE_RESERVED = [
  '169.254.0.0/30',
  '169.254.1.0/30',
  '169.254.2.0/30',
  '169.254.3.0/30',
  '169.254.4.0/30',
  '169.254.5.0/30',
  '169.254.169.252/30',
];
const TUNNEL_COUNT = 2;
const PSK_ROTATION_REASON =
  'A VPN pre-shared key must change on the customer gateway device in the same change window, so it is rotated in a planned change (modify-vpn-tunnel-options), not by a rotation Lambda that cannot reach the device.';

/**
 * An AWS Site-to-Site VPN to the on-premises network, with its two tunnels' pre-shared keys
 * generated in Secrets Manager, tunnel logs in an encrypted log group, and tunnel-state alarms.
 *
 * Pre-shared keys reach the VPN connection as CloudFormation dynamic references
 * (`{{resolve:secretsmanager:…}}`): CloudFormation resolves them in resource properties such as
 * `VpnTunnelOptionsSpecifications[].PreSharedKey`, never writes the value into the template, and
 * does not show it in events. They do not work in Outputs, Metadata or custom resource properties,
 * and CloudFormation does not notice a changed secret value: to rotate a key, update the secret
 * and modify the tunnel (`aws ec2 modify-vpn-tunnel-options`) or replace the connection.
 */
export class SiteToSiteVpn extends Construct {
  /** The VPN connection id, the dimension of its CloudWatch metrics. */
  public readonly vpnId: string;
  /** The customer gateway. */
  public readonly customerGateway: ec2.CfnCustomerGateway;
  /** The pre-shared key secret of each tunnel. */
  public readonly preSharedKeys: secretsmanager.Secret[];
  /** The tunnel log group. */
  public readonly tunnelLogGroup: logs.LogGroup;
  /** Alarm when every tunnel is down: private inference is unreachable. */
  public readonly allTunnelsDownAlarm: cloudwatch.Alarm;
  /** Alarm when a tunnel is down: the VPN has lost its redundancy. */
  public readonly tunnelDownAlarm: cloudwatch.Alarm;
  /** The transit gateway id, when the VPN terminates on one. */
  public readonly transitGatewayId?: string;
  /** Where the tunnel-state alarms notify. */
  public readonly alarmTopic: sns.ITopic;

  constructor(scope: Construct, id: string, props: SiteToSiteVpnProps) {
    super(scope, id);
    validate(props);

    const key =
      props.encryptionKey ??
      createEncryptionKey(this, 'Key', 'hybrid-ai-cdk VPN pre-shared keys and tunnel logs');
    allowCloudWatchLogs(key);
    this.tunnelLogGroup = new logs.LogGroup(this, 'TunnelLogs', {
      encryptionKey: key,
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const asn = props.bgpAsn ?? 65000;
    this.customerGateway = new ec2.CfnCustomerGateway(this, 'CustomerGateway', {
      type: 'ipsec.1',
      ipAddress: props.customerGatewayIp,
      // BgpAsn holds 2-byte and small 4-byte ASNs; larger ones go in BgpAsnExtended.
      ...(asn > 2147483647 ? { bgpAsnExtended: asn } : { bgpAsn: asn }),
    });

    this.preSharedKeys = Array.from({ length: TUNNEL_COUNT }, (_, index) => {
      const secret = new secretsmanager.Secret(this, `Tunnel${index + 1}PreSharedKey`, {
        description: `Pre-shared key of VPN tunnel ${index + 1} (${this.node.path})`,
        encryptionKey: key,
        // AWS accepts 8-64 characters among letters, digits, '.' and '_', not starting with '0':
        // leaving out '0' altogether is the simplest way to honour the last rule.
        generateSecretString: {
          passwordLength: 32,
          excludePunctuation: true,
          excludeCharacters: '0',
          includeSpace: false,
        },
      });
      acknowledge(secret, {
        'AwsSolutions::AwsSolutions-SMG4': PSK_ROTATION_REASON,
        'HIPAA.Security::HIPAA.Security-SecretsManagerRotationEnabled': PSK_ROTATION_REASON,
        'NIST.800.53.R5::NIST.800.53.R5-SecretsManagerRotationEnabled': PSK_ROTATION_REASON,
      });
      return secret;
    });

    const transitGatewayId = props.transitGateway
      ? this.attachTransitGateway(props, props.transitGateway)
      : undefined;
    this.transitGatewayId = transitGatewayId;
    const vpnGatewayId = transitGatewayId ? undefined : this.attachVpnGateway(props);

    const connection = new ec2.CfnVPNConnection(this, 'Connection', {
      type: 'ipsec.1',
      customerGatewayId: this.customerGateway.ref,
      staticRoutesOnly: props.bgpAsn === undefined,
      ...(transitGatewayId ? { transitGatewayId } : { vpnGatewayId }),
      vpnTunnelOptionsSpecifications: this.preSharedKeys.map((secret, index) =>
        this.tunnelSpecification(secret, props.tunnelOptions, index),
      ),
    });
    this.vpnId = connection.ref;

    if (props.bgpAsn === undefined) {
      props.onPremCidrs.forEach((cidr, index) => {
        new ec2.CfnVPNConnectionRoute(this, `StaticRoute${index}`, {
          vpnConnectionId: connection.ref,
          destinationCidrBlock: cidr,
        });
      });
    }

    this.alarmTopic = props.alarmTopic ?? createAlarmTopic(this, key);
    const [allDown, oneDown] = this.tunnelStateAlarms(this.alarmTopic);
    this.allTunnelsDownAlarm = allDown;
    this.tunnelDownAlarm = oneDown;
  }

  /** The VPN's TunnelState metric: 1 while a tunnel is up, 0 while it is down, over all tunnels. */
  public metricTunnelState(options: cloudwatch.MetricOptions = {}): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: 'AWS/VPN',
      metricName: 'TunnelState',
      dimensionsMap: { VpnId: this.vpnId },
      period: Duration.minutes(1),
      statistic: 'Maximum',
      ...options,
    });
  }

  private tunnelSpecification(
    secret: secretsmanager.Secret,
    options: VpnTunnelOptions = {},
    index: number,
  ): ec2.CfnVPNConnection.VpnTunnelOptionsSpecificationProperty {
    const dhGroups = options.dhGroups ?? [19, 20, 21];
    return {
      preSharedKey: SecretValue.secretsManager(secret.secretArn).unsafeUnwrap(),
      tunnelInsideCidr: options.insideCidrs?.[index],
      ikeVersions: (options.ikeVersions ?? ['ikev2']).map((value) => ({ value })),
      startupAction: options.startupAction ?? 'start',
      dpdTimeoutAction: 'restart',
      phase1EncryptionAlgorithms: [{ value: 'AES256-GCM-16' }, { value: 'AES256' }],
      phase2EncryptionAlgorithms: [{ value: 'AES256-GCM-16' }, { value: 'AES256' }],
      phase1IntegrityAlgorithms: [{ value: 'SHA2-256' }, { value: 'SHA2-384' }, { value: 'SHA2-512' }],
      phase2IntegrityAlgorithms: [{ value: 'SHA2-256' }, { value: 'SHA2-384' }, { value: 'SHA2-512' }],
      phase1DhGroupNumbers: dhGroups.map((value) => ({ value })),
      phase2DhGroupNumbers: dhGroups.map((value) => ({ value })),
      logOptions: {
        cloudwatchLogOptions: {
          logEnabled: true,
          logGroupArn: this.tunnelLogGroup.logGroupArn,
          logOutputFormat: 'json',
        },
      },
    };
  }

  private attachVpnGateway(props: SiteToSiteVpnProps): string {
    const gateway = new ec2.CfnVPNGateway(this, 'VpnGateway', {
      type: 'ipsec.1',
      amazonSideAsn: props.amazonSideAsn ?? 64512,
    });
    const attachment = new ec2.CfnVPCGatewayAttachment(this, 'VpnGatewayAttachment', {
      vpcId: props.vpc.vpcId,
      vpnGatewayId: gateway.ref,
    });
    // Propagation installs the VPN's routes (static or BGP-learned) in the router subnets only.
    const propagation = new ec2.CfnVPNGatewayRoutePropagation(this, 'RoutePropagation', {
      routeTableIds: routeTableIds(props.vpc, props.subnets),
      vpnGatewayId: gateway.ref,
    });
    propagation.node.addDependency(attachment);
    return gateway.ref;
  }

  private attachTransitGateway(props: SiteToSiteVpnProps, options: VpnTransitGatewayOptions): string {
    const transitGatewayId =
      options.existingTransitGatewayId ??
      new ec2.CfnTransitGateway(this, 'TransitGateway', {
        description: 'hybrid-ai-cdk on-premises connectivity',
        amazonSideAsn: options.amazonSideAsn ?? 64512,
        autoAcceptSharedAttachments: 'disable',
        dnsSupport: 'enable',
        vpnEcmpSupport: 'enable',
      }).ref;
    const subnets = props.vpc.selectSubnets({ ...props.subnets, onePerAz: true });
    const attachment = new ec2.CfnTransitGatewayVpcAttachment(this, 'TransitGatewayAttachment', {
      transitGatewayId,
      vpcId: props.vpc.vpcId,
      subnetIds: subnets.subnetIds,
    });
    const tables = routeTableIds(props.vpc, props.subnets);
    tables.forEach((routeTableId, tableIndex) => {
      props.onPremCidrs.forEach((cidr, cidrIndex) => {
        const route = new ec2.CfnRoute(this, `OnPremRoute${tableIndex}x${cidrIndex}`, {
          routeTableId,
          destinationCidrBlock: cidr,
          transitGatewayId,
        });
        route.node.addDependency(attachment);
      });
    });
    return transitGatewayId;
  }

  private tunnelStateAlarms(topic: sns.ITopic): [cloudwatch.Alarm, cloudwatch.Alarm] {
    // A VPN publishes TunnelState only while it exists; missing data means no tunnel reported up.
    const allDown = new cloudwatch.Alarm(this, 'AllTunnelsDown', {
      alarmDescription:
        'Every tunnel of the VPN to the private inference network is down: sensitive requests get 503.',
      metric: this.metricTunnelState({ statistic: 'Maximum' }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    const oneDown = new cloudwatch.Alarm(this, 'TunnelDown', {
      alarmDescription: 'A tunnel of the VPN to the private inference network is down: no redundancy left.',
      metric: this.metricTunnelState({ statistic: 'Minimum' }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 5,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    for (const alarm of [allDown, oneDown]) {
      alarm.addAlarmAction(new cwActions.SnsAction(topic));
      alarm.addOkAction(new cwActions.SnsAction(topic));
    }
    return [allDown, oneDown];
  }
}

function routeTableIds(vpc: ec2.IVpc, selection: ec2.SubnetSelection): string[] {
  return [...new Set(vpc.selectSubnets(selection).subnets.map((subnet) => subnet.routeTable.routeTableId))];
}

/** The VPC's CIDR when known at synth: `vpcCidrBlock` of a new VPC is a token, its CfnVPC holds the literal. */
function literalVpcCidr(vpc: ec2.IVpc): string | undefined {
  const candidates = [vpc.vpcCidrBlock, (vpc.node.defaultChild as ec2.CfnVPC | undefined)?.cidrBlock];
  return candidates.find((cidr): cidr is string => typeof cidr === 'string' && !Token.isUnresolved(cidr));
}

function validate(props: SiteToSiteVpnProps): void {
  assertIpv4('customerGatewayIp', props.customerGatewayIp);
  if (props.bgpAsn !== undefined) assertBgpAsn('bgpAsn', props.bgpAsn);
  if (props.amazonSideAsn !== undefined) assertAmazonSideAsn('amazonSideAsn', props.amazonSideAsn);
  if (!Token.isUnresolved(props.onPremCidrs) && props.onPremCidrs.length === 0) {
    throw new Error('onPremCidrs must list at least one on-premises network, such as 10.100.0.0/16');
  }
  props.onPremCidrs.forEach((cidr) => assertIpv4Cidr('onPremCidrs', cidr));
  const vpcCidr = literalVpcCidr(props.vpc);
  for (const cidr of props.onPremCidrs) {
    if (vpcCidr !== undefined && !Token.isUnresolved(cidr) && cidrsOverlap(cidr, vpcCidr)) {
      throw new Error(
        `onPremCidrs entry ${cidr} overlaps the VPC range ${vpcCidr}; pick a VPC cidr outside the on-premises networks`,
      );
    }
  }
  if (props.transitGateway) {
    assertNotBoth(
      'transitGateway',
      ['existingTransitGatewayId', props.transitGateway.existingTransitGatewayId],
      ['amazonSideAsn', props.transitGateway.amazonSideAsn],
    );
    if (props.transitGateway.amazonSideAsn !== undefined)
      assertAmazonSideAsn('transitGateway.amazonSideAsn', props.transitGateway.amazonSideAsn);
    if (props.bgpAsn === undefined) {
      throw new Error(
        'transitGateway needs dynamic routing: pass bgpAsn (static routes on a transit gateway need the VPN attachment id, which CloudFormation does not return)',
      );
    }
    if (props.amazonSideAsn !== undefined) {
      throw new Error(
        'amazonSideAsn configures a virtual private gateway; with transitGateway pass transitGateway.amazonSideAsn instead',
      );
    }
  }
  validateTunnelOptions(props.tunnelOptions);
}

function validateTunnelOptions(options: VpnTunnelOptions = {}): void {
  const insideCidrs = options.insideCidrs ?? [];
  for (const cidr of insideCidrs) {
    if (Token.isUnresolved(cidr)) continue;
    assertIpv4Cidr('tunnelOptions.insideCidrs', cidr);
    if (!cidr.startsWith('169.254.') || !cidr.endsWith('/30') || TUNNEL_INSIDE_RESERVED.includes(cidr)) {
      throw new Error(
        `tunnelOptions.insideCidrs entry ${cidr} must be a /30 in 169.254.0.0/16 outside the blocks AWS reserves (${TUNNEL_INSIDE_RESERVED.join(', ')})`,
      );
    }
  }
  if (insideCidrs.length === 2 && insideCidrs[0] === insideCidrs[1]) {
    throw new Error(`tunnelOptions.insideCidrs must be two different blocks, got ${insideCidrs[0]} twice`);
  }
  for (const group of options.dhGroups ?? []) {
    if (![2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24].includes(group)) {
      throw new Error(
        `tunnelOptions.dhGroups entry ${group} is not a Diffie-Hellman group AWS VPN supports (2, 5, 14-24)`,
      );
    }
  }
  if (options.ikeVersions !== undefined && options.ikeVersions.length === 0) {
    throw new Error('tunnelOptions.ikeVersions must list at least one IKE version, such as ikev2');
  }
}
