import { DEFAULT_POLICY } from '../../../lib/policy/defaults';
import { policyIssues, PolicyValidationError, validatePolicy } from '../../../lib/policy/validate';

/** The issues of `doc` as `path: message` lines. */
function problems(doc: unknown): string[] {
  return policyIssues(doc).map((i) => `${i.path}: ${i.message}`);
}

const alias = (cloud: object[], privateTarget: object = { backend: 'private', model: 'llama' }) => ({
  modelAliases: { 'chat-default': { private: privateTarget, cloud } },
});

describe('validatePolicy: valid documents', () => {
  test('an empty document is valid (every default applies)', () => {
    expect(validatePolicy({})).toEqual({});
  });

  test('a resolved policy is itself a valid document', () => {
    expect(problems(DEFAULT_POLICY)).toEqual([]);
  });

  test('a document using every section is valid', () => {
    const doc = {
      $schema: './routing-policy.schema.json',
      version: '2025-06-01.1',
      defaultCategoryAction: 'private',
      categories: { 'secret.aws_key': 'block', 'pii.email': 'redact-then-cloud', 'topic.hr': 'block' },
      departments: { legal: 'private', marketing: 'cloud' },
      useCases: { 'code-review': 'cloud' },
      environments: { prod: 'private' },
      nonSensitiveStrategy: 'private-first',
      topics: { enabled: true, thresholds: { 'topic.legal': 0.7 } },
      attachments: 'block',
      customPatterns: [{ name: 'project-code', pattern: 'PRJ-[0-9]{4}', flags: 'i' }],
      dictionaries: [
        { name: 'codenames', terms: ['Bluebird', 'Nightjar'], caseSensitive: true, category: 'prop.custom' },
      ],
      modelAliases: {
        'chat-default': {
          private: { backend: 'private', model: 'meta-llama/Llama-3.1-8B-Instruct' },
          cloud: [
            { backend: 'bedrock', model: 'us.anthropic.claude-3-5-haiku-20241022-v1:0', weight: 3 },
            { backend: 'openai', model: 'gpt-4o-mini', weight: 1 },
          ],
        },
        embed: { kind: 'embeddings', private: { backend: 'private', model: 'bge' }, cloud: [] },
      },
      pricing: {
        cloud: { 'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 } },
        private: { gpuHourUsd: 0 },
      },
      identity: { allowClientContextHeaders: true },
      classification: { timeBudgetMs: 10_000 },
    };
    expect(problems(doc)).toEqual([]);
  });
});

describe('validatePolicy: each problem names the path, the bad value and the fix', () => {
  test('fails on a misspelt category, suggesting the right one', () => {
    const [problem] = problems({ categories: { 'pii.sssn': 'private' } });
    expect(problem).toMatch(
      /^\/categories\/pii\.sssn: unknown category \(got "private"\); did you mean pii\.ssn\? use one of pii\.ssn, pii\.itin, /,
    );
  });

  test('fails on a non-positive alias weight', () => {
    expect(problems(alias([{ backend: 'bedrock', model: 'm', weight: -1 }]))).toEqual([
      '/modelAliases/chat-default/cloud/0/weight: must be > 0 (got -1); set a positive relative weight',
    ]);
  });

  test.each([
    [
      { defaultCategoryAction: 'allow' },
      '/defaultCategoryAction: must be one of private, block, redact-then-cloud (got "allow")',
    ],
    [
      { categories: { 'topic.hr': 'redact-then-cloud' } },
      '/categories/topic.hr: must be one of private, block (got "redact-then-cloud"); a topic has no span',
    ],
    [
      { departments: { legal: 'public' } },
      '/departments/legal: must be one of private, cloud, block (got "public")',
    ],
    [
      { nonSensitiveStrategy: 'cheapest' },
      '/nonSensitiveStrategy: must be one of cloud-first, private-first (got "cheapest")',
    ],
    [{ attachments: 'allow' }, '/attachments: must be one of private, cloud, block (got "allow")'],
    [
      { topics: { thresholds: { 'topic.hr': 1.5 } } },
      '/topics/thresholds/topic.hr: must be <= 1 (got 1.5); set a probability between 0 and 1',
    ],
    [
      { topics: { thresholds: { 'topic.hr': -0.1 } } },
      '/topics/thresholds/topic.hr: must be >= 0 (got -0.1)',
    ],
    [
      { topics: { thresholds: { 'topic.sports': 0.5 } } },
      '/topics/thresholds/topic.sports: unknown topic (got 0.5); use one of topic.healthcare',
    ],
    [{ topics: { enabled: 'yes' } }, '/topics/enabled: must be a boolean (got "yes"); use true or false'],
    [
      { classification: { timeBudgetMs: 0 } },
      '/classification/timeBudgetMs: must be >= 1 (got 0); set a budget between 1 and 10000 milliseconds',
    ],
    [
      { classification: { timeBudgetMs: 10_001 } },
      '/classification/timeBudgetMs: must be <= 10000 (got 10001)',
    ],
    [
      { pricing: { cloud: { m: { inputPerMillion: -1, outputPerMillion: 1 } } } },
      '/pricing/cloud/m/inputPerMillion: must be >= 0 (got -1)',
    ],
    [
      { pricing: { cloud: { m: { inputPerMillion: 1 } } } },
      '/pricing/cloud/m/outputPerMillion: is required; add outputPerMillion',
    ],
    [
      { pricing: { private: { tokensPerGpuHour: 0 } } },
      '/pricing/private/tokensPerGpuHour: must be > 0 (got 0)',
    ],
    [{ version: 'has spaces' }, '/version: has an invalid format (got "has spaces"); use 1 to 128 letters'],
    [
      { identity: { trustHeaders: true } },
      '/identity/trustHeaders: unknown property (got true); use one of allowClientContextHeaders',
    ],
    [{ modelAliases: {} }, '/modelAliases: must have at least 1 entry (got {}); define at least one alias'],
    [
      { customPatterns: [{ name: 'Bad Name', pattern: 'x' }] },
      '/customPatterns/0/name: has an invalid format (got "Bad Name"); use 1 to 64 lower-case letters',
    ],
    [
      { customPatterns: [{ name: 'x', pattern: 'x', flags: 'g' }] },
      '/customPatterns/0/flags: has an invalid format (got "g"); use only the flags i, m, s and u',
    ],
    [
      { customPatterns: [{ name: 'x', pattern: 'x', category: 'topic.hr' }] },
      '/customPatterns/0/category: must be one of pii.ssn',
    ],
    [{ customPatterns: [{ name: 'x' }] }, '/customPatterns/0/pattern: is required; add pattern'],
    [
      { dictionaries: [{ name: 'x', terms: [] }] },
      '/dictionaries/0/terms: must have at least 1 item (got []); list at least one term',
    ],
    [{ dictionaries: [{ name: 'x', terms: [''] }] }, '/dictionaries/0/terms/0: must not be empty (got "")'],
    [
      alias([], { backend: 'private', model: '' }),
      '/modelAliases/chat-default/private/model: must not be empty (got "")',
    ],
    [
      alias([], { backend: 'bedrock', model: 'm' }),
      '/modelAliases/chat-default/private/backend: must be private (got "bedrock")',
    ],
    [
      alias([{ backend: 'private', model: 'm' }]),
      '/modelAliases/chat-default/cloud/0/backend: must name a cloud backend (got "private")',
    ],
    [
      { modelAliases: { 'chat default': { private: { backend: 'private', model: 'm' }, cloud: [] } } },
      '/modelAliases/chat default: invalid alias name (got "chat default")',
    ],
    [
      { modelAliases: { x: { private: { backend: 'private', model: 'm' } } } },
      '/modelAliases/x/cloud: is required; add cloud',
    ],
    [{ unknownSetting: 1 }, '/unknownSetting: unknown property (got 1); use one of $schema, version,'],
    [[], '/: must be an object (got []); a routing policy is a JSON object'],
  ])('fails on %j', (doc, expected) => {
    const found = problems(doc);
    expect(found).toHaveLength(1);
    expect(found[0].startsWith(expected)).toBe(true);
  });
});

describe('validatePolicy: checks beyond the schema', () => {
  test('fails on override names that are not lower case', () => {
    expect(problems({ departments: { Legal: 'private' }, useCases: { ' triage': 'cloud' } })).toEqual([
      '/departments/Legal: department names must be lower case without surrounding spaces (got "Legal"); rename it to "legal"',
      '/useCases/ triage: use case names must be lower case without surrounding spaces (got " triage"); rename it to "triage"',
    ]);
  });

  test('fails on a custom pattern that does not compile', () => {
    expect(problems({ customPatterns: [{ name: 'x', pattern: 'PRJ-(\\d{4}' }] })).toEqual([
      '/customPatterns/0/pattern: does not compile: unterminated group (got "PRJ-(\\\\d{4}"); fix the regular expression',
    ]);
  });

  test('fails on a custom pattern that could backtrack catastrophically', () => {
    const [problem] = problems({ customPatterns: [{ name: 'x', pattern: '(a+)+$' }] });
    expect(problem).toMatch(
      /^\/customPatterns\/0\/pattern: is not linear-time safe \(got "\(a\+\)\+\$"\); .+/,
    );
  });

  test('fails on repeated flags', () => {
    expect(problems({ customPatterns: [{ name: 'x', pattern: 'x', flags: 'ii' }] })).toEqual([
      '/customPatterns/0/flags: flags are invalid or repeated (got "ii"); give each of i, m, s, u at most once',
    ]);
  });

  test('fails on duplicate pattern and dictionary names', () => {
    const doc = {
      customPatterns: [
        { name: 'codes', pattern: 'A' },
        { name: 'codes', pattern: 'B' },
      ],
      dictionaries: [
        { name: 'names', terms: ['a'] },
        { name: 'names', terms: ['b'] },
      ],
    };
    expect(problems(doc)).toEqual([
      '/customPatterns/1/name: duplicate name (got "codes"); give each pattern its own name',
      '/dictionaries/1/name: duplicate name (got "names"); give each dictionary its own name',
    ]);
  });
});

describe('validatePolicy: the error', () => {
  const doc = {
    categories: { 'pii.ssn': 'allow' },
    classification: { timeBudgetMs: -5 },
    departments: { HR: 'private' },
  };

  test('throws PolicyValidationError listing every problem, one per line', () => {
    // WHEN
    let thrown: unknown;
    try {
      validatePolicy(doc);
    } catch (error) {
      thrown = error;
    }
    // THEN
    expect(thrown).toBeInstanceOf(PolicyValidationError);
    const error = thrown as PolicyValidationError;
    expect(error.issues.map((i) => i.path)).toEqual([
      '/categories/pii.ssn',
      '/classification/timeBudgetMs',
      '/departments/HR',
    ]);
    expect(error.message.split('\n')).toEqual([
      'invalid routing policy (3 problems):',
      ...error.issues.map((i) => `${i.path}: ${i.message}`),
    ]);
  });

  test('cuts long bad values short', () => {
    const [problem] = problems({ version: `bad value ${'x'.repeat(500)}` });
    expect(problem).toMatch(/\(got "bad value x{40,}…\)/);
    expect(problem.length).toBeLessThan(300);
  });
});
