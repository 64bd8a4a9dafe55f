import { DEFAULT_POLICY } from '../../../../lib/policy/defaults';
import { detect } from '../../../../lambda/router/classify/detect';
import { ADVERSARIAL_INPUTS, ADVERSARIAL_SIZE } from './adversarial-inputs';

// Inputs shaped to make a scanner quadratic or a regex backtrack (issue 2: "every regular
// expression runs in linear time"). Speed is not asserted here (a loaded CI machine would make
// that flaky); the times are logged, and scripts/bench-classify.mjs measures latency. What is
// asserted: the whole classifier finishes each input and returns a well-formed result.
const GENEROUS_BUDGET_MS = 120_000;

describe('classifier on 1 MB adversarial inputs', () => {
  const timings: string[] = [];
  afterAll(() => {
    console.log(`whole classifier on ${ADVERSARIAL_SIZE} characters:\n${timings.join('\n')}`);
  });

  test.each(ADVERSARIAL_INPUTS.map((input) => [input.name, input.text] as const))(
    'finishes on %s with a well-formed result',
    (name, text) => {
      // GIVEN about a megabyte of adversarial text
      expect(text.length).toBe(ADVERSARIAL_SIZE);
      // WHEN the whole classifier runs over it
      const started = performance.now();
      const detection = detect(text, DEFAULT_POLICY, { timeBudgetMs: GENEROUS_BUDGET_MS });
      timings.push(`  ${name.padEnd(48)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
      // THEN it read the text (normalization may drop invisible characters) and reports sane findings
      expect(detection.chars).toBeGreaterThanOrEqual(ADVERSARIAL_SIZE - ADVERSARIAL_SIZE / 2);
      const malformed = detection.findings.filter(
        (f) => f.start < 0 || f.end <= f.start || f.end > detection.chars,
      );
      expect(malformed).toEqual([]);
      expect(detection.categories.filter((c) => c.count < 1)).toEqual([]);
    },
  );

  test('a text that is only separators and brackets holds nothing sensitive', () => {
    // GIVEN repeated separators and nested brackets, which contain no identifier
    const text = ' -./_\t'.repeat(100_000) + '[('.repeat(100_000);
    // WHEN
    const detection = detect(text, DEFAULT_POLICY, { timeBudgetMs: GENEROUS_BUDGET_MS });
    // THEN
    expect(detection.categories).toEqual([]);
  });

  test('a card number after a megabyte of digit-run noise is still found', () => {
    // GIVEN a long run of one-digit groups, in which no window is a card, then a card
    const noise = '1.'.repeat(500_000);
    const noiseAlone = detect(noise, DEFAULT_POLICY, { timeBudgetMs: GENEROUS_BUDGET_MS });
    expect(noiseAlone.categories.map((c) => c.id)).not.toContain('fin.credit_card');
    // WHEN
    const detection = detect(`${noise} x card 4539 1488 0343 6467`, DEFAULT_POLICY, {
      timeBudgetMs: GENEROUS_BUDGET_MS,
    });
    // THEN
    expect(detection.categories.map((c) => c.id)).toContain('fin.credit_card');
  });

  test('an IPv6 address after a megabyte of colons and hex is still found', () => {
    // GIVEN colon noise that is no address (fewer than three written groups between "::")
    const noise = 'a::'.repeat(300_000);
    const noiseAlone = detect(noise, DEFAULT_POLICY, { timeBudgetMs: GENEROUS_BUDGET_MS });
    expect(noiseAlone.categories.map((c) => c.id)).not.toContain('pii.ip_address');
    // WHEN a public address follows it
    const detection = detect(`${noise} from 2a00:1450:4001:82b::200e today`, DEFAULT_POLICY, {
      timeBudgetMs: GENEROUS_BUDGET_MS,
    });
    // THEN
    expect(detection.categories.map((c) => c.id)).toContain('pii.ip_address');
  });

  test('an AWS secret access key after a megabyte of "aws secret" is still found', () => {
    // GIVEN context words with no key after them
    const noise = 'aws secret '.repeat(90_000);
    const noiseAlone = detect(noise, DEFAULT_POLICY, { timeBudgetMs: GENEROUS_BUDGET_MS });
    expect(noiseAlone.categories.map((c) => c.id)).not.toContain('secret.aws_key');
    // WHEN a labelled secret key ends the text
    const text = `${noise}aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ1w2e3r4K`;
    const detection = detect(text, DEFAULT_POLICY, { timeBudgetMs: GENEROUS_BUDGET_MS });
    // THEN
    expect(detection.categories.map((c) => c.id)).toContain('secret.aws_key');
  });
});
