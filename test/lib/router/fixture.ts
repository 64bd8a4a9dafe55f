import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { BedrockModel } from '../../../lib/cloud/bedrock-model';
import { CloudModelAccess, type CloudModelAccessProps } from '../../../lib/cloud/cloud-model-access';
import { PrivateBackend } from '../../../lib/gpu-cluster/private-backend';
import { ClassifierRouter, type ClassifierRouterProps } from '../../../lib/router/classifier-router';
import { INLINE_CODE, projectApp } from '../support/app';

/** The Bedrock models the default policy names. */
export const DEFAULT_POLICY_MODELS = [
  BedrockModel.inferenceProfile('us.anthropic.claude-3-5-haiku-20241022-v1:0'),
  BedrockModel.inferenceProfile('us.anthropic.claude-sonnet-4-20250514-v1:0'),
];

export interface RouterFixture {
  readonly stack: Stack;
  readonly vpc: ec2.Vpc;
  readonly router: ClassifierRouter;
}

/** A router in an isolated VPC with an on-premises backend, the default policy's models and inline code. */
export function routerFixture(
  props: Partial<ClassifierRouterProps> | ((vpc: ec2.Vpc) => Partial<ClassifierRouterProps>) = {},
  cloud: Partial<CloudModelAccessProps> = {},
): RouterFixture {
  const stack = new Stack(projectApp(), 'Test');
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    natGateways: 0,
    subnetConfiguration: [{ name: 'Router', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  const cloudModels = new CloudModelAccess(stack, 'Cloud', { models: DEFAULT_POLICY_MODELS, ...cloud });
  const router = new ClassifierRouter(stack, 'Router', {
    vpc,
    privateBackend: PrivateBackend.external({ url: 'https://vllm.corp.example/v1', cidr: '10.100.0.0/16' }),
    cloudModels,
    code: INLINE_CODE,
    ...(typeof props === 'function' ? props(vpc) : props),
  });
  return { stack, vpc, router };
}
