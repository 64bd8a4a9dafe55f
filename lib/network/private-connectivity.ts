import { Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { assertIntegerInRange } from '../private/validation';
import { SiteToSiteVpn, type SiteToSiteVpnOptions } from './site-to-site-vpn';

/** Publish a private inference NLB to other VPCs or accounts through AWS PrivateLink. */
export interface InferenceEndpointServiceOptions {
  /** The internal Network Load Balancer in front of the inference servers. */
  readonly loadBalancer: ec2.IVpcEndpointServiceLoadBalancer;

  /** The accounts or roles allowed to create endpoints to the service (no wildcard). */
  readonly allowedPrincipals: iam.ArnPrincipal[];

  /**
   * Require the service owner to accept each endpoint connection.
   *
   * @default true
   */
  readonly acceptanceRequired?: boolean;
}

/** An interface endpoint to a provider's PrivateLink service (inference in another VPC or account). */
export interface ProviderEndpointOptions {
  /** The endpoint service name, such as `com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0`. */
  readonly serviceName: string;

  /**
   * The TCP port of the service.
   *
   * @default 443
   */
  readonly port?: number;

  /**
   * Resolve the provider's private DNS name to the endpoint inside the VPC.
   *
   * @default false
   */
  readonly privateDnsEnabled?: boolean;
}

/** Properties of a `PrivateConnectivity`. */
export interface PrivateConnectivityProps {
  /** The VPC the router runs in. */
  readonly vpc: ec2.IVpc;

  /** The subnets the router runs in: they learn the on-premises routes and hold provider endpoints. */
  readonly subnets: ec2.SubnetSelection;

  /**
   * A Site-to-Site VPN to the on-premises network.
   *
   * @default - no VPN (on-premises reached another way, e.g. Direct Connect, or not at all)
   */
  readonly vpn?: SiteToSiteVpnOptions;

  /**
   * Publish private inference to other VPCs or accounts.
   *
   * @default - no endpoint service
   */
  readonly endpointService?: InferenceEndpointServiceOptions;

  /**
   * The key for the VPN's pre-shared keys and tunnel logs.
   *
   * @default - a new customer-managed key with rotation
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * Private paths between the gateway's VPC and private inference: a Site-to-Site VPN to the
 * on-premises network, and AWS PrivateLink both ways (publishing an inference NLB, and endpoints
 * to a provider's service). Nothing here opens a path to the internet.
 */
export class PrivateConnectivity extends Construct {
  /** The Site-to-Site VPN, when configured. */
  public readonly vpn?: SiteToSiteVpn;
  /** The endpoint service publishing private inference, when configured. */
  public readonly endpointService?: ec2.VpcEndpointService;

  private readonly vpc: ec2.IVpc;
  private readonly subnets: ec2.SubnetSelection;

  constructor(scope: Construct, id: string, props: PrivateConnectivityProps) {
    super(scope, id);
    if (!props.vpn && !props.endpointService) {
      throw new Error(
        'PrivateConnectivity needs vpn or endpointService (or both); for provider endpoints alone use addProviderEndpoint on any construct',
      );
    }
    this.vpc = props.vpc;
    this.subnets = props.subnets;

    if (props.vpn) {
      this.vpn = new SiteToSiteVpn(this, 'Vpn', {
        ...props.vpn,
        vpc: props.vpc,
        subnets: props.subnets,
        encryptionKey: props.encryptionKey,
      });
    }
    if (props.endpointService) {
      const options = props.endpointService;
      if (options.allowedPrincipals.length === 0) {
        throw new Error('endpointService.allowedPrincipals must list at least one account or role ARN');
      }
      for (const principal of options.allowedPrincipals) {
        if (!Token.isUnresolved(principal.arn) && principal.arn.includes('*')) {
          throw new Error(
            `endpointService.allowedPrincipals must not contain wildcards, got '${principal.arn}'`,
          );
        }
      }
      this.endpointService = new ec2.VpcEndpointService(this, 'EndpointService', {
        vpcEndpointServiceLoadBalancers: [options.loadBalancer],
        allowedPrincipals: options.allowedPrincipals,
        acceptanceRequired: options.acceptanceRequired ?? true,
      });
    }
  }

  /**
   * Create an interface endpoint in the router subnets to a provider's PrivateLink service. Its
   * security group admits nobody until you call `endpoint.connections.allowDefaultPortFrom(router)`.
   */
  public addProviderEndpoint(id: string, options: ProviderEndpointOptions): ec2.InterfaceVpcEndpoint {
    if (options.port !== undefined) assertIntegerInRange('port', options.port, 1, 65535);
    const securityGroup = new ec2.SecurityGroup(this, `${id}SecurityGroup`, {
      vpc: this.vpc,
      description: `hybrid-ai-cdk provider endpoint ${id}`,
      allowAllOutbound: false,
    });
    return new ec2.InterfaceVpcEndpoint(this, id, {
      vpc: this.vpc,
      service: new ec2.InterfaceVpcEndpointService(options.serviceName, options.port ?? 443),
      subnets: this.subnets,
      securityGroups: [securityGroup],
      privateDnsEnabled: options.privateDnsEnabled ?? false,
      open: false,
    });
  }
}
