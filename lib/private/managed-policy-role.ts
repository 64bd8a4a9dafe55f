import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * A role whose grants land in one customer-managed policy instead of an inline default policy.
 * HIPAA Security, NIST 800-53 R5 and PCI DSS all flag inline policies (IAMNoInlinePolicy): a
 * managed policy is versioned and reviewable on its own. Grants keep working unchanged.
 */
export class ManagedPolicyRole extends iam.Role {
  private grantsPolicy?: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: iam.RoleProps) {
    super(scope, id, props);
  }

  public override addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult {
    if (!this.grantsPolicy) {
      this.grantsPolicy = new iam.ManagedPolicy(this, 'GrantsPolicy', {
        description: `Least-privilege grants of ${this.node.path}`,
        roles: [this],
      });
    }
    this.grantsPolicy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.grantsPolicy };
  }
}
