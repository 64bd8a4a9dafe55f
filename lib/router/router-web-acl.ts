import { ArnFormat, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { assertIntegerInRange } from '../private/validation';

/** Properties of a `RouterWebAcl`. */
export interface RouterWebAclProps {
  /** The ARN of the API Gateway stage to protect. */
  readonly stageArn: string;

  /**
   * Requests one client IP may make in any 5-minute window before it is blocked.
   *
   * @default 2000
   */
  readonly rateLimitPerFiveMinutes?: number;

  /** The key that encrypts the WAF log group. */
  readonly encryptionKey: kms.IKey;

  /**
   * How long WAF logs are kept.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;
}

/** Managed rules of the common rule set that would block ordinary prompts, so they only count. */
const PROMPT_SAFE_OVERRIDES = [
  // LLM prompts routinely exceed the 8 KB body limit of this rule.
  'SizeRestrictions_BODY',
  // Prompts quoting HTML or code look like cross-site scripting to this rule.
  'CrossSiteScripting_BODY',
];

/**
 * The AWS WAF web ACL in front of the gateway: AWS managed rule groups (common, known bad inputs,
 * IP reputation), a per-IP rate-based rule, and logs without credentials.
 */
export class RouterWebAcl extends Construct {
  /** The web ACL. */
  public readonly webAcl: wafv2.CfnWebACL;
  /** Where WAF writes its logs. */
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: RouterWebAclProps) {
    super(scope, id);
    const rateLimit = props.rateLimitPerFiveMinutes ?? 2000;
    assertIntegerInRange('rateLimitPerFiveMinutes', rateLimit, 10, 2_000_000_000);

    const metricPrefix = Names.uniqueResourceName(this, { maxLength: 100 });
    const visibility = (name: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${metricPrefix}-${name}`,
    });
    const managedRule = (
      priority: number,
      name: string,
      overrides: string[] = [],
    ): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ruleActionOverrides: overrides.length
            ? overrides.map((rule) => ({ name: rule, actionToUse: { count: {} } }))
            : undefined,
        },
      },
      visibilityConfig: visibility(name),
    });

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      description: 'hybrid-ai-cdk gateway',
      visibilityConfig: visibility('WebAcl'),
      rules: [
        managedRule(0, 'AWSManagedRulesAmazonIpReputationList'),
        managedRule(1, 'AWSManagedRulesKnownBadInputsRuleSet'),
        managedRule(2, 'AWSManagedRulesCommonRuleSet', PROMPT_SAFE_OVERRIDES),
        {
          name: 'RateLimitPerIp',
          priority: 3,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: rateLimit, aggregateKeyType: 'IP' } },
          visibilityConfig: visibility('RateLimitPerIp'),
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.stageArn,
      webAclArn: this.webAcl.attrArn,
    });

    // WAF delivers only to log groups whose name starts with aws-waf-logs-.
    const logGroupName = `aws-waf-logs-${Names.uniqueResourceName(this, { maxLength: 400 })}`;
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName,
      encryptionKey: props.encryptionKey,
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new wafv2.CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // The destination is the bare log-group ARN, without the ':*' suffix of the GetAtt value.
      logDestinationConfigs: [
        Stack.of(this).formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      redactedFields: [
        { singleHeader: { Name: 'authorization' } },
        { singleHeader: { Name: 'x-api-key' } },
        { singleHeader: { Name: 'x-amz-security-token' } },
      ],
    });
  }
}
