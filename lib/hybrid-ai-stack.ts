import { Annotations, Stack, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { BedrockModel } from './cloud/bedrock-model';
import {
  CloudModelAccess,
  type CloudGuardrailOptions,
  type ICloudModelAccess,
  type OpenAiCompatibleProvider,
} from './cloud/cloud-model-access';
import type { PrivateBackend } from './gpu-cluster/private-backend';
import { HybridNetwork, type HybridNetworkProps, type IHybridNetwork } from './network/hybrid-network';
import { PrivateConnectivity, type InferenceEndpointServiceOptions } from './network/private-connectivity';
import type { SiteToSiteVpnOptions } from './network/site-to-site-vpn';
import { resolvePolicy } from './policy/defaults';
import type { RoutingPolicy } from './policy/types';
import { validatePolicy } from './policy/validate';
import { createEncryptionKey } from './private/encryption-key';
import { assertNotBoth } from './private/validation';
import { ClassifierRouter, type ClassifierRouterProps } from './router/classifier-router';

/** Router settings `HybridAiStack` passes through (the rest it wires itself). */
export type HybridAiRouterOptions = Omit<
  ClassifierRouterProps,
  'vpc' | 'vpcSubnets' | 'privateBackend' | 'cloudModels' | 'policy' | 'encryptionKey'
>;

/** Cloud settings `HybridAiStack` passes to `CloudModelAccess`. */
export interface HybridAiCloudOptions {
  /**
   * The Bedrock models the router may invoke.
   *
   * @default - the Bedrock targets of the policy's model aliases
   */
  readonly models?: BedrockModel[];
  /**
   * A Bedrock guardrail on cloud requests.
   *
   * @default - content filters at HIGH strength
   */
  readonly guardrail?: CloudGuardrailOptions | false;
  /**
   * Third-party OpenAI-compatible providers (need `network.internetEgress`).
   *
   * @default - none
   */
  readonly providers?: OpenAiCompatibleProvider[];
}

/** Properties of a `HybridAiStack`. Each part takes either an existing construct or options, not both. */
export interface HybridAiStackProps extends StackProps {
  /** How the router reaches private inference. */
  readonly privateBackend: PrivateBackend;

  /**
   * The routing policy.
   *
   * @default - the default policy
   */
  readonly policy?: RoutingPolicy;

  /**
   * An existing network to use. Pass either `existingNetwork` or `network`, not both.
   *
   * @default - a new `HybridNetwork` built from `network`
   */
  readonly existingNetwork?: IHybridNetwork;

  /**
   * Options for a new network.
   *
   * @default - a new VPC 10.64.0.0/16 in 2 AZs, isolated subnets, VPC endpoints
   */
  readonly network?: HybridNetworkProps;

  /**
   * A Site-to-Site VPN to the on-premises network.
   *
   * @default - no VPN
   */
  readonly vpn?: SiteToSiteVpnOptions;

  /**
   * Publish a private inference NLB through PrivateLink.
   *
   * @default - no endpoint service
   */
  readonly endpointService?: InferenceEndpointServiceOptions;

  /**
   * An existing `CloudModelAccess`. Pass either `existingCloudModelAccess` or `cloud`, not both.
   *
   * @default - a new `CloudModelAccess` built from `cloud`
   */
  readonly existingCloudModelAccess?: ICloudModelAccess;

  /**
   * Options for a new `CloudModelAccess`.
   *
   * @default - the policy's Bedrock models, with a guardrail
   */
  readonly cloud?: HybridAiCloudOptions;

  /**
   * Router settings: authorization, policy source, private API, throttling, code.
   *
   * @default - IAM authorization, AppConfig policy, regional API, prebuilt bundle
   */
  readonly router?: HybridAiRouterOptions;

  /**
   * One key for the data at rest of every part this stack creates.
   *
   * @default - a new customer-managed key with rotation
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * The whole gateway in one stack: network, private connectivity, cloud model access and the
 * classifier router, wired with secure defaults (no internet route, KMS everywhere, WAF, IAM auth,
 * audit logs). Every part can be replaced by an existing one or tuned through its options.
 */
export class HybridAiStack extends Stack {
  /** The network, created or given. */
  public readonly network: IHybridNetwork;
  /** The VPN and PrivateLink service, when configured. */
  public readonly connectivity?: PrivateConnectivity;
  /** The cloud allowlist, created or given. */
  public readonly cloudModelAccess: ICloudModelAccess;
  /** The gateway's API and router Lambda. */
  public readonly router: ClassifierRouter;
  /** The key of the data at rest of every part this stack created. */
  public readonly encryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: HybridAiStackProps) {
    super(scope, id, props);
    assertNotBoth('HybridAiStack', ['existingNetwork', props.existingNetwork], ['network', props.network]);
    assertNotBoth(
      'HybridAiStack',
      ['existingCloudModelAccess', props.existingCloudModelAccess],
      ['cloud', props.cloud],
    );
    const policy = validatePolicy(props.policy ?? {});
    if (props.cloud?.providers?.length && !props.network?.internetEgress && !props.existingNetwork) {
      throw new Error(
        'third-party providers are reached over the internet: set network.internetEgress to true, or use Bedrock models only',
      );
    }

    this.encryptionKey = props.encryptionKey ?? createEncryptionKey(this, 'Key', `hybrid-ai-cdk ${id}`);
    this.network =
      props.existingNetwork ??
      new HybridNetwork(this, 'Network', { encryptionKey: this.encryptionKey, ...props.network });

    if (props.vpn || props.endpointService) {
      this.connectivity = new PrivateConnectivity(this, 'Connectivity', {
        vpc: this.network.vpc,
        subnets: this.network.routerSubnets,
        vpn: props.vpn,
        endpointService: props.endpointService,
        encryptionKey: this.encryptionKey,
      });
    }

    this.cloudModelAccess =
      props.existingCloudModelAccess ??
      new CloudModelAccess(this, 'CloudModels', {
        models: props.cloud?.models ?? bedrockModelsOf(policy),
        guardrail: props.cloud?.guardrail === false ? undefined : (props.cloud?.guardrail ?? {}),
        providers: props.cloud?.providers,
        encryptionKey: this.encryptionKey,
      });

    if (props.privateBackend.location === 'on-premises' && !props.vpn) {
      Annotations.of(this).addWarningV2(
        'hybrid-ai-cdk:stack:onPremisesWithoutVpn',
        'the private backend is on-premises but this stack creates no vpn; pass vpn, or, when Direct Connect or an existing VPN routes its network to the router subnets, acknowledge Annotation::hybrid-ai-cdk:stack:onPremisesWithoutVpn',
      );
    }

    this.router = new ClassifierRouter(this, 'Router', {
      ...props.router,
      vpc: this.network.vpc,
      vpcSubnets: this.network.routerSubnets,
      privateBackend: props.privateBackend,
      cloudModels: this.cloudModelAccess,
      policy,
      encryptionKey: this.encryptionKey,
    });
    this.network.allowEndpointAccess(this.router);
    if (this.cloudModelAccess.providers.length > 0) {
      this.router.connections.allowTo(
        ec2.Peer.anyIpv4(),
        ec2.Port.tcp(443),
        'Third-party model providers over HTTPS',
      );
    }
  }
}

/** The Bedrock models a policy's aliases name, each allowed exactly once. */
function bedrockModelsOf(policy: RoutingPolicy): BedrockModel[] {
  const ids = new Set<string>();
  for (const alias of Object.values(resolvePolicy(policy).modelAliases)) {
    for (const target of alias.cloud) {
      if (target.backend === 'bedrock') ids.add(target.model);
    }
  }
  if (ids.size === 0) {
    throw new Error(
      'the policy names no Bedrock model, so cloud.models must list the models the router may invoke',
    );
  }
  return [...ids].map((id) => BedrockModel.fromId(id));
}
