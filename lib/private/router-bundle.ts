import * as fs from 'fs';
import * as path from 'path';

const PACKAGE_NAME = 'hybrid-ai-cdk';

/**
 * The directory of this package (the one whose package.json names hybrid-ai-cdk), found by
 * walking up from this file: it sits at lib/private in the sources and dist/lib/private once built.
 */
export function packageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${start}`);
    dir = parent;
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

/** The prebuilt router bundle directory (dist/bundle/router, entry index.js exporting `handler`). */
export function routerBundleDir(root: string = packageRoot()): string {
  const dir = path.join(root, 'dist', 'bundle', 'router');
  if (!fs.existsSync(path.join(dir, 'index.js'))) {
    throw new Error(`router bundle not found at ${dir}; run npm run build (or pass code to use your own)`);
  }
  return dir;
}
