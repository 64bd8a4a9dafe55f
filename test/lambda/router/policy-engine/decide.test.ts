import type { CategoryId, TopicCategoryId } from '../../../../lib/policy/categories';
import { DEFAULT_POLICY, resolvePolicy } from '../../../../lib/policy/defaults';
import type { RoutingPolicy } from '../../../../lib/policy/types';
import { decide, type DetectionSummary } from '../../../../lambda/router/policy-engine/decide';

function found(
  categories: Partial<Record<CategoryId, number>> = {},
  topicScores: Partial<Record<TopicCategoryId, number>> = {},
  attachments = 0,
): DetectionSummary {
  return {
    categories: Object.entries(categories).map(([id, count]) => ({
      id: id as CategoryId,
      count: count as number,
    })),
    topicScores,
    attachments,
  };
}

const NOTHING = found();
const policy = (doc: RoutingPolicy) => resolvePolicy(doc);

describe('decide: non-sensitive requests', () => {
  test('go to the cloud under the default cloud-first strategy', () => {
    // WHEN
    const decision = decide(NOTHING, {}, DEFAULT_POLICY);
    // THEN
    expect(decision).toEqual({
      route: 'cloud',
      sensitive: false,
      categories: [],
      reasons: ['strategy.cloud_first'],
      redact: [],
      policyVersion: 'default',
    });
  });

  test('go private but stay non-sensitive under private-first, so the gateway may burst to the cloud', () => {
    const decision = decide(NOTHING, {}, policy({ nonSensitiveStrategy: 'private-first' }));
    expect(decision).toMatchObject({
      route: 'private',
      sensitive: false,
      reasons: ['strategy.private_first'],
    });
  });

  test('carry the policy version', () => {
    expect(decide(NOTHING, {}, policy({ version: '2025-06-01.2' })).policyVersion).toBe('2025-06-01.2');
  });
});

describe('decide: detections', () => {
  test('a private category routes private with a category reason and its count', () => {
    const decision = decide(found({ 'pii.ssn': 2 }), {}, DEFAULT_POLICY);
    expect(decision).toMatchObject({
      route: 'private',
      sensitive: true,
      categories: [{ id: 'pii.ssn', count: 2 }],
      reasons: ['category.pii.ssn'],
    });
  });

  test('every private category found is a reason', () => {
    const decision = decide(found({ 'fin.iban': 1, 'pii.email': 3 }), {}, DEFAULT_POLICY);
    expect(decision.reasons).toEqual(['category.fin.iban', 'category.pii.email']);
  });

  test('block beats private', () => {
    const decision = decide(
      found({ 'pii.ssn': 1, 'secret.aws_key': 1 }),
      {},
      policy({ categories: { 'secret.aws_key': 'block' } }),
    );
    expect(decision).toMatchObject({
      route: 'block',
      sensitive: true,
      reasons: ['action.block.secret.aws_key'],
    });
  });

  test('private beats redact-then-cloud, and nothing is marked for redaction', () => {
    const decision = decide(
      found({ 'pii.email': 1, 'pii.ssn': 1 }),
      {},
      policy({ categories: { 'pii.email': 'redact-then-cloud' } }),
    );
    expect(decision).toMatchObject({ route: 'private', reasons: ['category.pii.ssn'], redact: [] });
  });

  test('only redactable categories route redact-then-cloud, listing what to redact', () => {
    const decision = decide(
      found({ 'pii.email': 1, 'pii.phone': 2 }),
      {},
      policy({ categories: { 'pii.email': 'redact-then-cloud', 'pii.phone': 'redact-then-cloud' } }),
    );
    expect(decision).toMatchObject({
      route: 'redact-then-cloud',
      sensitive: true,
      reasons: ['action.redact.pii.email', 'action.redact.pii.phone'],
      redact: ['pii.email', 'pii.phone'],
    });
  });

  test('a category id the policy does not know is kept private', () => {
    const unknown = {
      categories: [{ id: 'pii.future_id' as CategoryId, count: 1 }],
      topicScores: {},
      attachments: 0,
    };
    expect(decide(unknown, {}, DEFAULT_POLICY)).toMatchObject({
      route: 'private',
      reasons: ['category.pii.future_id'],
    });
  });
});

describe('decide: topics', () => {
  test('a score at the threshold makes the topic a category and routes private', () => {
    const decision = decide(found({}, { 'topic.legal': 0.1, 'topic.hr': 0.09 }), {}, DEFAULT_POLICY);
    expect(decision).toMatchObject({
      route: 'private',
      sensitive: true,
      categories: [{ id: 'topic.legal', count: 1 }],
      reasons: ['topic.legal'],
    });
  });

  test('thresholds come from the policy', () => {
    const strict = policy({ topics: { thresholds: { 'topic.hr': 0.9 } } });
    expect(decide(found({}, { 'topic.hr': 0.8 }), {}, strict).route).toBe('cloud');
  });

  test('a topic whose action is block blocks', () => {
    const decision = decide(
      found({}, { 'topic.hr': 0.7 }),
      {},
      policy({ categories: { 'topic.hr': 'block' } }),
    );
    expect(decision).toMatchObject({ route: 'block', reasons: ['action.block.topic.hr'] });
  });

  test('a topic cannot be redacted, so a redact-then-cloud action on it keeps it private', () => {
    const handBuilt = {
      ...DEFAULT_POLICY,
      categories: { ...DEFAULT_POLICY.categories, 'topic.financial': 'redact-then-cloud' as const },
    };
    expect(decide(found({}, { 'topic.financial': 0.9 }), {}, handBuilt)).toMatchObject({
      route: 'private',
      redact: [],
    });
  });

  test('a NaN score fails closed', () => {
    expect(decide(found({}, { 'topic.healthcare': Number.NaN }), {}, DEFAULT_POLICY).route).toBe('private');
  });

  test('scores are ignored when the policy disables topics', () => {
    const decision = decide(found({}, { 'topic.legal': 0.99 }), {}, policy({ topics: { enabled: false } }));
    expect(decision).toMatchObject({ route: 'cloud', categories: [] });
  });
});

describe('decide: attachments', () => {
  test.each([
    ['private', 'private', ['attachment']],
    ['block', 'block', ['attachment']],
    ['cloud', 'cloud', ['strategy.cloud_first']],
  ] as const)('attachments %s: a request with an image routes %s', (attachments, route, reasons) => {
    const decision = decide(found({}, {}, 1), {}, policy({ attachments }));
    expect(decision).toMatchObject({ route, reasons });
  });

  test('a request without attachments is not affected by the attachments rule', () => {
    expect(decide(NOTHING, {}, policy({ attachments: 'block' })).route).toBe('cloud');
  });
});

describe('decide: classifier failures fail closed', () => {
  test.each([
    ['error', 'classifier.error'],
    ['timeout', 'classifier.timeout'],
  ] as const)('a classifier %s routes private, sensitive, with reason %s', (failure, reason) => {
    const decision = decide({ failure }, { environment: 'dev' }, DEFAULT_POLICY);
    expect(decision).toEqual({
      route: 'private',
      sensitive: true,
      categories: [],
      reasons: [reason],
      redact: [],
      policyVersion: 'default',
    });
  });

  test('a block override still blocks when classification failed', () => {
    const decision = decide(
      { failure: 'error' },
      { useCase: 'scraping' },
      policy({ useCases: { scraping: 'block' } }),
    );
    expect(decision).toMatchObject({ route: 'block', reasons: ['override.use_case.scraping'] });
  });
});

describe('decide: overrides', () => {
  // The override table of DESIGN section 5: [override, non-sensitive route, sensitive route].
  test.each([
    ['private', 'private', 'private'],
    ['block', 'block', 'block'],
    ['cloud', 'cloud', 'private'],
  ] as const)(
    'a %s override routes non-sensitive → %s and sensitive → %s',
    (override, plainRoute, sensitiveRoute) => {
      const withOverride = policy({
        nonSensitiveStrategy: 'private-first',
        departments: { research: override },
      });
      const context = { department: 'research' };
      expect(decide(NOTHING, context, withOverride).route).toBe(plainRoute);
      expect(decide(found({ 'phi.npi': 1 }), context, withOverride).route).toBe(sensitiveRoute);
    },
  );

  test('the default policy keeps legal, hr and executive private, as sensitive', () => {
    for (const department of ['legal', 'hr', 'executive']) {
      expect(decide(NOTHING, { department }, DEFAULT_POLICY)).toMatchObject({
        route: 'private',
        sensitive: true,
        reasons: [`override.department.${department}`],
      });
    }
  });

  test('the default dev environment sends non-sensitive traffic to the cloud under private-first', () => {
    const decision = decide(
      NOTHING,
      { environment: 'dev' },
      policy({ nonSensitiveStrategy: 'private-first' }),
    );
    expect(decision).toMatchObject({
      route: 'cloud',
      sensitive: false,
      reasons: ['override.environment.dev'],
    });
  });

  test('a detection in the dev environment still routes private', () => {
    const decision = decide(found({ 'pii.ssn': 1 }), { environment: 'dev' }, DEFAULT_POLICY);
    expect(decision).toMatchObject({ route: 'private', reasons: ['category.pii.ssn'] });
  });

  test('context names match case-insensitively and without padding', () => {
    expect(decide(NOTHING, { department: '  Legal ' }, DEFAULT_POLICY).reasons).toEqual([
      'override.department.legal',
    ]);
  });

  test('a private override and a detection are both reasons, override first', () => {
    const decision = decide(found({ 'pii.email': 1 }), { department: 'hr' }, DEFAULT_POLICY);
    expect(decision.reasons).toEqual(['override.department.hr', 'category.pii.email']);
  });

  test('use case and environment overrides have their own reason ids', () => {
    const overrides = policy({
      useCases: { 'contract-review': 'private' },
      environments: { prod: 'private' },
    });
    const decision = decide(NOTHING, { useCase: 'contract-review', environment: 'prod' }, overrides);
    expect(decision.reasons).toEqual(['override.use_case.contract-review', 'override.environment.prod']);
  });

  test('a block override beats a private override', () => {
    const overrides = policy({ departments: { legal: 'private' }, useCases: { export: 'block' } });
    expect(decide(NOTHING, { department: 'legal', useCase: 'export' }, overrides)).toMatchObject({
      route: 'block',
      reasons: ['override.use_case.export'],
    });
  });

  test('a name that is an Object.prototype property is not an override', () => {
    expect(decide(NOTHING, { department: 'constructor' }, DEFAULT_POLICY).route).toBe('cloud');
  });
});
