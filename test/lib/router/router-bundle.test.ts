import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { packageRoot, routerBundleDir } from '../../../lib/private/router-bundle';

describe('router bundle resolution', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-ai-bundle-'));
    fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'hybrid-ai-cdk' }));
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('finds the package root by walking up from a nested directory', () => {
    const nested = path.join(root, 'dist', 'lib', 'private');
    fs.mkdirSync(nested, { recursive: true });
    expect(packageRoot(nested)).toBe(root);
  });

  test('skips package.json files of other packages on the way up', () => {
    const other = path.join(root, 'node_modules', 'other');
    fs.mkdirSync(other, { recursive: true });
    fs.writeFileSync(path.join(other, 'package.json'), JSON.stringify({ name: 'other' }));
    expect(packageRoot(other)).toBe(root);
  });

  test('returns dist/bundle/router when index.js is there', () => {
    const dir = path.join(root, 'dist', 'bundle', 'router');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.js'), 'exports.handler = async () => ({});');
    expect(routerBundleDir(root)).toBe(dir);
  });

  test('fails with the fix when the bundle is missing', () => {
    expect(() => routerBundleDir(root)).toThrow(
      /router bundle not found at .*dist\/bundle\/router; run npm run build/,
    );
  });
});
