import type { Decision } from '../../../../lib/policy/types';
import type { Backend } from '../../../../lambda/router/backends/types';
import { assertCloudAllowed, CloudGuardError, markRedacted } from '../../../../lambda/router/routing/guard';

const backend = (placement: 'private' | 'cloud') =>
  ({ name: placement === 'cloud' ? 'bedrock' : 'private', placement }) as Backend;
const decision = (route: Decision['route'], sensitive: boolean): Decision => ({
  route,
  sensitive,
  categories: [],
  reasons: [],
  redact: route === 'redact-then-cloud' ? ['pii.email'] : [],
  policyVersion: 'v1',
});

describe('the cloud guard', () => {
  it('lets a non-sensitive cloud decision through', () => {
    expect(() => assertCloudAllowed(backend('cloud'), decision('cloud', false), {})).not.toThrow();
  });

  it('stops a sensitive request from reaching a cloud backend, whatever the route says', () => {
    expect(() => assertCloudAllowed(backend('cloud'), decision('cloud', true), {})).toThrow(CloudGuardError);
    expect(() => assertCloudAllowed(backend('cloud'), decision('private', true), {})).toThrow(
      CloudGuardError,
    );
  });

  it('stops a blocked request', () => {
    expect(() => assertCloudAllowed(backend('cloud'), decision('block', false), {})).toThrow(CloudGuardError);
  });

  it('under redact-then-cloud, admits only the redacted copy', () => {
    const original = { messages: [] };
    const copy = { messages: [] };
    markRedacted(copy);
    expect(() => assertCloudAllowed(backend('cloud'), decision('redact-then-cloud', true), original)).toThrow(
      CloudGuardError,
    );
    expect(() =>
      assertCloudAllowed(backend('cloud'), decision('redact-then-cloud', true), copy),
    ).not.toThrow();
  });

  it('never stands in the way of a private backend', () => {
    expect(() => assertCloudAllowed(backend('private'), decision('private', true), {})).not.toThrow();
  });
});
