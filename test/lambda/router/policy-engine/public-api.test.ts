import {
  classify,
  decide,
  DEFAULT_POLICY,
  loadPolicy,
  PolicyValidationError,
  resolvePolicy,
  validatePolicy,
} from '../../../../lambda/router';

// A budget a loaded test machine cannot overrun, so routes depend on content alone.
const RELAXED = { classification: { timeBudgetMs: 10_000 } };
const CLEAN_TEXT = 'Suggest three names for a neighbourhood bakery.';

describe('hybrid-ai-cdk/router: classify', () => {
  test('uses the default policy when none is given', () => {
    // WHEN (the default policy keeps the legal department private)
    const decision = classify(CLEAN_TEXT, { department: 'legal' });
    // THEN
    expect(decision).toMatchObject({ route: 'private', sensitive: true, policyVersion: 'default' });
    expect(decision.reasons).toContain('override.department.legal');
    expect(Object.keys(decision.timings).sort()).toEqual(['decideUs', 'detectUs', 'totalUs']);
  });

  test('accepts an OpenAI chat request and a context', () => {
    const request = {
      model: 'chat-default',
      messages: [{ role: 'user', content: 'My SSN is 584-15-7902.' }],
    };
    const decision = classify(request, { department: 'hr' }, RELAXED);
    expect(decision).toMatchObject({
      route: 'private',
      sensitive: true,
      reasons: ['override.department.hr', 'category.pii.ssn'],
    });
  });

  test('accepts a policy document, validating and resolving it', () => {
    const doc = { ...RELAXED, version: 'v7', nonSensitiveStrategy: 'private-first' } as const;
    const decision = classify(CLEAN_TEXT, {}, doc);
    expect(decision).toMatchObject({ route: 'private', sensitive: false, policyVersion: 'v7' });
  });

  test('accepts a resolved policy as it is', () => {
    const decision = classify(CLEAN_TEXT, {}, loadPolicy({ version: 'from-load' }));
    expect(decision.policyVersion).toBe('from-load');
  });

  test('accepts a resolved policy copied and changed by hand', () => {
    const decision = classify(CLEAN_TEXT, {}, { ...DEFAULT_POLICY, version: 'hand-made' });
    expect(decision.policyVersion).toBe('hand-made');
  });

  test('fails when the policy document is invalid, naming the problem', () => {
    expect(() => classify(CLEAN_TEXT, {}, { nonSensitiveStrategy: 'cheapest' } as never)).toThrow(
      PolicyValidationError,
    );
    expect(() => classify(CLEAN_TEXT, {}, { nonSensitiveStrategy: 'cheapest' } as never)).toThrow(
      /\/nonSensitiveStrategy: must be one of cloud-first, private-first \(got "cheapest"\)/,
    );
  });
});

describe('hybrid-ai-cdk/router: decide', () => {
  test('decides from a detection with a policy document', () => {
    const decision = decide(
      { categories: [{ id: 'pii.email', count: 1 }], topicScores: {}, attachments: 0 },
      {},
      { categories: { 'pii.email': 'redact-then-cloud' } },
    );
    expect(decision).toMatchObject({ route: 'redact-then-cloud', redact: ['pii.email'] });
  });

  test('decides a failed classification with the default policy', () => {
    expect(decide({ failure: 'timeout' })).toMatchObject({
      route: 'private',
      reasons: ['classifier.timeout'],
    });
  });
});

describe('hybrid-ai-cdk/router: policy helpers', () => {
  test('validatePolicy returns the document and resolvePolicy fills the defaults', () => {
    const doc = validatePolicy({ attachments: 'block' });
    expect(resolvePolicy(doc)).toMatchObject({ attachments: 'block', nonSensitiveStrategy: 'cloud-first' });
  });
});
