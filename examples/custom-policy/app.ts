/**
 * A gateway with the organisation's own routing policy: department and environment overrides,
 * custom patterns and dictionaries, per-category actions, model aliases with weighted cloud
 * targets, and callers identified by API keys. The policy is validated at synth: an unknown
 * category or a model the cloud allowlist lacks fails `cdk synth` with the fix.
 *
 *   npx cdk synth --app "npx tsx examples/custom-policy/app.ts"
 *
 * In your own project, import from 'hybrid-ai-cdk' instead of '../../lib'.
 */
import { App, Validations } from 'aws-cdk-lib';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import {
  BedrockModel,
  HybridAiStack,
  PolicySource,
  PrivateBackend,
  RouterAuthorization,
  type RoutingPolicy,
} from '../../lib';

export const POLICY: RoutingPolicy = {
  version: '2026-11-acme-1',
  // Secrets never go anywhere; e-mail addresses may go to the cloud once redacted.
  categories: {
    'secret.aws_key': 'block',
    'secret.private_key': 'block',
    'pii.email': 'redact-then-cloud',
  },
  departments: {
    legal: 'private',
    hr: 'private',
    executive: 'private',
    'r-and-d': 'private',
    marketing: 'cloud',
  },
  environments: { dev: 'cloud', test: 'cloud' },
  nonSensitiveStrategy: 'private-first',
  customPatterns: [{ name: 'contract-id', pattern: '\\bACME-C-[0-9]{6}\\b', flags: 'i' }],
  dictionaries: [{ name: 'codenames', terms: ['Bluebird', 'Nightjar', 'Project Kestrel'] }],
  modelAliases: {
    'chat-default': {
      private: { backend: 'private', model: 'meta-llama/Llama-3.1-8B-Instruct' },
      cloud: [
        { backend: 'bedrock', model: 'us.amazon.nova-lite-v1:0', weight: 3 },
        { backend: 'bedrock', model: 'us.anthropic.claude-3-5-haiku-20241022-v1:0', weight: 1 },
      ],
    },
    'chat-large': {
      private: { backend: 'private', model: 'meta-llama/Llama-3.3-70B-Instruct' },
      cloud: [{ backend: 'bedrock', model: 'us.anthropic.claude-sonnet-4-20250514-v1:0' }],
    },
    embed: {
      kind: 'embeddings',
      private: { backend: 'private', model: 'BAAI/bge-large-en-v1.5' },
      cloud: [],
    },
  },
};

export function createApp(app: App = new App()): App {
  new HybridAiStack(app, 'HybridAiCustomPolicy', {
    description: 'hybrid-ai-cdk with an organisation policy',
    policy: POLICY,
    privateBackend: PrivateBackend.external({ url: 'https://vllm.corp.example/v1', cidr: '10.100.0.0/16' }),
    vpn: { customerGatewayIp: '203.0.113.10', onPremCidrs: ['10.100.0.0/16'] },
    cloud: {
      models: [
        BedrockModel.inferenceProfile('us.amazon.nova-lite-v1:0'),
        BedrockModel.inferenceProfile('us.anthropic.claude-3-5-haiku-20241022-v1:0'),
        BedrockModel.inferenceProfile('us.anthropic.claude-sonnet-4-20250514-v1:0'),
      ],
      guardrail: { filterStrength: 'HIGH', blockedMessage: 'Blocked by the ACME AI usage policy.' },
    },
    router: {
      authorization: RouterAuthorization.apiKeys({ dailyQuota: 20_000 }),
      // Policy changes roll out in 10% steps; routers pick them up within a minute.
      policySource: PolicySource.appConfig({
        rolloutStrategy: appconfig.RolloutStrategy.CANARY_10_PERCENT_20_MINUTES,
        cacheSeconds: 60,
      }),
      environmentName: 'prod',
      throttle: { rateLimit: 100, burstLimit: 200 },
    },
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
