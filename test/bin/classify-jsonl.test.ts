import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLines, runCli } from './run-cli';

const CLEAN = 'Suggest a name for a bakery.';
const SSN_TEXT = 'Please update the record, SSN 584-15-7902.';

const line = (row: unknown) => JSON.stringify(row);
// A budget a loaded test machine cannot overrun, so routes depend on content alone.
const RELAXED = ['--time-budget-ms', '60000'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hybrid-ai-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hybrid-ai classify --jsonl', () => {
  test('writes one result per input line, in order, with exactly the documented fields', async () => {
    // GIVEN
    const input = [
      line({ id: 'a', text: CLEAN }),
      line({
        id: 'b',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: SSN_TEXT },
        ],
      }),
      line({ id: 7, text: CLEAN, context: { department: 'legal' } }),
    ].join('\n');
    // WHEN
    const run = await runCli(['classify', '--jsonl', ...RELAXED], input);
    // THEN
    expect(run.status).toBe(0);
    const results = jsonLines(run.stdout);
    expect(results).toEqual([
      { id: 'a', route: 'cloud', sensitive: false, categories: [], reasons: ['strategy.cloud_first'] },
      expect.objectContaining({ id: 'b', route: 'private', sensitive: true }),
      { id: 7, route: 'private', sensitive: true, categories: [], reasons: ['override.department.legal'] },
    ]);
    expect(results[1].categories).toContain('pii.ssn');
    expect(Object.keys(results[1]).sort()).toEqual(['categories', 'id', 'reasons', 'route', 'sensitive']);
  });

  test('answers a bad line with an error line for it, keeps going, and exits 1', async () => {
    const input = [
      line({ id: 'ok-1', text: CLEAN }),
      '{"id": "broken", "text": "SSN 584-15-7902"', // invalid JSON: must not be echoed
      line({ text: CLEAN }),
      line({ id: 'empty' }),
      line({ id: 'both', text: CLEAN, messages: [] }),
      line({ id: 'num-text', text: 42 }),
      line({ id: 'obj-messages', messages: { role: 'user' } }),
      line({ id: 'ctx', text: CLEAN, context: { department: 3 } }),
      line({ id: { nested: true }, text: CLEAN }),
      '[1, 2, 3]',
      line({ id: 'ok-2', text: CLEAN }),
    ].join('\n');
    const run = await runCli(['classify', '--jsonl', ...RELAXED], input);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([
      expect.objectContaining({ id: 'ok-1', route: 'cloud' }),
      { id: null, line: 2, error: 'invalid JSON' },
      { id: null, line: 3, error: 'missing id' },
      { id: 'empty', line: 4, error: 'give text or messages' },
      { id: 'both', line: 5, error: 'give text or messages, not both' },
      { id: 'num-text', line: 6, error: 'text must be a string' },
      { id: 'obj-messages', line: 7, error: 'messages must be an array' },
      { id: 'ctx', line: 8, error: 'context.department must be a string' },
      { id: null, line: 9, error: 'id must be a string or a number' },
      { id: null, line: 10, error: 'the line must be a JSON object' },
      expect.objectContaining({ id: 'ok-2', route: 'cloud' }),
    ]);
    expect(run.stdout).not.toContain('584-15-7902');
    expect(run.stderr).toBe('hybrid-ai classify: 9 of 11 lines could not be classified\n');
  });

  test('skips blank lines but counts them in line numbers, and accepts CRLF line ends', async () => {
    const run = await runCli(
      ['classify', '--jsonl'],
      `${line({ id: 1, text: CLEAN })}\r\n\r\n   \r\n{bad\r\n`,
    );
    expect(jsonLines(run.stdout)).toEqual([
      expect.objectContaining({ id: 1, route: 'cloud' }),
      { id: null, line: 4, error: 'invalid JSON' },
    ]);
  });

  test('keeps order across many write batches', async () => {
    const ids = Array.from({ length: 1200 }, (_, i) => `row-${i}`);
    const input = ids
      .map((id, i) => line(i % 3 === 0 ? { id, text: SSN_TEXT } : { id, text: CLEAN }))
      .join('\n');
    const run = await runCli(['classify', '--jsonl', ...RELAXED], input);
    const results = jsonLines(run.stdout);
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(results.filter((r) => r.route === 'private')).toHaveLength(400);
  });

  test('--context sets the default context; a line context overrides it field by field', async () => {
    const input = [
      line({ id: 'default', text: CLEAN }),
      line({ id: 'own', text: CLEAN, context: { department: 'marketing' } }),
    ].join('\n');
    const run = await runCli(
      ['classify', '--jsonl', '--context', '{"department":"hr","environment":"prod"}'],
      input,
    );
    expect(jsonLines(run.stdout).map((r) => r.reasons)).toEqual([
      ['override.department.hr'],
      ['strategy.cloud_first'],
    ]);
  });

  test('--policy applies the policy file', async () => {
    const policy = join(dir, 'private-first.json');
    writeFileSync(policy, JSON.stringify({ nonSensitiveStrategy: 'private-first' }));
    const run = await runCli(
      ['classify', '--jsonl', ...RELAXED, '--policy', policy],
      line({ id: 1, text: CLEAN }),
    );
    expect(jsonLines(run.stdout)).toEqual([
      { id: 1, route: 'private', sensitive: false, categories: [], reasons: ['strategy.private_first'] },
    ]);
  });

  test('fails with exit 1 and every problem when the policy file is invalid', async () => {
    const policy = join(dir, 'invalid.json');
    writeFileSync(policy, JSON.stringify({ nonSensitiveStrategy: 'cheap', attachments: 'yes' }));
    const run = await runCli(['classify', '--jsonl', '--policy', policy], line({ id: 1, text: CLEAN }));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      '/nonSensitiveStrategy: must be one of cloud-first, private-first (got "cheap")',
    );
    expect(run.stderr).toContain('/attachments: must be one of private, cloud, block (got "yes")');
  });

  test('refuses text arguments together with --jsonl', async () => {
    const run = await runCli(['classify', '--jsonl', 'some text']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--jsonl reads stdin/);
  });
});
