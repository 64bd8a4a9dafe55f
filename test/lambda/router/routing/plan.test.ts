import type { Decision, ModelAlias } from '../../../../lib/policy/types';
import { planTargets } from '../../../../lambda/router/routing/plan';

const alias: ModelAlias = {
  private: { backend: 'private', model: 'llama' },
  cloud: [{ backend: 'bedrock', model: 'claude' }],
};

function decision(route: Decision['route'], sensitive: boolean, redact: Decision['redact'] = []): Decision {
  return { route, sensitive, categories: [], reasons: [], redact, policyVersion: 'v1' };
}

const order = (d: Decision) =>
  planTargets(d, alias, () => 0).map((t) => `${t.side}:${t.backend}${t.redacted ? ':redacted' : ''}`);

describe('planTargets (DESIGN section 6)', () => {
  it('sends a sensitive request to private only', () => {
    expect(order(decision('private', true))).toEqual(['private:private']);
  });

  it('sends a non-sensitive request to the cloud first, private as the fallback', () => {
    expect(order(decision('cloud', false))).toEqual(['cloud:bedrock', 'private:private']);
  });

  it('under private-first, tries private then bursts to the cloud', () => {
    expect(order(decision('private', false))).toEqual(['private:private', 'cloud:bedrock']);
  });

  it('sends the redacted copy to the cloud and the original to private', () => {
    expect(order(decision('redact-then-cloud', true, ['pii.email']))).toEqual([
      'cloud:bedrock:redacted',
      'private:private',
    ]);
  });

  it('plans nothing for a blocked request', () => {
    expect(order(decision('block', true))).toEqual([]);
  });

  it('fails closed to private for a contradictory decision (sensitive yet routed to the cloud)', () => {
    expect(order(decision('cloud', true))).toEqual(['private:private']);
  });

  it('keeps a private-only alias private whatever the decision', () => {
    const privateOnly: ModelAlias = { private: alias.private, cloud: [] };
    expect(planTargets(decision('cloud', false), privateOnly, () => 0).map((t) => t.side)).toEqual([
      'private',
    ]);
  });
});
