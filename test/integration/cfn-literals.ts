import { createHash } from 'node:crypto';

/** The parts of a synthesized CloudFormation template the resolver reads. */
export interface CfnTemplate {
  readonly Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';

const PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};

/** A stable lower-case alphanumeric string of `length` derived from a logical id, shaped like an AWS-generated id. */
function generatedId(logicalId: string, length: number): string {
  const digest = createHash('sha256').update(logicalId).digest();
  return Array.from(
    digest.subarray(0, length),
    (byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36],
  ).join('');
}

/**
 * What `Ref` returns for each resource type the router's environment and grants refer to, in the
 * shape AWS gives it. A type missing here fails the test loudly: a new reference in the
 * environment needs a deliberate plausible value, not a silent guess.
 */
const REF_VALUES: Readonly<
  Record<string, (logicalId: string, properties: Record<string, unknown>) => string>
> = {
  // CloudFormation names a secret `<logical id>-<12 chars>`; Secrets Manager appends `-<6 chars>` to the ARN.
  'AWS::SecretsManager::Secret': (id, properties) =>
    `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${typeof properties.Name === 'string' ? properties.Name : `${id}-${generatedId(id, 12)}`}-${generatedId(`${id}/suffix`, 6)}`,
  'AWS::AppConfig::Application': (id) => generatedId(id, 7),
  'AWS::AppConfig::Environment': (id) => generatedId(id, 7),
  'AWS::AppConfig::ConfigurationProfile': (id) => generatedId(id, 7),
  'AWS::SSM::Parameter': (id, properties) =>
    typeof properties.Name === 'string' ? properties.Name : `CFN-${id}-${generatedId(id, 12)}`,
  'AWS::IAM::Role': (id) => `${id}-${generatedId(id, 12)}`,
  'AWS::KMS::Key': (id) => `${generatedId(id, 8)}-1234-5678-9abc-${generatedId(`${id}/tail`, 12)}`,
  'AWS::Logs::LogGroup': (id) => `${id}-${generatedId(id, 12)}`,
};

/** What `Fn::GetAtt` returns, by resource type and attribute. */
const ATTRIBUTE_VALUES: Readonly<Record<string, (logicalId: string) => string>> = {
  'AWS::Bedrock::Guardrail.GuardrailId': (id) => generatedId(id, 12),
  'AWS::Bedrock::Guardrail.GuardrailArn': (id) =>
    `arn:aws:bedrock:${REGION}:${ACCOUNT}:guardrail/${generatedId(id, 12)}`,
  'AWS::Bedrock::GuardrailVersion.Version': () => '1',
  'AWS::IAM::Role.Arn': (id) => `arn:aws:iam::${ACCOUNT}:role/${id}-${generatedId(id, 12)}`,
  'AWS::KMS::Key.Arn': (id) =>
    `arn:aws:kms:${REGION}:${ACCOUNT}:key/${generatedId(id, 8)}-1234-5678-9abc-${generatedId(`${id}/tail`, 12)}`,
  'AWS::Logs::LogGroup.Arn': (id) =>
    `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${id}-${generatedId(id, 12)}:*`,
};

/**
 * Resolves a CloudFormation value (a literal, `Ref`, `Fn::GetAtt`, `Fn::Join`, `Fn::Select`,
 * `Fn::Split`) to the literal a deployment would plausibly produce, so runtime code can be fed
 * what it would read after `cdk deploy` — without AWS.
 */
export function cfnLiteral(value: unknown, template: CfnTemplate): string | string[] {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => cfnString(item, template));
  if (value === null || typeof value !== 'object') throw new Error(`cannot resolve ${JSON.stringify(value)}`);
  const [fn, args] = Object.entries(value as Record<string, unknown>)[0] ?? [];
  switch (fn) {
    case 'Ref':
      return refValue(String(args), template);
    case 'Fn::GetAtt': {
      const [logicalId, attribute] = args as [string, string];
      const type = resourceOf(logicalId, template).Type;
      const make = ATTRIBUTE_VALUES[`${type}.${attribute}`];
      if (!make)
        throw new Error(`no plausible value for Fn::GetAtt ${type}.${attribute}; add one to cfn-literals.ts`);
      return make(logicalId);
    }
    case 'Fn::Join': {
      const [separator, items] = args as [string, unknown[]];
      return items.map((item) => cfnString(item, template)).join(separator);
    }
    case 'Fn::Select': {
      const [index, list] = args as [number | string, unknown];
      const resolved = cfnLiteral(list, template);
      if (!Array.isArray(resolved))
        throw new Error(`Fn::Select needs a list, got ${JSON.stringify(resolved)}`);
      const item = resolved[Number(index)];
      if (item === undefined)
        throw new Error(`Fn::Select index ${index} is out of range of ${JSON.stringify(resolved)}`);
      return item;
    }
    case 'Fn::Split': {
      const [separator, source] = args as [string, unknown];
      return cfnString(source, template).split(separator);
    }
    default:
      throw new Error(`cannot resolve ${JSON.stringify(value)}; add ${String(fn)} to cfn-literals.ts`);
  }
}

/** `cfnLiteral` for a value that must be one string. */
export function cfnString(value: unknown, template: CfnTemplate): string {
  const resolved = cfnLiteral(value, template);
  if (Array.isArray(resolved)) throw new Error(`expected a string, got the list ${JSON.stringify(resolved)}`);
  return resolved;
}

function refValue(name: string, template: CfnTemplate): string {
  const pseudo = PSEUDO_PARAMETERS[name];
  if (pseudo !== undefined) return pseudo;
  const resource = resourceOf(name, template);
  const make = REF_VALUES[resource.Type];
  if (!make) throw new Error(`no plausible value for Ref of ${resource.Type}; add one to cfn-literals.ts`);
  return make(name, resource.Properties ?? {});
}

function resourceOf(
  logicalId: string,
  template: CfnTemplate,
): { Type: string; Properties?: Record<string, unknown> } {
  const resource = template.Resources[logicalId];
  if (!resource) throw new Error(`the template has no resource ${logicalId}`);
  return resource;
}
