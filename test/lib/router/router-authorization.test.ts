import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { RouterAuthorization } from '../../../lib/router/router-authorization';
import { RUNTIME_ENV } from '../../../lib/router/runtime-env';
import { routerFixture } from './fixture';

describe('RouterAuthorization', () => {
  test('apiKeys requires a key on every method and throttles keys through a usage plan with a daily quota', () => {
    const { stack, router } = routerFixture({
      authorization: RouterAuthorization.apiKeys({ dailyQuota: 10000 }),
      throttle: { rateLimit: 10, burstLimit: 20 },
    });
    const template = Template.fromStack(stack);
    template.resourcePropertiesCountIs(
      'AWS::ApiGateway::Method',
      { ApiKeyRequired: true, AuthorizationType: 'NONE' },
      4,
    );
    template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      Throttle: { RateLimit: 10, BurstLimit: 20 },
      Quota: { Limit: 10000, Period: 'DAY' },
      ApiStages: [Match.objectLike({ Stage: { Ref: Match.stringLikeRegexp('DeploymentStage') } })],
    });
    expect(router.usagePlan).toBeDefined();
  });

  test('cognito authorizes every method with the user pools and passes the claim names to the router', () => {
    const fixture = routerFixture((vpc) => ({
      authorization: RouterAuthorization.cognito({
        userPools: [new cognito.UserPool(vpc.stack, 'Users')],
        departmentClaims: ['custom:dept'],
        useCaseClaims: ['custom:app'],
        scopes: ['gateway/invoke'],
      }),
    }));
    const template = Template.fromStack(fixture.stack);
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      ProviderARNs: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('Users'), 'Arn'] }],
    });
    template.resourcePropertiesCountIs(
      'AWS::ApiGateway::Method',
      { AuthorizationType: 'COGNITO_USER_POOLS', AuthorizationScopes: ['gateway/invoke'] },
      4,
    );
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          [RUNTIME_ENV.DEPARTMENT_CLAIMS]: 'custom:dept',
          [RUNTIME_ENV.USE_CASE_CLAIMS]: 'custom:app',
        }),
      },
    });
  });

  test('cognito defaults the claim names to custom:department/department and custom:use_case/use_case', () => {
    const fixture = routerFixture((vpc) => ({
      authorization: RouterAuthorization.cognito({ userPools: [new cognito.UserPool(vpc.stack, 'Users')] }),
    }));
    Template.fromStack(fixture.stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          [RUNTIME_ENV.DEPARTMENT_CLAIMS]: 'custom:department,department',
          [RUNTIME_ENV.USE_CASE_CLAIMS]: 'custom:use_case,use_case',
        }),
      },
    });
  });

  test('fails when cognito has no user pool', () => {
    expect(() => RouterAuthorization.cognito({ userPools: [] })).toThrow(
      /cognito authorization needs at least one user pool/,
    );
  });

  test('fails when a claim name holds a comma, which separates names in the environment', () => {
    expect(() =>
      RouterAuthorization.cognito({ userPools: [{} as cognito.IUserPool], departmentClaims: ['a,b'] }),
    ).toThrow(/claim names hold letters, digits and ':_\.-' only, got 'a,b'/);
  });

  test('fails when the daily quota is not a positive integer', () => {
    expect(() => RouterAuthorization.apiKeys({ dailyQuota: 0 })).toThrow(
      /dailyQuota must be a positive integer, got 0/,
    );
  });
});
