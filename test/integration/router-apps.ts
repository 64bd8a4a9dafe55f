import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Stack, type App } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { createApp as customPolicyApp } from '../../examples/custom-policy/app';
import { createApp as minimalApp } from '../../examples/minimal/app';
import { createApp as privateLinkApp } from '../../examples/privatelink/app';
import { BedrockModel } from '../../lib/cloud/bedrock-model';
import { CloudModelAccess } from '../../lib/cloud/cloud-model-access';
import { PrivateBackend } from '../../lib/gpu-cluster/private-backend';
import { HybridNetwork } from '../../lib/network/hybrid-network';
import { ClassifierRouter } from '../../lib/router/classifier-router';
import { PolicySource } from '../../lib/router/policy-source';
import { RouterAuthorization } from '../../lib/router/router-authorization';
import { RUNTIME_ENV } from '../../lib/router/runtime-env';
import { projectApp, synthBinApp } from '../lib/support/app';
import type { CfnTemplate } from './cfn-literals';

export const ROOT = path.resolve(__dirname, '..', '..');

/** One synthesized stack that holds a router Lambda. */
export interface RouterApp {
  readonly name: string;
  readonly template: CfnTemplate;
  /** The cloud assembly directory (staged assets and asset manifests live there). */
  readonly assemblyDir: string;
  /** The stack's artifact id, the prefix of its `.assets.json`. */
  readonly artifactId: string;
}

/** The router Lambda of a template: the one function whose environment names the private backend. */
export function routerFunctionOf(template: CfnTemplate): {
  logicalId: string;
  properties: Record<string, unknown>;
} {
  const routers = Object.entries(template.Resources).filter(
    ([, resource]) =>
      resource.Type === 'AWS::Lambda::Function' &&
      (resource.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.[
        RUNTIME_ENV.PRIVATE_URL
      ] !== undefined,
  );
  if (routers.length !== 1) throw new Error(`expected one router function, found ${routers.length}`);
  const [logicalId, resource] = routers[0];
  return { logicalId, properties: resource.Properties ?? {} };
}

/** bin/hybrid-ai.ts run the way `cdk synth` runs it: a child process with cdk.json's context, no AWS credentials. */
export function synthDefaultApp(outdir: string): RouterApp {
  synthBinApp(outdir);
  const template = JSON.parse(
    fs.readFileSync(path.join(outdir, 'HybridAi.template.json'), 'utf8'),
  ) as CfnTemplate;
  return { name: 'bin/hybrid-ai.ts', template, assemblyDir: outdir, artifactId: 'HybridAi' };
}

/** An example's `createApp`, synthesized with the project configuration; the stack that holds the router. */
export function synthExampleApp(name: string, createApp: (app: App) => App): RouterApp {
  const assembly = createApp(projectApp()).synth();
  const withRouter = assembly.stacks.filter((stack) => {
    try {
      routerFunctionOf(stack.template as CfnTemplate);
      return true;
    } catch {
      return false;
    }
  });
  if (withRouter.length !== 1)
    throw new Error(`${name}: expected one stack with a router, found ${withRouter.length}`);
  const [stack] = withRouter;
  return {
    name,
    template: stack.template as CfnTemplate,
    assemblyDir: assembly.directory,
    artifactId: stack.id,
  };
}

export const EXAMPLES: readonly (readonly [string, (app: App) => App])[] = [
  ['examples/minimal', minimalApp],
  ['examples/privatelink', privateLinkApp],
  ['examples/custom-policy', customPolicyApp],
];

/**
 * A router with every option that adds to its environment: a private backend API key, a
 * third-party provider, Cognito claims, and the policy in SSM (or inline), so the contract covers
 * the variables no example sets.
 */
export function synthEveryOptionRouter(policySource: 'ssm' | 'inline'): RouterApp {
  const app = projectApp();
  const stack = new Stack(app, `EveryOption-${policySource}`);
  const network = new HybridNetwork(stack, 'Network', { internetEgress: true });
  const cloudModels = new CloudModelAccess(stack, 'Cloud', {
    models: [BedrockModel.inferenceProfile('us.anthropic.claude-3-5-haiku-20241022-v1:0')],
    guardrail: {},
    providers: [{ name: 'acme', baseUrl: 'https://api.acme.example/v1' }],
  });
  const router = new ClassifierRouter(stack, 'Router', {
    vpc: network.vpc,
    vpcSubnets: network.routerSubnets,
    privateBackend: PrivateBackend.external({
      url: 'https://vllm.corp.example/v1',
      cidr: '10.100.0.0/16',
      apiKeySecret: new secretsmanager.Secret(stack, 'VllmApiKey'),
    }),
    cloudModels,
    policy: {
      version: `every-option-${policySource}`,
      modelAliases: {
        'chat-default': {
          private: { backend: 'private', model: 'meta-llama/Llama-3.1-8B-Instruct' },
          cloud: [
            { backend: 'acme', model: 'acme-large', weight: 1 },
            { backend: 'bedrock', model: 'us.anthropic.claude-3-5-haiku-20241022-v1:0', weight: 1 },
          ],
        },
      },
    },
    authorization: RouterAuthorization.cognito({
      userPools: [new cognito.UserPool(stack, 'Users')],
      departmentClaims: ['custom:org_unit'],
    }),
    policySource: policySource === 'ssm' ? PolicySource.ssmParameter() : PolicySource.inline(),
    environmentName: 'staging',
  });
  network.allowEndpointAccess(router);
  const assembly = app.synth();
  return {
    name: `ClassifierRouter with every option, policy ${policySource}`,
    template: assembly.getStackByName(stack.stackName).template as CfnTemplate,
    assemblyDir: assembly.directory,
    artifactId: stack.artifactId,
  };
}

export function temporaryOutdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-ai-contract-'));
}
