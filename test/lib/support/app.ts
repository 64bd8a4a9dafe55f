import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';

const ROOT = path.resolve(__dirname, '..', '..', '..');

// One temporary directory per test file holds every app's assembly; jest loads this module once per
// file, so the afterAll registered here removes that file's directory when its tests are done.
let outRoot: string | undefined;
afterAll(() => {
  if (outRoot) fs.rmSync(outRoot, { recursive: true, force: true });
});
function freshOutdir(): string {
  outRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-ai-test-'));
  return fs.mkdtempSync(path.join(outRoot, 'app-'));
}

/** The context of cdk.json: feature flags, the strict CloudFormation validation keys, hybrid-ai settings. */
export function projectContext(): Record<string, unknown> {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return config.context;
}

/**
 * Run the CDK app of bin/hybrid-ai.ts the way `cdk synth` runs it: a child process that gets
 * cdk.json's context in CDK_CONTEXT_JSON and writes its assembly to `outdir`, without AWS credentials.
 */
export function synthBinApp(outdir: string): void {
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'bin', 'hybrid-ai.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify(projectContext()),
      AWS_ACCESS_KEY_ID: '',
      AWS_PROFILE: '',
    },
    stdio: 'pipe',
    timeout: 120_000,
  });
}

/** An App configured like `cdk synth` in this repository, writing to a fresh temporary directory. */
export function projectApp(): App {
  return new App({ context: projectContext(), outdir: freshOutdir() });
}

/** `projectApp()` with the four compliance packs of the issue: AwsSolutions, HIPAA Security, NIST 800-53 R5, PCI DSS 3.2.1. */
export function complianceApp(): App {
  const app = projectApp();
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app),
    new HIPAASecurityChecks(app),
    new NIST80053R5Checks(app),
    new PCIDSS321Checks(app),
  );
  return app;
}

/** A tiny handler for tests that are not about the prebuilt bundle. */
export const INLINE_CODE = lambda.Code.fromInline(
  'exports.handler = async () => ({ statusCode: 200, body: "{}" });',
);
