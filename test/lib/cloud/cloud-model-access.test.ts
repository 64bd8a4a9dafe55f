import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { BedrockModel } from '../../../lib/cloud/bedrock-model';
import { CloudModelAccess, type CloudModelAccessProps } from '../../../lib/cloud/cloud-model-access';
import { projectApp } from '../support/app';

const HAIKU = BedrockModel.inferenceProfile('us.anthropic.claude-3-5-haiku-20241022-v1:0');
const NOVA = BedrockModel.foundationModel('amazon.nova-lite-v1:0');

function granted(props: Partial<CloudModelAccessProps> = {}): {
  template: Template;
  access: CloudModelAccess;
} {
  const stack = new Stack(projectApp(), 'Test');
  const access = new CloudModelAccess(stack, 'Cloud', { models: [HAIKU, NOVA], ...props });
  const role = new iam.Role(stack, 'Router', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  access.grantInvoke(role);
  return { template: Template.fromStack(stack), access };
}

function policyStatements(template: Template): Record<string, unknown>[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy'));
  return policies.flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement as Record<string, unknown>[],
  );
}

describe('CloudModelAccess', () => {
  test('grantInvoke allows the Bedrock invoke actions on exactly the allowed models, never a wildcard', () => {
    const { template } = granted();
    const bedrock = policyStatements(template).filter((s) =>
      JSON.stringify(s.Action).includes('bedrock:Invoke'),
    );
    const text = JSON.stringify(bedrock);
    expect(text).toContain('inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0');
    expect(text).toContain('foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0');
    expect(text).toContain('foundation-model/amazon.nova-lite-v1:0');
    expect(text).not.toMatch(/foundation-model\/\*|"\*"/);
  });

  test('creates no guardrail unless asked', () => {
    const { template } = granted();
    template.resourceCountIs('AWS::Bedrock::Guardrail', 0);
  });

  test('guardrail creates a KMS-encrypted guardrail with content filters and a version, and grants ApplyGuardrail', () => {
    const { template } = granted({
      guardrail: { filterStrength: 'MEDIUM', blockedMessage: 'Blocked by policy.' },
    });
    template.hasResourceProperties('AWS::Bedrock::Guardrail', {
      KmsKeyArn: Match.anyValue(),
      BlockedInputMessaging: 'Blocked by policy.',
      ContentPolicyConfig: {
        FiltersConfig: Match.arrayWith([
          { Type: 'HATE', InputStrength: 'MEDIUM', OutputStrength: 'MEDIUM' },
          { Type: 'PROMPT_ATTACK', InputStrength: 'MEDIUM', OutputStrength: 'NONE' },
        ]),
      },
    });
    template.resourceCountIs('AWS::Bedrock::GuardrailVersion', 1);
    expect(JSON.stringify(policyStatements(template))).toContain('bedrock:ApplyGuardrail');
  });

  test('grantInvoke lets the router apply exactly that guardrail (Converse with guardrailConfig needs it) and decrypt it', () => {
    // GIVEN
    const { template } = granted({ guardrail: {} });
    const [guardrailId] = Object.keys(template.findResources('AWS::Bedrock::Guardrail'));
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    // THEN ApplyGuardrail is granted on the guardrail's ARN, not on a wildcard
    expect(policyStatements(template)).toContainEqual(
      expect.objectContaining({
        Action: 'bedrock:ApplyGuardrail',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [guardrailId, 'GuardrailArn'] },
      }),
    );
    // AND the key the guardrail is encrypted with may decrypt for the router
    expect(policyStatements(template)).toContainEqual(
      expect.objectContaining({
        Action: 'kms:Decrypt',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [keyId, 'Arn'] },
      }),
    );
  });

  test('providers get one KMS-encrypted secret each, readable by the grantee', () => {
    const { template, access } = granted({
      providers: [{ name: 'acme-llm', baseUrl: 'https://api.acme-llm.example/v1' }],
    });
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      KmsKeyId: Match.anyValue(),
      Description: Match.stringLikeRegexp("'acme-llm'"),
    });
    expect(access.providers.map((p) => p.name)).toEqual(['acme-llm']);
    expect(JSON.stringify(policyStatements(template))).toContain('secretsmanager:GetSecretValue');
  });

  test('fails when the model list is empty', () => {
    expect(() => new CloudModelAccess(new Stack(projectApp(), 'Test'), 'Cloud', { models: [] })).toThrow(
      /models must list at least one Bedrock model/,
    );
  });

  test('fails when a provider name is reserved', () => {
    expect(() => granted({ providers: [{ name: 'bedrock', baseUrl: 'https://api.example/v1' }] })).toThrow(
      /provider name must be .*, got 'bedrock'/,
    );
  });

  test('fails when two providers share a name', () => {
    const provider = { name: 'acme', baseUrl: 'https://api.acme.example/v1' };
    expect(() => granted({ providers: [provider, provider] })).toThrow(/provider name 'acme' is used twice/);
  });

  test('fails when a provider URL is not https', () => {
    expect(() => granted({ providers: [{ name: 'acme', baseUrl: 'http://api.acme.example/v1' }] })).toThrow(
      /provider acme baseUrl must use https/,
    );
  });
});
