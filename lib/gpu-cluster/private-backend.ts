import { Annotations, Fn, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { assertBackendUrl, assertIntegerInRange, assertIpv4Cidr, urlPort } from '../private/validation';

/** What every kind of private backend takes. */
export interface PrivateBackendCommonOptions {
  /**
   * The secret holding the API key the router sends as `Authorization: Bearer …` (the whole
   * secret string is the key). vLLM checks it when started with `--api-key`.
   *
   * @default - no API key: the backend trusts the network path
   */
  readonly apiKeySecret?: secretsmanager.ISecret;

  /**
   * Accept an `http:` URL. Only for a TLS-terminating proxy inside the private network; the
   * prompts on this path are the sensitive ones.
   *
   * @default false
   */
  readonly allowInsecureHttp?: boolean;
}

/** A private inference server outside AWS (on-premises), reached over VPN or Direct Connect. */
export interface ExternalPrivateBackendOptions extends PrivateBackendCommonOptions {
  /** The OpenAI-compatible base URL, such as `https://vllm.corp.example/v1`. */
  readonly url: string;

  /**
   * The on-premises network the server's address is in; the router may open connections to this
   * range on the URL's port and nowhere else on-premises.
   */
  readonly cidr: string;
}

/** A private inference service in another VPC or account, published through AWS PrivateLink. */
export interface PrivateLinkPrivateBackendOptions extends PrivateBackendCommonOptions {
  /** The endpoint service name, such as `com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0`. */
  readonly serviceName: string;

  /**
   * The TCP port of the service.
   *
   * @default 443
   */
  readonly port?: number;

  /**
   * The host name the service's TLS certificate names, served by the endpoint service's private
   * DNS name. When given, the endpoint enables private DNS and the router calls this name.
   *
   * @default - the endpoint's regional DNS name (the service's certificate must cover it)
   */
  readonly privateDnsName?: string;

  /**
   * The path of the OpenAI-compatible API on the service.
   *
   * @default '/v1'
   */
  readonly basePath?: string;
}

/** A private inference service running in the gateway's VPC, e.g. vLLM behind an internal NLB on EKS. */
export interface EksPrivateBackendOptions extends PrivateBackendCommonOptions {
  /** The OpenAI-compatible base URL inside the VPC, such as `https://vllm.inference.internal/v1`. */
  readonly url: string;

  /** What fronts the service (its load balancer or pods), so the router may connect to it. */
  readonly target: ec2.IConnectable;
}

/** Where the router finds the network it must be able to reach, once bound. */
export interface PrivateBackendBindOptions {
  /** The VPC the router runs in. */
  readonly vpc: ec2.IVpc;
  /** The subnets the router runs in. */
  readonly subnets: ec2.SubnetSelection;
}

/** A private backend bound to a stack: what the router calls and what it must be allowed to reach. */
export interface PrivateBackendConfig {
  /** The OpenAI-compatible base URL. */
  readonly url: string;
  /** The network peer and port the router connects to. */
  readonly connections: ec2.Connections;
  /** The API key secret, if any. */
  readonly apiKeySecret?: secretsmanager.ISecret;
}

/**
 * How the router reaches private inference. Pick one of the factories; the gateway binds it once,
 * creating what it needs (a PrivateLink endpoint) in the router's VPC.
 *
 * The router always opens the connection: the backend needs no inbound route from AWS beyond the
 * one port on the one range, and sensitive prompts never cross the internet.
 */
export abstract class PrivateBackend {
  /** An on-premises server reached over the VPN or Direct Connect of `PrivateConnectivity`. */
  public static external(options: ExternalPrivateBackendOptions): PrivateBackend {
    assertBackendUrl('url', options.url, { allowInsecureHttp: options.allowInsecureHttp ?? false });
    assertIpv4Cidr('cidr', options.cidr);
    return new ExternalBackend(options);
  }

  /** A service published through AWS PrivateLink; binding creates the interface endpoint. */
  public static privateLink(options: PrivateLinkPrivateBackendOptions): PrivateBackend {
    if (
      !Token.isUnresolved(options.serviceName) &&
      !/^[a-z0-9][a-z0-9.-]{2,254}$/.test(options.serviceName)
    ) {
      throw new Error(
        `serviceName must be a VPC endpoint service name such as com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0, got '${options.serviceName}'`,
      );
    }
    if (options.port !== undefined) assertIntegerInRange('port', options.port, 1, 65535);
    if (options.basePath !== undefined && !/^\/[A-Za-z0-9._~/-]{0,200}$/.test(options.basePath)) {
      throw new Error(
        `basePath must start with '/' and hold only path characters, got '${options.basePath}'`,
      );
    }
    return new PrivateLinkBackend(options);
  }

  /**
   * A service in the gateway's own VPC, such as vLLM on EKS behind an internal load balancer.
   * Pass the URL and the load balancer (or anything with `connections`); the GPU cluster
   * construct hands both over once it exists.
   */
  public static eks(options: EksPrivateBackendOptions): PrivateBackend {
    assertBackendUrl('url', options.url, { allowInsecureHttp: options.allowInsecureHttp ?? false });
    if (options.target.connections.securityGroups.length === 0) {
      throw new Error(
        'target has no security group, so the router could never be allowed to reach it; give the load balancer a security group',
      );
    }
    return new InVpcBackend(options);
  }

  /** Where inference runs: on-premises (needs a VPN or Direct Connect), behind PrivateLink, or in the VPC. */
  public abstract readonly location: 'on-premises' | 'privatelink' | 'vpc';

  /** Create what this backend needs in `scope` and return how the router reaches it. */
  public abstract bind(scope: Construct, options: PrivateBackendBindOptions): PrivateBackendConfig;
}

/**
 * A backend the router calls at its own URL (on-premises, or a service in the VPC): the router may
 * open the URL's port to `reach` (a CIDR peer or the target's security groups) and nothing else.
 */
function directUrlBackend(
  scope: Construct,
  url: string,
  apiKeySecret: PrivateBackendConfig['apiKeySecret'],
  reach: Pick<ec2.ConnectionsProps, 'peer' | 'securityGroups'>,
): PrivateBackendConfig {
  warnIfCleartext(scope, url);
  const port = Token.isUnresolved(url) ? 443 : urlPort(url);
  return {
    url,
    connections: new ec2.Connections({ ...reach, defaultPort: ec2.Port.tcp(port) }),
    apiKeySecret,
  };
}

class ExternalBackend extends PrivateBackend {
  public readonly location = 'on-premises';

  constructor(private readonly options: ExternalPrivateBackendOptions) {
    super();
  }

  public bind(scope: Construct): PrivateBackendConfig {
    return directUrlBackend(scope, this.options.url, this.options.apiKeySecret, {
      peer: ec2.Peer.ipv4(this.options.cidr),
    });
  }
}

class PrivateLinkBackend extends PrivateBackend {
  public readonly location = 'privatelink';

  constructor(private readonly options: PrivateLinkPrivateBackendOptions) {
    super();
  }

  public bind(scope: Construct, bindOptions: PrivateBackendBindOptions): PrivateBackendConfig {
    const port = this.options.port ?? 443;
    const holder = new Construct(scope, 'PrivateBackend');
    const securityGroup = new ec2.SecurityGroup(holder, 'EndpointSecurityGroup', {
      vpc: bindOptions.vpc,
      description: 'hybrid-ai-cdk private inference PrivateLink endpoint',
      allowAllOutbound: false,
    });
    const endpoint = new ec2.InterfaceVpcEndpoint(holder, 'Endpoint', {
      vpc: bindOptions.vpc,
      service: new ec2.InterfaceVpcEndpointService(this.options.serviceName, port),
      subnets: bindOptions.subnets,
      securityGroups: [securityGroup],
      privateDnsEnabled: this.options.privateDnsName !== undefined,
      open: false,
    });
    // The first DNS entry is the regional name, "Z1HUB23UULQXV:vpce-….vpce-svc-….region.vpce.amazonaws.com".
    const host =
      this.options.privateDnsName ??
      Fn.select(1, Fn.split(':', Fn.select(0, endpoint.vpcEndpointDnsEntries)));
    const portSuffix = port === 443 ? '' : `:${port}`;
    return {
      url: `https://${host}${portSuffix}${this.options.basePath ?? '/v1'}`,
      connections: endpoint.connections,
      apiKeySecret: this.options.apiKeySecret,
    };
  }
}

class InVpcBackend extends PrivateBackend {
  public readonly location = 'vpc';

  constructor(private readonly options: EksPrivateBackendOptions) {
    super();
  }

  public bind(scope: Construct): PrivateBackendConfig {
    return directUrlBackend(scope, this.options.url, this.options.apiKeySecret, {
      securityGroups: this.options.target.connections.securityGroups,
    });
  }
}

/** Sensitive prompts in cleartext are allowed only by explicit opt-in; say so on every synth. */
function warnIfCleartext(scope: Construct, url: string): void {
  if (!Token.isUnresolved(url) && url.startsWith('http:')) {
    Annotations.of(scope).addWarningV2(
      'hybrid-ai-cdk:privateBackend:insecureHttp',
      `the private backend ${url} is plain http: sensitive prompts cross the network unencrypted up to the TLS-terminating proxy; acknowledge Annotation::hybrid-ai-cdk:privateBackend:insecureHttp once that is accepted`,
    );
  }
}
