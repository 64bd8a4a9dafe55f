/**
 * The seam between the constructs (lib/router, which writes the router Lambda's environment) and
 * the runtime (lambda/router/runtime, which reads it): for the default app, every example and a
 * router with every environment-shaping option, the synthesized template is read back and its
 * environment, after CloudFormation's functions are resolved to plausible deployed values, is fed
 * to the runtime's own loader with its AWS reads answered from the template itself. No AWS call.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'node:crypto';
import type { App } from 'aws-cdk-lib';
import { DEFAULT_POLICY } from '../../lib/policy/defaults';
import { RUNTIME_ENV } from '../../lib/router/runtime-env';
import { runtimeFromEnv, type RuntimeDependencies } from '../../lambda/router/runtime/env-config';
import { routerConfigFromEnv, type PolicySourceConfig } from '../../lambda/router/runtime/router-config';
import { ACCOUNT, REGION, cfnString, type CfnTemplate } from './cfn-literals';
import { allows, roleStatements } from './role-grants';
import {
  EXAMPLES,
  ROOT,
  routerFunctionOf,
  synthDefaultApp,
  synthEveryOptionRouter,
  synthExampleApp,
  temporaryOutdir,
  type RouterApp,
} from './router-apps';

const BUNDLE_DIR = path.join(ROOT, 'dist', 'bundle', 'router');
const KNOWN_NAMES: ReadonlySet<string> = new Set(Object.values(RUNTIME_ENV));
/** Variables for operators, the local server and tests, documented as not set by ClassifierRouter. */
const OPERATOR_KNOBS: ReadonlySet<string> = new Set([
  RUNTIME_ENV.BEDROCK,
  RUNTIME_ENV.BEDROCK_REGION,
  RUNTIME_ENV.AUDIT_HMAC_KEY,
  RUNTIME_ENV.REQUIRE_IDENTITY,
  RUNTIME_ENV.MAX_BODY_BYTES,
  RUNTIME_ENV.ATTEMPT_TIMEOUT_MS,
  RUNTIME_ENV.DEADLINE_MS,
  RUNTIME_ENV.MAX_RETRIES,
  RUNTIME_ENV.METRICS_NAMESPACE,
]);
/** Every variable some app below sets, for the coverage check at the end. */
const SEEN = new Set<string>();

const APPS: readonly (readonly [string, () => RouterApp])[] = [
  ['bin/hybrid-ai.ts (default HybridAiStack)', () => synthDefaultApp(temporaryOutdir())],
  ...EXAMPLES.map(
    ([name, createApp]) => [name, () => synthExampleApp(name, createApp as (app: App) => App)] as const,
  ),
  ['ClassifierRouter with every option, policy in SSM', () => synthEveryOptionRouter('ssm')],
  ['ClassifierRouter with every option, policy inline', () => synthEveryOptionRouter('inline')],
];

/** The router Lambda's environment with every CloudFormation function resolved, plus what Lambda itself sets. */
function deployedEnvironment(template: CfnTemplate): Record<string, string> {
  const variables = (
    routerFunctionOf(template).properties.Environment as { Variables: Record<string, unknown> }
  ).Variables;
  const resolved = Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [name, cfnString(value, template)]),
  );
  return { ...resolved, AWS_REGION: REGION };
}

/** The name CloudFormation gave a secret, as the `/aws/reference/secretsmanager/<name>` reference holds it. */
function secretNames(template: CfnTemplate): Map<string, string> {
  const names = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== 'AWS::SecretsManager::Secret') continue;
    const arnName = cfnString({ Ref: logicalId }, template).split(':')[6];
    names.set(arnName.slice(0, arnName.lastIndexOf('-')), logicalId);
  }
  return names;
}

/** The runtime's AWS reads, answered from what the template deploys; each fails when it finds nothing there. */
function readsFromTemplate(template: CfnTemplate, parametersRead: string[]): Required<RuntimeDependencies> {
  const resources = Object.entries(template.Resources);
  const secrets = secretNames(template);
  return {
    readParameter: async (name) => {
      parametersRead.push(name);
      const reference = '/aws/reference/secretsmanager/';
      if (name.startsWith(reference)) {
        if (!secrets.has(name.slice(reference.length)))
          throw new Error(`no secret of the stack is named by ${name}`);
        return 'k'.repeat(64);
      }
      throw new Error(`the runtime reads parameter ${name}, which the stack does not create`);
    },
    policyFetcher: (source: PolicySourceConfig) => async () => {
      if (source.kind === 'inline') return source.json;
      if (source.kind === 'ssm') {
        const parameter = resources.find(
          ([id, r]) =>
            r.Type === 'AWS::SSM::Parameter' && cfnString({ Ref: id }, template) === source.parameter,
        );
        if (!parameter) throw new Error(`no parameter of the stack is named ${source.parameter}`);
        return parameter[1].Properties?.Value as string;
      }
      const sameProfile = (r: { Properties?: Record<string, unknown> }) =>
        cfnString(r.Properties?.ApplicationId, template) === source.application &&
        cfnString(r.Properties?.ConfigurationProfileId, template) === source.profile;
      const deployed = resources.some(
        ([, r]) =>
          r.Type === 'AWS::AppConfig::Deployment' &&
          sameProfile(r) &&
          cfnString(r.Properties?.EnvironmentId, template) === source.environment,
      );
      const version = resources.find(
        ([, r]) => r.Type === 'AWS::AppConfig::HostedConfigurationVersion' && sameProfile(r),
      );
      if (!deployed || !version)
        throw new Error(`nothing is deployed to AppConfig ${JSON.stringify(source)}`);
      return version[1].Properties?.Content as string;
    },
  };
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe.each(APPS)('%s', (_name, synth) => {
  let app: RouterApp;
  let env: Record<string, string>;
  let stdout: jest.SpyInstance;

  beforeAll(() => {
    app = synth();
    env = deployedEnvironment(app.template);
    for (const name of Object.keys(env)) SEEN.add(name);
  });

  afterAll(() => fs.rmSync(app.assemblyDir, { recursive: true, force: true }));

  beforeEach(() => {
    // The loader's logger writes to stdout; the lines are not under test here.
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => stdout.mockRestore());

  test('sets only variables of RUNTIME_ENV, and the runtime reads every one of them', () => {
    // GIVEN the variables the construct set
    const set = Object.keys(env).filter((name) => name !== 'AWS_REGION');
    expect(set.length).toBeGreaterThan(5);
    // WHEN the runtime's configuration parser reads the environment
    const read = new Set<string>();
    routerConfigFromEnv(
      new Proxy(env, {
        get(target, name: string) {
          read.add(name);
          return target[name];
        },
      }),
    );
    // THEN each one is a documented name, and none is ignored
    expect(set.filter((name) => !KNOWN_NAMES.has(name))).toEqual([]);
    expect(set.filter((name) => !read.has(name))).toEqual([]);
  });

  test('the runtime loads the deployed configuration: backends, guardrail, identity and the deployed policy', async () => {
    // WHEN
    const reads = readsFromTemplate(app.template, []);
    const runtime = await runtimeFromEnv(env, reads);
    const config = routerConfigFromEnv(env);
    // THEN the private backend is the construct's, Bedrock is on with the stack's guardrail
    expect(runtime.options.backends.find((b) => b.name === 'private')?.placement).toBe('private');
    expect(runtime.options.backends.find((b) => b.name === 'bedrock')?.placement).toBe('cloud');
    expect(config.bedrock?.guardrail).toEqual({
      identifier: expect.stringMatching(/^[a-z0-9]{12}$/),
      version: '1',
    });
    // AND every caller must be verified (every authorization mode of the construct verifies one)
    expect(runtime.options.requireIdentity).toBe(true);
    // AND the policy is the one the stack deployed, and names only backends the runtime has
    const policy = await runtime.options.policy.current();
    const document = await reads.policyFetcher(config.policySource)();
    const deployed = JSON.parse(document ?? 'null') as { version?: string };
    expect(policy.version).toBe(deployed.version ?? DEFAULT_POLICY.version);
    const backendNames = new Set(runtime.options.backends.map((b) => b.name));
    const named = Object.values(policy.modelAliases).flatMap((alias) => [
      alias.private.backend,
      ...alias.cloud.map((target) => target.backend),
    ]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !backendNames.has(name))).toEqual([]);
  });

  test("the router's role may read what the runtime reads at start, and apply the guardrail it sends", async () => {
    // GIVEN the parameters and the policy location the runtime reads
    const parametersRead: string[] = [];
    await runtimeFromEnv(env, readsFromTemplate(app.template, parametersRead));
    const config = routerConfigFromEnv(env);
    const roleId = (routerFunctionOf(app.template).properties.Role as { 'Fn::GetAtt': [string, string] })[
      'Fn::GetAtt'
    ][0];
    const statements = roleStatements(app.template, roleId);
    const arn = (service: string, resource: string) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;
    // THEN every parameter read is granted
    expect(parametersRead.length).toBeGreaterThan(0);
    for (const name of parametersRead) {
      const parameterArn = arn('ssm', `parameter${name.startsWith('/') ? '' : '/'}${name}`);
      expect({ name, granted: allows(statements, app.template, 'ssm:GetParameter', parameterArn) }).toEqual({
        name,
        granted: true,
      });
    }
    // AND so is the policy source
    const source = config.policySource;
    if (source.kind === 'appconfig') {
      const configuration = arn(
        'appconfig',
        `application/${source.application}/environment/${source.environment}/configuration/${source.profile}`,
      );
      expect(allows(statements, app.template, 'appconfig:StartConfigurationSession', configuration)).toBe(
        true,
      );
      expect(allows(statements, app.template, 'appconfig:GetLatestConfiguration', configuration)).toBe(true);
    } else if (source.kind === 'ssm') {
      const parameterArn = arn(
        'ssm',
        `parameter${source.parameter.startsWith('/') ? '' : '/'}${source.parameter}`,
      );
      expect(allows(statements, app.template, 'ssm:GetParameter', parameterArn)).toBe(true);
    }
    // AND the guardrail the runtime names may be applied
    const guardrail = config.bedrock?.guardrail;
    expect(guardrail).toBeDefined();
    expect(
      allows(
        statements,
        app.template,
        'bedrock:ApplyGuardrail',
        arn('bedrock', `guardrail/${guardrail?.identifier}`),
      ),
    ).toBe(true);
  });

  test('runs index.handler on the runtime the bundle targets, from a copy of dist/bundle/router and nothing else', () => {
    const fn = routerFunctionOf(app.template).properties;
    // THEN the handler is the bundle's export
    expect(fn.Handler).toBe('index.handler');
    // AND the bundle was built for this Node version
    const target = /target: 'node(\d+)'/.exec(
      fs.readFileSync(path.join(ROOT, 'scripts', 'bundle.mjs'), 'utf8'),
    )?.[1];
    expect(fn.Runtime).toBe(`nodejs${target}.x`);
    // AND the code asset is the staged copy of dist/bundle/router, file for file
    const objectKey = (fn.Code as { S3Key: string }).S3Key;
    const manifest = JSON.parse(
      fs.readFileSync(path.join(app.assemblyDir, `${app.artifactId}.assets.json`), 'utf8'),
    ) as { files: Record<string, { source: { path: string; packaging: string } }> };
    const asset = manifest.files[objectKey.replace(/\.zip$/, '')];
    expect(asset.source.packaging).toBe('zip');
    const staged = path.join(app.assemblyDir, asset.source.path);
    expect(fs.readdirSync(staged).sort()).toEqual(['index.js', 'index.js.LEGAL.txt']);
    expect(fs.readdirSync(BUNDLE_DIR).sort()).toEqual(['index.js', 'index.js.LEGAL.txt']);
    for (const file of fs.readdirSync(BUNDLE_DIR)) {
      expect(sha256(path.join(staged, file))).toBe(sha256(path.join(BUNDLE_DIR, file)));
    }
  });
});

describe('the apps above together', () => {
  test('set every variable of RUNTIME_ENV that ClassifierRouter can set, so the contract covers each one', () => {
    const settable = Object.values(RUNTIME_ENV).filter((name) => !OPERATOR_KNOBS.has(name));
    expect(settable.filter((name) => !SEEN.has(name))).toEqual([]);
  });
});
