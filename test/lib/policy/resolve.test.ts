import { CATEGORY_IDS, TOPIC_CATEGORIES } from '../../../lib/policy/categories';
import { DEFAULT_POLICY, isResolvedPolicy, resolvePolicy } from '../../../lib/policy/defaults';
import { ROUTING_POLICY_SCHEMA } from '../../../lib/policy/schema';

describe('resolvePolicy', () => {
  test('a redact-then-cloud default keeps topics private, since a topic has no span to redact', () => {
    const policy = resolvePolicy({ defaultCategoryAction: 'redact-then-cloud' });
    for (const topic of TOPIC_CATEGORIES) expect(policy.categories[topic]).toBe('private');
    expect(policy.categories['pii.email']).toBe('redact-then-cloud');
  });

  test('a topic action given explicitly is kept', () => {
    expect(resolvePolicy({ categories: { 'topic.hr': 'block' } }).categories['topic.hr']).toBe('block');
  });

  test('marks what it returns as resolved, and nothing else', () => {
    expect(isResolvedPolicy(resolvePolicy({}))).toBe(true);
    expect(isResolvedPolicy(DEFAULT_POLICY)).toBe(true);
    expect(isResolvedPolicy({ ...DEFAULT_POLICY })).toBe(false);
    expect(isResolvedPolicy(undefined)).toBe(false);
  });
});

describe('ROUTING_POLICY_SCHEMA stays in step with the types', () => {
  test('it has a property for every field of a resolved policy (plus $schema)', () => {
    expect(Object.keys(ROUTING_POLICY_SCHEMA.properties).sort()).toEqual(
      ['$schema', ...Object.keys(DEFAULT_POLICY)].sort(),
    );
  });

  test('it lists every category id, and only those', () => {
    expect(Object.keys(ROUTING_POLICY_SCHEMA.properties.categories.properties).sort()).toEqual(
      [...CATEGORY_IDS].sort(),
    );
  });
});
