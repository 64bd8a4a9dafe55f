/**
 * Private inference hosted in another AWS account (an inference provider, or your platform team's
 * GPU account) published through AWS PrivateLink, and a gateway that is itself private: reachable
 * only through an execute-api VPC endpoint, from the VPC and the networks connected to it.
 *
 * Two stacks show how to bring your own parts: the network lives in its own stack (often owned by
 * a network team) and the gateway stack reuses it.
 *
 *   npx cdk synth --app "npx tsx examples/privatelink/app.ts"
 *
 * In your own project, import from 'hybrid-ai-cdk' instead of '../../lib'.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { HybridAiStack, HybridNetwork, PrivateBackend } from '../../lib';

export function createApp(app: App = new App()): App {
  const networkStack = new Stack(app, 'HybridAiPrivateLinkNetwork', {
    description: 'hybrid-ai-cdk network with an execute-api endpoint',
  });
  const vpcCidr = '10.80.0.0/16';
  const network = new HybridNetwork(networkStack, 'Network', { cidr: vpcCidr });
  // Callers inside the VPC reach the private API through this endpoint, on HTTPS only.
  const callers = new ec2.SecurityGroup(networkStack, 'ExecuteApiEndpointSecurityGroup', {
    vpc: network.vpc,
    description: 'execute-api endpoint of the private hybrid-ai gateway',
    allowAllOutbound: false,
  });
  callers.addIngressRule(ec2.Peer.ipv4(vpcCidr), ec2.Port.tcp(443), 'HTTPS from callers in the VPC');
  const executeApi = network.vpc.addInterfaceEndpoint('ExecuteApiEndpoint', {
    service: ec2.InterfaceVpcEndpointAwsService.APIGATEWAY,
    subnets: network.routerSubnets,
    securityGroups: [callers],
    privateDnsEnabled: true,
    open: false,
  });

  new HybridAiStack(app, 'HybridAiPrivateLink', {
    description: 'hybrid-ai-cdk: PrivateLink inference provider, private API',
    existingNetwork: network,
    privateBackend: PrivateBackend.privateLink({
      serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0',
      // The provider's private DNS name, which its TLS certificate names.
      privateDnsName: 'inference.provider.example',
    }),
    router: { privateApi: { vpcEndpoints: [executeApi] } },
  });

  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app),
    new HIPAASecurityChecks(app),
    new NIST80053R5Checks(app),
    new PCIDSS321Checks(app),
  );
  return app;
}

if (require.main === module) createApp();
