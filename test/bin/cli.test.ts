import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLines, runCli, spawnCli } from './run-cli';

const CLEAN = 'Suggest a name for a bakery.';
const SSN_TEXT = 'Please update the record of John, SSN 584-15-7902.';
// A budget a loaded test machine cannot overrun, so routes depend on content alone.
const RELAXED = ['--time-budget-ms', '60000'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hybrid-ai-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hybrid-ai', () => {
  test('without a command prints the usage and exits 2', async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^usage: hybrid-ai <command>/);
    expect(run.stderr).toMatch(/\n {2}classify +classify text/);
    expect(run.stderr).toMatch(/\n {2}policy +validate a routing-policy file/);
  });

  test('--help prints the usage on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: hybrid-ai <command>/);
  });

  test('an unknown command exits 2 naming it', async () => {
    const run = await runCli(['serve-all']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^hybrid-ai: unknown command "serve-all"/);
  });
});

describe('hybrid-ai classify <text>', () => {
  test('prints route, sensitivity, categories with counts and reasons, without the detected value', async () => {
    // WHEN
    const run = await runCli(['classify', ...RELAXED, SSN_TEXT]);
    // THEN
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^route +private\nsensitive +yes\ncategories +.*pii\.ssn \(1\).*\nreasons +.*category\.pii\.ssn.*\npolicy +default\ntime +\d+ µs\n$/,
    );
    expect(run.stdout).not.toContain('584-15-7902');
    expect(run.stdout).not.toContain('7902');
  });

  test('joins several arguments into one text', async () => {
    const run = await runCli(['classify', ...RELAXED, 'SSN', '584-15-7902']);
    expect(run.stdout).toMatch(/categories +.*pii\.ssn/);
  });

  test('reads the text from stdin when none is given', async () => {
    const run = await runCli(['classify', ...RELAXED], SSN_TEXT);
    expect(run.stdout).toMatch(/^route +private\n/);
  });

  test('asks for text when stdin is a terminal', async () => {
    const run = await runCli(['classify'], 'tty');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/give the text to classify/);
  });

  test('--json prints the decision with timings as one JSON object', async () => {
    const run = await runCli([
      'classify',
      ...RELAXED,
      '--json',
      '--context',
      '{"department":"Legal"}',
      CLEAN,
    ]);
    expect(JSON.parse(run.stdout)).toEqual({
      route: 'private',
      sensitive: true,
      categories: [],
      reasons: ['override.department.legal'],
      redact: [],
      policyVersion: 'default',
      timings: { detectUs: expect.any(Number), decideUs: expect.any(Number), totalUs: expect.any(Number) },
    });
  });

  test('shows what a redact-then-cloud policy would redact', async () => {
    const policy = join(dir, 'redact.json');
    writeFileSync(policy, JSON.stringify({ defaultCategoryAction: 'redact-then-cloud' }));
    const run = await runCli([
      'classify',
      '--policy',
      policy,
      'Mail me at jane.roe@acme-corp.com about the order.',
    ]);
    expect(run.stdout).toMatch(/^route +redact-then-cloud\n/);
    expect(run.stdout).toMatch(/\nredact +.*pii\.email/);
    expect(run.stdout).not.toContain('jane.roe');
  });

  test.each([
    [['--context', '{department: legal}'], /--context must be JSON/],
    [
      ['--context', '{"team":"x"}'],
      /--context has an unknown field "team"; use department, useCase, environment/,
    ],
    [['--context', '{"department":1}'], /--context\.department must be a string/],
    [['--colour'], /unknown option '--colour'/i],
    [['--time-budget-ms', '0'], /--time-budget-ms must be a number of milliseconds from 1 to 60000/],
    [['--time-budget-ms', 'fast'], /--time-budget-ms must be a number/],
  ])('rejects %j with exit 2', async (args, message) => {
    const run = await runCli(['classify', ...args, CLEAN]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('--time-budget-ms bounds classification: a 1 ms budget on 1 MB times out, routed private', async () => {
    const megabyte = 'The quick brown fox jumps over the lazy dog. '.repeat(23_000);
    const hurried = await runCli(['classify', '--json', '--time-budget-ms', '1'], megabyte);
    expect(JSON.parse(hurried.stdout)).toMatchObject({ route: 'private', reasons: ['classifier.timeout'] });
    const relaxed = await runCli(['classify', '--json', ...RELAXED], megabyte);
    expect(JSON.parse(relaxed.stdout).reasons).not.toContain('classifier.timeout');
  });

  test('--help documents the options and exits 0', async () => {
    const run = await runCli(['classify', '--help']);
    expect(run.status).toBe(0);
    for (const option of ['--policy', '--context', '--time-budget-ms', '--json', '--jsonl'])
      expect(run.stdout).toContain(option);
  });
});

describe('hybrid-ai policy', () => {
  test('validate prints ok with a summary for a valid file', async () => {
    const file = join(dir, 'good.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 'v3',
        categories: { 'secret.aws_key': 'block' },
        departments: { legal: 'private' },
      }),
    );
    const run = await runCli(['policy', 'validate', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`ok: ${file} is a valid routing policy\n`);
    expect(run.stdout).toMatch(/\n {2}version +v3\n/);
    expect(run.stdout).toMatch(/\n {2}categories +33 private, 1 block \(secret\.aws_key=block\)\n/);
    expect(run.stdout).toMatch(/\n {2}departments +legal=private\n/);
  });

  test('validate prints every problem and exits 1 for an invalid file', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ categories: { 'pii.sssn': 'private' }, classification: { timeBudgetMs: 0 } }),
    );
    const run = await runCli(['policy', 'validate', file]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `invalid routing policy in ${file} (2 problems):`,
      expect.stringMatching(
        /^\/categories\/pii\.sssn: unknown category \(got "private"\); did you mean pii\.ssn\?/,
      ),
      '/classification/timeBudgetMs: must be >= 1 (got 0); set a budget between 1 and 10000 milliseconds',
    ]);
  });

  test('schema prints the JSON schema', async () => {
    const run = await runCli(['policy', 'schema']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'hybrid-ai-cdk routing policy', type: 'object' });
  });

  test.each([[[]], [['validate']], [['validate', 'a.json', 'b.json']], [['check', 'a.json']]])(
    'rejects %j with exit 2',
    async (args) => {
      const run = await runCli(['policy', ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^hybrid-ai policy: /);
    },
  );
});

describe('hybrid-ai as a process', () => {
  test('classify "<text>" prints the decision and exits 0', () => {
    const run = spawnCli(['classify', ...RELAXED, SSN_TEXT]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^route +private\n/);
  });

  test('classify --jsonl exits 1 after answering every line when one is bad', () => {
    const run = spawnCli(
      ['classify', '--jsonl'],
      `{"id":1,"text":"hello"}\nnot json\n{"id":3,"text":"${SSN_TEXT}"}\n`,
    );
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r.id)).toEqual([1, null, 3]);
  });

  test('policy validate exits 1 on an invalid file', () => {
    const file = join(dir, 'invalid-for-process.json');
    writeFileSync(file, '{"attachments": "sometimes"}');
    const run = spawnCli(['policy', 'validate', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/attachments: must be one of private, cloud, block (got "sometimes")');
  });
});
