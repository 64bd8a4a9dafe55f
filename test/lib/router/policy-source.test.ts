import { Match, Template } from 'aws-cdk-lib/assertions';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import * as kms from 'aws-cdk-lib/aws-kms';
import { PolicySource } from '../../../lib/router/policy-source';
import { RUNTIME_ENV } from '../../../lib/router/runtime-env';
import { routerFixture } from './fixture';

function environmentOf(template: Template): Record<string, unknown> {
  const [fn] = Object.values(
    template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } }),
  );
  return fn.Properties.Environment.Variables as Record<string, unknown>;
}

const POLICY = { version: '2026-11-01', departments: { legal: 'private' as const } };

describe('PolicySource', () => {
  test('appConfig hosts the synth-time policy document and rolls it out with the chosen strategy and cache', () => {
    const template = Template.fromStack(
      routerFixture({
        policy: POLICY,
        policySource: PolicySource.appConfig({
          rolloutStrategy: appconfig.RolloutStrategy.ALL_AT_ONCE,
          cacheSeconds: 60,
        }),
      }).stack,
    );
    template.hasResourceProperties('AWS::AppConfig::HostedConfigurationVersion', {
      Content: JSON.stringify(POLICY),
    });
    template.hasResourceProperties('AWS::AppConfig::DeploymentStrategy', {
      DeploymentDurationInMinutes: 0,
      GrowthFactor: 100,
    });
    expect(environmentOf(template)[RUNTIME_ENV.POLICY_TTL_SECONDS]).toBe('60');
  });

  test('ssmParameter stores the policy in a new parameter and lets the router read it', () => {
    const template = Template.fromStack(
      routerFixture({ policy: POLICY, policySource: PolicySource.ssmParameter() }).stack,
    );
    template.hasResourceProperties('AWS::SSM::Parameter', {
      Type: 'String',
      Value: JSON.stringify(POLICY),
      Tier: 'Standard',
    });
    template.resourceCountIs('AWS::AppConfig::Application', 0);
    const env = environmentOf(template);
    expect(env[RUNTIME_ENV.POLICY_SOURCE]).toBe('ssm');
    expect(env[RUNTIME_ENV.POLICY_PARAMETER]).toEqual({ Ref: expect.stringMatching(/PolicyParameter/) });
    expect(JSON.stringify(template.findResources('AWS::IAM::ManagedPolicy'))).toContain('ssm:GetParameter');
  });

  test('ssmParameter with parameterName reads an existing SecureString and may decrypt it with its key', () => {
    const fixture = routerFixture((vpc) => ({
      policySource: PolicySource.ssmParameter({
        parameterName: '/org/ai/policy',
        parameterKey: new kms.Key(vpc.stack, 'ParameterKey'),
      }),
    }));
    const template = Template.fromStack(fixture.stack);
    template.resourceCountIs('AWS::SSM::Parameter', 0);
    expect(environmentOf(template)[RUNTIME_ENV.POLICY_PARAMETER]).toBe('/org/ai/policy');
    const grants = JSON.stringify(template.findResources('AWS::IAM::ManagedPolicy'));
    expect(grants).toContain('parameter/org/ai/policy');
    expect(grants).toMatch(/"kms:Decrypt".*ParameterKey/);
  });

  test('inline puts the policy JSON in the (encrypted) Lambda environment', () => {
    const template = Template.fromStack(
      routerFixture({ policy: POLICY, policySource: PolicySource.inline() }).stack,
    );
    expect(environmentOf(template)).toMatchObject({
      [RUNTIME_ENV.POLICY_SOURCE]: 'inline',
      [RUNTIME_ENV.POLICY_JSON]: JSON.stringify(POLICY),
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      KmsKeyArn: Match.anyValue(),
    });
  });

  test('fails when an inline policy is too large for the Lambda environment', () => {
    const big = {
      dictionaries: [
        { name: 'codenames', terms: Array.from({ length: 400 }, (_, i) => `project-codename-${i}`) },
      ],
    };
    expect(() => routerFixture({ policy: big, policySource: PolicySource.inline() })).toThrow(
      /an inline policy must stay under 3072 bytes .*use PolicySource\.appConfig\(\)/,
    );
  });

  test('the JSON-schema validator fits the 32,768 characters AppConfig accepts', () => {
    const template = Template.fromStack(routerFixture().stack);
    const [profile] = Object.values(template.findResources('AWS::AppConfig::ConfigurationProfile'));
    const [validator] = profile.Properties.Validators as { Content: string }[];
    expect(validator.Content.length).toBeLessThanOrEqual(32768);
    expect(JSON.parse(validator.Content)).toMatchObject({ type: 'object' });
  });

  test('fails when the AppConfig cache is shorter than AppConfig allows', () => {
    expect(() => PolicySource.appConfig({ cacheSeconds: 5 })).toThrow(
      /cacheSeconds must be an integer between 15 and 3600, got 5/,
    );
  });
});
