import { RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ManagedPolicyRole } from '../private/managed-policy-role';
import { allowCloudWatchLogs, createEncryptionKey } from '../private/encryption-key';
import { assertIntegerInRange, assertIpv4Cidr, assertNotBoth } from '../private/validation';

/** The AWS services the router reaches through interface endpoints, without an internet route. */
export const ROUTER_INTERFACE_ENDPOINTS: Readonly<Record<string, ec2.InterfaceVpcEndpointAwsService>> = {
  BedrockRuntime: ec2.InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME,
  CloudWatchLogs: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
  Firehose: ec2.InterfaceVpcEndpointAwsService.KINESIS_FIREHOSE,
  Kms: ec2.InterfaceVpcEndpointAwsService.KMS,
  SecretsManager: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
  Ssm: ec2.InterfaceVpcEndpointAwsService.SSM,
  Sts: ec2.InterfaceVpcEndpointAwsService.STS,
  AppConfigData: ec2.InterfaceVpcEndpointAwsService.APPCONFIGDATA,
  XRay: ec2.InterfaceVpcEndpointAwsService.XRAY,
};

/** What the gateway needs from its network. */
export interface IHybridNetwork {
  /** The VPC. */
  readonly vpc: ec2.IVpc;
  /** The subnets the router runs in. */
  readonly routerSubnets: ec2.SubnetSelection;
  /** Allow `client` HTTPS to the AWS services the router calls, and nothing else. */
  allowEndpointAccess(client: ec2.IConnectable): void;
}

/** Properties of a `HybridNetwork`. */
export interface HybridNetworkProps {
  /**
   * An existing VPC to place the router in. Pass either `vpc` or `cidr`, not both.
   *
   * @default - a new VPC with isolated subnets only
   */
  readonly vpc?: ec2.IVpc;

  /**
   * The IPv4 range of the new VPC. It must not overlap the on-premises networks reached over VPN.
   *
   * @default '10.64.0.0/16'
   */
  readonly cidr?: string;

  /**
   * How many Availability Zones the new VPC spans.
   *
   * @default 2
   */
  readonly maxAzs?: number;

  /**
   * Give the new VPC public subnets and one NAT gateway, and put the router in subnets with egress.
   * Only needed for third-party OpenAI-compatible providers, which have no PrivateLink endpoint;
   * Bedrock and every AWS service the router uses are reached through VPC endpoints.
   *
   * @default false
   */
  readonly internetEgress?: boolean;

  /**
   * The subnets of an existing `vpc` the router runs in (ignored for a new VPC).
   *
   * @default - the isolated subnets of `vpc`
   */
  readonly routerSubnets?: ec2.SubnetSelection;

  /**
   * Create the interface endpoints of `ROUTER_INTERFACE_ENDPOINTS` and an S3 gateway endpoint.
   * Turn off when an existing VPC already has them with private DNS (two endpoints of one service
   * with private DNS cannot share a VPC); the router is then allowed HTTPS to the VPC range.
   *
   * @default true
   */
  readonly createEndpoints?: boolean;

  /**
   * How long VPC flow logs are kept.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly flowLogRetention?: logs.RetentionDays;

  /**
   * The key that encrypts the flow log group.
   *
   * @default - a new customer-managed key with rotation
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * What happens to the flow log group when it leaves the stack.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The network the gateway runs in: a VPC whose router subnets have no route to the internet,
 * VPC endpoints for every AWS service the router calls, and flow logs encrypted with KMS.
 *
 * The router's own security group allows no egress by default; `allowEndpointAccess` opens
 * exactly HTTPS to the endpoints, and the private backend opens its own port.
 */
export class HybridNetwork extends Construct implements IHybridNetwork {
  /** The VPC, created or imported. */
  public readonly vpc: ec2.IVpc;
  /** Where the router runs. */
  public readonly routerSubnets: ec2.SubnetSelection;
  /** The security group shared by the interface endpoints (undefined when `createEndpoints` is false). */
  public readonly endpointSecurityGroup?: ec2.SecurityGroup;
  /** The interface endpoints, by the keys of `ROUTER_INTERFACE_ENDPOINTS`. */
  public readonly interfaceEndpoints: Readonly<Record<string, ec2.InterfaceVpcEndpoint>>;
  /** The S3 gateway endpoint (undefined when `createEndpoints` is false). */
  public readonly s3Endpoint?: ec2.GatewayVpcEndpoint;
  /** The flow log group. */
  public readonly flowLogGroup: logs.LogGroup;
  /** The key of the flow log group. */
  public readonly encryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: HybridNetworkProps = {}) {
    super(scope, id);
    assertNotBoth('HybridNetwork', ['vpc', props.vpc], ['cidr', props.cidr]);
    assertNotBoth('HybridNetwork', ['vpc', props.vpc], ['internetEgress', props.internetEgress]);
    if (props.cidr !== undefined) assertIpv4Cidr('cidr', props.cidr);
    if (props.maxAzs !== undefined) assertIntegerInRange('maxAzs', props.maxAzs, 1, 6);
    if (props.routerSubnets && !props.vpc) {
      throw new Error(
        'routerSubnets selects subnets of an existing vpc; pass vpc as well, or drop routerSubnets',
      );
    }

    const internetEgress = props.internetEgress ?? false;
    this.vpc = props.vpc ?? this.createVpc(props.cidr ?? '10.64.0.0/16', props.maxAzs ?? 2, internetEgress);
    this.routerSubnets =
      props.routerSubnets ??
      (internetEgress
        ? { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }
        : { subnetType: ec2.SubnetType.PRIVATE_ISOLATED });

    this.encryptionKey =
      props.encryptionKey ?? createEncryptionKey(this, 'Key', 'hybrid-ai-cdk network logs');
    allowCloudWatchLogs(this.encryptionKey);
    this.flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
      encryptionKey: this.encryptionKey,
      retention: props.flowLogRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    new ec2.FlowLog(this, 'FlowLog', {
      resourceType: ec2.FlowLogResourceType.fromVpc(this.vpc),
      destination: ec2.FlowLogDestination.toCloudWatchLogs(
        this.flowLogGroup,
        new ManagedPolicyRole(this, 'FlowLogRole', {
          assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com'),
        }),
      ),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });

    const endpoints: Record<string, ec2.InterfaceVpcEndpoint> = {};
    if (props.createEndpoints ?? true) {
      this.endpointSecurityGroup = new ec2.SecurityGroup(this, 'EndpointSecurityGroup', {
        vpc: this.vpc,
        description: 'hybrid-ai-cdk VPC interface endpoints: HTTPS from allowed clients only',
        allowAllOutbound: false,
      });
      for (const [name, service] of Object.entries(ROUTER_INTERFACE_ENDPOINTS)) {
        endpoints[name] = new ec2.InterfaceVpcEndpoint(this, `${name}Endpoint`, {
          vpc: this.vpc,
          service,
          subnets: this.routerSubnets,
          securityGroups: [this.endpointSecurityGroup],
          privateDnsEnabled: true,
          open: false,
        });
      }
      this.s3Endpoint = new ec2.GatewayVpcEndpoint(this, 'S3Endpoint', {
        vpc: this.vpc,
        service: ec2.GatewayVpcEndpointAwsService.S3,
        subnets: [this.routerSubnets],
      });
    }
    this.interfaceEndpoints = endpoints;
  }

  /**
   * Allow `client` HTTPS to the VPC interface endpoints, and nothing else: call it for the router
   * and any other workload of the gateway. (The S3 gateway endpoint serves workloads such as GPU
   * nodes pulling images; the router itself never calls S3.)
   */
  public allowEndpointAccess(client: ec2.IConnectable): void {
    const https = ec2.Port.tcp(443);
    if (this.endpointSecurityGroup) {
      client.connections.allowTo(this.endpointSecurityGroup, https, 'HTTPS to the VPC interface endpoints');
    } else {
      client.connections.allowTo(
        ec2.Peer.ipv4(this.vpc.vpcCidrBlock),
        https,
        'HTTPS to the VPC endpoints of this VPC',
      );
    }
  }

  private createVpc(cidr: string, maxAzs: number, internetEgress: boolean): ec2.Vpc {
    const routerSubnet: ec2.SubnetConfiguration = {
      name: 'Router',
      subnetType: internetEgress ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PRIVATE_ISOLATED,
      cidrMask: 22,
    };
    const subnets: ec2.SubnetConfiguration[] = internetEgress
      ? [
          { name: 'Egress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 26, mapPublicIpOnLaunch: false },
          routerSubnet,
        ]
      : [routerSubnet];
    return new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(cidr),
      maxAzs,
      natGateways: internetEgress ? 1 : 0,
      subnetConfiguration: subnets,
      restrictDefaultSecurityGroup: true,
    });
  }
}
