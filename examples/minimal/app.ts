/**
 * The smallest useful gateway: private inference on-premises (vLLM behind the corporate firewall)
 * reached over a Site-to-Site VPN, Amazon Bedrock for everything that may leave.
 *
 *   npx cdk synth --app "npx tsx examples/minimal/app.ts"
 *
 * In your own project, import from 'hybrid-ai-cdk' instead of '../../lib'.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { HybridAiStack, PrivateBackend } from '../../lib';

export function createApp(app: App = new App()): App {
  new HybridAiStack(app, 'HybridAiMinimal', {
    description: 'hybrid-ai-cdk minimal: on-premises vLLM over VPN, Bedrock in the cloud',
    // The on-premises inference server; the router may reach 10.100.0.0/16 on 443 and nothing else there.
    privateBackend: PrivateBackend.external({ url: 'https://vllm.corp.example/v1', cidr: '10.100.0.0/16' }),
    // The VPN to the data centre: BGP with the firewall at 203.0.113.10, tunnel keys in Secrets Manager.
    vpn: { customerGatewayIp: '203.0.113.10', bgpAsn: 65010, onPremCidrs: ['10.100.0.0/16'] },
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
