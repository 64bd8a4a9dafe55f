import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy } from '../../../lib/policy/load';
import { PolicyValidationError } from '../../../lib/policy/issues';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hybrid-ai-policy-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function policyFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function loadError(input: string | object): PolicyValidationError {
  try {
    loadPolicy(input);
  } catch (error) {
    if (error instanceof PolicyValidationError) return error;
    throw error;
  }
  throw new Error('expected loadPolicy to fail');
}

describe('loadPolicy', () => {
  test('loads a file path, validated and resolved', () => {
    const path = policyFile(
      'ok.json',
      JSON.stringify({ version: 'v2', departments: { finance: 'private' } }),
    );
    const policy = loadPolicy(path);
    expect(policy.version).toBe('v2');
    expect(policy.departments).toEqual({ finance: 'private' });
    expect(policy.categories['pii.ssn']).toBe('private'); // a default filled in
  });

  test('loads a JSON string', () => {
    expect(loadPolicy('  {"nonSensitiveStrategy": "private-first"}').nonSensitiveStrategy).toBe(
      'private-first',
    );
  });

  test('loads an object', () => {
    expect(loadPolicy({ attachments: 'cloud' }).attachments).toBe('cloud');
  });

  test('fails on an invalid file, naming the file and every problem', () => {
    const path = policyFile('bad.json', JSON.stringify({ attachments: 'maybe', topics: { enabled: 1 } }));
    const error = loadError(path);
    expect(error.source).toBe(path);
    expect(error.message).toMatch(
      new RegExp(
        `^invalid routing policy in ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(2 problems\\):`,
      ),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['/topics/enabled', '/attachments']);
  });

  test('fails on a file that is not JSON, giving the position without quoting the content', () => {
    const path = policyFile('broken.json', '{"version": "v1", secret-looking-text }');
    const error = loadError(path);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].message).toMatch(
      /^is not valid JSON: syntax error( at character \d+)?; write the policy as one JSON object$/,
    );
    expect(error.message).not.toContain('secret-looking-text');
  });

  test('fails on a missing file with the error code', () => {
    const error = loadError(join(dir, 'missing.json'));
    expect(error.issues[0].message).toMatch(/^cannot read the policy file \(ENOENT\)/);
  });

  test('fails on an invalid JSON string without naming a file', () => {
    const error = loadError('{"attachments": "maybe"}');
    expect(error.source).toBeUndefined();
    expect(error.issues[0].path).toBe('/attachments');
  });
});
