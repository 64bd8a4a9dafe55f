import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './run-cli';

// The launcher runs from a copy of the package layout, so the real dist/ (built or not) does not matter.
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hybrid-ai-launcher-'));
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(REPO_ROOT, 'bin/hybrid-ai-cli.js'), join(root, 'bin/hybrid-ai-cli.js'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function launch(args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/hybrid-ai-cli.js'), ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('bin/hybrid-ai-cli.js', () => {
  test('runs the compiled CLI in dist/bin/cli.js with the arguments', () => {
    // GIVEN a compiled CLI that echoes its arguments and sets an exit status
    mkdirSync(join(root, 'dist/bin'), { recursive: true });
    writeFileSync(
      join(root, 'dist/bin/cli.js'),
      'exports.runAsProcess = (argv) => { process.stdout.write(JSON.stringify(argv)); process.exitCode = 3; };\n',
    );
    // WHEN
    const run = launch(['classify', 'some text']);
    // THEN
    expect(run.stdout).toBe('["classify","some text"]');
    expect(run.status).toBe(3);
  });

  test('says to build first, with exit 2, when dist/ is missing', () => {
    const run = launch(['classify', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/dist\/bin\/cli\.js is missing; run "npm run build" first/);
  });
});
