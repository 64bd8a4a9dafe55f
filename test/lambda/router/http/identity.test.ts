import { resolvePolicy } from '../../../../lib/policy/defaults';
import {
  claimNamesFromEnv,
  identityFromAuthorizer,
  requestContextOf,
} from '../../../../lambda/router/http/identity';

describe('caller identity', () => {
  it('takes the IAM caller ARN as principal', () => {
    const id = identityFromAuthorizer({ identity: { userArn: 'arn:aws:iam::1:role/app', apiKeyId: 'k1' } });
    expect(id.principal).toBe('arn:aws:iam::1:role/app');
  });

  it('takes department and use case from JWT claims (Cognito custom attributes included)', () => {
    const id = identityFromAuthorizer({
      authorizer: { claims: { sub: 'u-1', 'custom:department': 'Legal', use_case: 'contracts' } },
    });
    expect(id).toEqual({ principal: 'u-1', department: 'Legal', useCase: 'contracts' });
  });

  it('reads HTTP-API style JWT claims and a Lambda authorizer context', () => {
    expect(
      identityFromAuthorizer({ authorizer: { jwt: { claims: { sub: 's', department: 'hr' } } } }).department,
    ).toBe('hr');
    expect(identityFromAuthorizer({ authorizer: { principalId: 'p', department: 'finance' } })).toMatchObject(
      { principal: 'p', department: 'finance' },
    );
  });

  it('falls back to the API key id', () => {
    expect(identityFromAuthorizer({ identity: { apiKeyId: 'abc' } }).principal).toBe('apikey:abc');
  });

  it('uses the claim names configured in the environment', () => {
    const names = claimNamesFromEnv({ HYBRID_AI_DEPARTMENT_CLAIMS: 'org_unit' });
    expect(
      identityFromAuthorizer(
        { authorizer: { claims: { sub: 's', org_unit: 'ops', department: 'x' } } },
        names,
      ).department,
    ).toBe('ops');
  });

  it('has no principal when nothing verified the caller', () => {
    expect(identityFromAuthorizer(undefined).principal).toBeUndefined();
  });
});

describe('request context', () => {
  const headers = { 'x-hybrid-ai-department': 'marketing', 'x-hybrid-ai-use-case': 'copy' };

  it('ignores client-set context headers by default', () => {
    expect(requestContextOf({ principal: 'p' }, headers, resolvePolicy({}), 'prod')).toEqual({
      department: undefined,
      useCase: undefined,
      environment: 'prod',
    });
  });

  it('uses them when the policy allows, but never over the verified identity', () => {
    const policy = resolvePolicy({ identity: { allowClientContextHeaders: true } });
    expect(requestContextOf({ principal: 'p', department: 'legal' }, headers, policy, 'prod')).toEqual({
      department: 'legal',
      useCase: 'copy',
      environment: 'prod',
    });
  });
});
