/**
 * Bundles the router Lambda (lambda/router/handler.ts) into dist/bundle/router/index.js: CommonJS,
 * Node 22 target, minified, with every dependency inside — the AWS SDK v3 clients included, so the
 * deployed code runs the SDK version this package was tested with, not whatever the runtime ships.
 * The CDK construct deploys dist/bundle/router with handler `index.handler`; keep both stable.
 *
 *   node scripts/bundle.mjs            # writes the bundle and prints a size report
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'dist/bundle/router');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await build({
  entryPoints: [resolve(root, 'lambda/router/handler.ts')],
  outfile: resolve(outdir, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  minify: true,
  sourcemap: true,
  legalComments: 'external',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
});

writeFileSync(resolve(outdir, 'meta.json'), JSON.stringify(result.metafile));
const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('index.js'));
const totalBytes = output[1].bytes;

// Bytes in the output per package (or per first-party folder), largest first.
const byPackage = new Map();
for (const [file, info] of Object.entries(output[1].inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  const key = match ? match[1] : file.split('/').slice(0, 3).join('/');
  byPackage.set(key, (byPackage.get(key) ?? 0) + info.bytesInOutput);
}
const rows = [...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`router bundle: ${relative(root, resolve(outdir, 'index.js'))} ${kb(totalBytes)}`);
for (const [name, bytes] of rows) console.log(`  ${kb(bytes).padStart(10)}  ${name}`);
