#!/usr/bin/env node
/**
 * The default gateway as a CDK app: `npx cdk synth` (or `cdk deploy`). Environment-agnostic (no
 * account, no lookups); the on-premises details come from the `hybrid-ai:*` context keys in
 * cdk.json, which you replace with your own (or pass with `-c hybrid-ai:onPremCidr=…`).
 * Every synth runs the AWS Solutions, HIPAA Security, NIST 800-53 R5 and PCI DSS 3.2.1 packs.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { HybridAiStack, PrivateBackend } from '../lib';

const app = new App();

function setting(key: string): string {
  const value: unknown = app.node.tryGetContext(`hybrid-ai:${key}`);
  if (value === undefined || value === null || value === '') {
    throw new Error(`context hybrid-ai:${key} is not set; add it to cdk.json or pass -c hybrid-ai:${key}=…`);
  }
  return String(value);
}

const onPremCidr = setting('onPremCidr');
new HybridAiStack(app, 'HybridAi', {
  description: 'hybrid-ai-cdk: one OpenAI-compatible endpoint routing by data sensitivity',
  privateBackend: PrivateBackend.external({ url: setting('privateBackendUrl'), cidr: onPremCidr }),
  vpn: {
    customerGatewayIp: setting('customerGatewayIp'),
    bgpAsn: Number(setting('customerGatewayAsn')),
    onPremCidrs: [onPremCidr],
  },
});

Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app),
  new HIPAASecurityChecks(app),
  new NIST80053R5Checks(app),
  new PCIDSS321Checks(app),
);
