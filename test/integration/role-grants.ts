import { cfnLiteral, type CfnTemplate } from './cfn-literals';

interface Statement {
  readonly Effect?: string;
  readonly Action?: string | string[];
  readonly Resource?: unknown;
}

/** The Allow statements of every policy (inline or customer-managed) attached to the role `roleLogicalId`. */
export function roleStatements(template: CfnTemplate, roleLogicalId: string): Statement[] {
  return Object.values(template.Resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy')
    .filter((resource) =>
      ((resource.Properties?.Roles as unknown[] | undefined) ?? []).some(
        (role) => (role as { Ref?: string }).Ref === roleLogicalId,
      ),
    )
    .flatMap((resource) => (resource.Properties?.PolicyDocument as { Statement: Statement[] }).Statement)
    .filter((statement) => statement.Effect === 'Allow');
}

/** Whether an Allow statement grants `action` on `resourceArn` (IAM wildcards honoured; conditions not evaluated). */
export function allows(
  statements: readonly Statement[],
  template: CfnTemplate,
  action: string,
  resourceArn: string,
): boolean {
  return statements.some((statement) => {
    const actions = ([] as string[]).concat(statement.Action ?? []);
    if (!actions.some((pattern) => globMatches(pattern, action))) return false;
    const resources = ([] as unknown[]).concat(statement.Resource ?? []);
    return resources.some((resource) => {
      const resolved = cfnLiteral(resource, template);
      return typeof resolved === 'string' && globMatches(resolved, resourceArn);
    });
  });
}

/** IAM's `*` (any run) and `?` (one character), everything else literal. */
function globMatches(pattern: string, value: string): boolean {
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(value);
}
