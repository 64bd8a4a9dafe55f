import fc from 'fast-check';
import { DEFAULT_POLICY } from '../../../../lib/policy/defaults';
import type { ResolvedPolicy } from '../../../../lib/policy/types';
import { classifyRequest } from '../../../../lambda/router/policy-engine/classify-request';
import { warmUpClassifier } from '../../../../lambda/router/policy-engine/warm-up';
import { context, policy } from './arbitraries';

// The default policy with a budget a loaded test machine cannot overrun, so routes depend on content alone.
const RELAXED: ResolvedPolicy = { ...DEFAULT_POLICY, classification: { timeBudgetMs: 60_000 } };
const CLEAN_TEXT = 'Summarize the plot of a classic novel about a whale in three sentences.';

/** A chat request whose message `index` throws when the classifier reads its content. */
function withThrowingContent(messages: { role: string; content: string }[], index: number) {
  const copy: object[] = messages.map((m) => ({ ...m }));
  Object.defineProperty(copy[index], 'content', {
    enumerable: true,
    get() {
      throw new Error('content unavailable');
    },
  });
  return { model: 'chat-default', messages: copy };
}

const chatMessages = fc.array(
  fc.record({
    role: fc.constantFrom('system', 'user', 'assistant', 'tool'),
    content: fc.constantFrom(CLEAN_TEXT, 'What is the capital of France?', 'Write a haiku about autumn.'),
  }),
  { minLength: 1, maxLength: 5 },
);

describe('classifyRequest', () => {
  test('a clean request is classified and routed by the policy, with the detection and timings', () => {
    // WHEN
    const result = classifyRequest(CLEAN_TEXT, {}, RELAXED);
    // THEN
    expect(result.decision).toMatchObject({
      route: 'cloud',
      sensitive: false,
      reasons: ['strategy.cloud_first'],
    });
    expect(result.detection?.segments).toBe(1);
    expect(Number.isInteger(result.timings.totalUs)).toBe(true);
    expect(result.timings.totalUs).toBeGreaterThanOrEqual(result.timings.detectUs);
  });

  test('a request with a social security number routes private', () => {
    const result = classifyRequest('My SSN is 584-15-7902, please update my file.', {}, RELAXED);
    expect(result.decision).toMatchObject({ route: 'private', sensitive: true });
    expect(result.decision.reasons).toContain('category.pii.ssn');
  });

  test('the context reaches the policy engine', () => {
    const result = classifyRequest(CLEAN_TEXT, { department: 'legal' }, RELAXED);
    expect(result.decision.reasons).toEqual(['override.department.legal']);
  });
});

describe('classifyRequest fails closed', () => {
  test('an exception while reading the request, anywhere in it, is never routed cloud', () => {
    fc.assert(
      fc.property(chatMessages, fc.nat(), context, policy, (messages, at, ctx, p) => {
        // GIVEN a request that classifies without error
        expect(classifyRequest({ messages }, ctx, p).decision.reasons).not.toContain('classifier.error');
        // WHEN one of its messages throws as it is read
        const result = classifyRequest(withThrowingContent(messages, at % messages.length), ctx, p);
        // THEN
        expect(['private', 'block']).toContain(result.decision.route);
        expect(result.decision.sensitive).toBe(true);
        expect(result.detection).toBeUndefined();
        if (result.decision.route === 'private')
          expect(result.decision.reasons).toContain('classifier.error');
      }),
      { numRuns: 200 },
    );
  });

  test('an exception inside a detector (an unsafe custom pattern that skipped validation) routes private', () => {
    // GIVEN a hand-built policy whose custom pattern the detector refuses to compile
    const unvalidated: ResolvedPolicy = {
      ...RELAXED,
      customPatterns: [{ name: 'bad', pattern: '(a+)+$' }],
    };
    // WHEN
    const { decision } = classifyRequest(CLEAN_TEXT, { environment: 'dev' }, unvalidated);
    // THEN
    expect(decision).toMatchObject({ route: 'private', sensitive: true, reasons: ['classifier.error'] });
  });

  test('overrunning the time budget routes private with reason classifier.timeout', () => {
    // GIVEN a budget of one microsecond and 200 KB to scan
    const hurried: ResolvedPolicy = { ...DEFAULT_POLICY, classification: { timeBudgetMs: 0.001 } };
    const longText = `${CLEAN_TEXT} `.repeat(3000);
    // WHEN
    const { decision, detection } = classifyRequest(longText, {}, hurried);
    // THEN
    expect(decision).toMatchObject({ route: 'private', sensitive: true, reasons: ['classifier.timeout'] });
    expect(detection).toBeUndefined();
  });

  test('the same text within its budget is not a timeout', () => {
    const { decision } = classifyRequest(`${CLEAN_TEXT} `.repeat(3000), {}, RELAXED);
    expect(decision.reasons).not.toContain('classifier.timeout');
  });
});

describe('warmUpClassifier', () => {
  test('never throws, even for a policy the classifier cannot run', () => {
    const broken: ResolvedPolicy = { ...RELAXED, customPatterns: [{ name: 'bad', pattern: '(a+)+$' }] };
    expect(() => warmUpClassifier(broken)).not.toThrow();
  });
});
