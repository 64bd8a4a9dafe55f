/**
 * Bundles the router Lambda (lambda/router/handler.ts) into dist/bundle/router/index.js: CommonJS,
 * minified, targeting the Node version of the Lambda runtime ClassifierRouter deploys (Node.js 24,
 * `lambda.Runtime.NODEJS_24_X`; change both together), with every dependency inside — the AWS SDK
 * v3 clients included, so the deployed code runs the SDK version this package was tested with, not
 * whatever the runtime ships. The construct deploys dist/bundle/router with handler
 * `index.handler`; keep both stable.
 *
 * dist/bundle/router is the deployed asset, so it holds only index.js and index.js.LEGAL.txt (the
 * licence notices esbuild moved out of the code, which ship with the code). The source map and
 * esbuild's metafile go to dist/bundle-meta/router instead, and index.js carries no
 * sourceMappingURL. Shipping the map with NODE_OPTIONS=--enable-source-maps was the alternative;
 * it would quadruple the asset (the map is several times the code) and make Node load and parse it
 * at cold start, on every container, to make stack traces readable — which the map kept here does
 * just as well offline, for the rare trace that needs it.
 *
 *   node scripts/bundle.mjs            # writes the bundle and prints a size report
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const assetDir = resolve(root, 'dist/bundle/router');
const metaDir = resolve(root, 'dist/bundle-meta/router');

for (const dir of [assetDir, metaDir]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

const result = await build({
  entryPoints: [resolve(root, 'lambda/router/handler.ts')],
  outfile: resolve(assetDir, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  minify: true,
  // 'external': the map is written but index.js does not point to it (it is not deployed).
  sourcemap: 'external',
  legalComments: 'external',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
  write: false,
});

for (const file of result.outputFiles) {
  const name = basename(file.path);
  const dir = name.endsWith('.map') ? metaDir : assetDir;
  writeFileSync(resolve(dir, name), file.contents);
}
writeFileSync(resolve(metaDir, 'meta.json'), JSON.stringify(result.metafile));

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
console.log(`router bundle: ${relative(root, resolve(assetDir, 'index.js'))} ${kb(totalBytes)}`);
for (const [name, bytes] of rows) console.log(`  ${kb(bytes).padStart(10)}  ${name}`);
console.log(`source map and metafile: ${relative(root, metaDir)}/`);
