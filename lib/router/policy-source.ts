import { Stack, Token } from 'aws-cdk-lib';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { ROUTING_POLICY_SCHEMA } from '../policy/schema';
import type { RoutingPolicy } from '../policy/types';
import { assertIntegerInRange } from '../private/validation';
import { RUNTIME_ENV } from './runtime-env';

/** Options of the AppConfig policy source. */
export interface AppConfigPolicySourceOptions {
  /**
   * How a new policy version rolls out to the router's instances.
   *
   * @default - linear, 50% every 30 seconds, no bake time
   */
  readonly rolloutStrategy?: appconfig.RolloutStrategy;

  /**
   * Seconds a router instance keeps a fetched policy before asking AppConfig again.
   *
   * @default 30
   */
  readonly cacheSeconds?: number;
}

/** Options of the SSM parameter policy source. */
export interface SsmPolicySourceOptions {
  /**
   * An existing parameter holding the policy (for example a SecureString created outside
   * CloudFormation, which cannot create SecureStrings). Its content is not checked at synth.
   *
   * @default - a new String parameter holding the synth-time policy
   */
  readonly parameterName?: string;

  /**
   * The key of an existing SecureString parameter, so the router may decrypt it.
   *
   * @default - none (String parameter, or the AWS-managed `aws/ssm` key)
   */
  readonly parameterKey?: kms.IKey;

  /**
   * Seconds a router instance keeps a fetched policy before reading the parameter again.
   *
   * @default 30
   */
  readonly cacheSeconds?: number;
}

/** What binding a policy source needs. */
export interface PolicySourceBindOptions {
  /** The validated policy document. */
  readonly policy: RoutingPolicy;
  /** The router's role. */
  readonly grantee: iam.IGrantable;
  /** The key that encrypts configuration at rest. */
  readonly encryptionKey: kms.IKey;
}

/** Where the router reads its policy, once bound. */
export interface PolicySourceConfig {
  /** Environment variables for the router (see `RUNTIME_ENV`). */
  readonly environment: Record<string, string>;
}

/**
 * Where the router Lambda reads its routing policy. AppConfig (the default) and SSM let an
 * operator change the policy without a code deployment; the router re-reads it after a short cache.
 */
export abstract class PolicySource {
  /**
   * An AppConfig hosted configuration, encrypted with KMS, checked by the policy's JSON schema
   * validator on every new version and rolled out by a deployment strategy.
   */
  public static appConfig(options: AppConfigPolicySourceOptions = {}): PolicySource {
    if (options.cacheSeconds !== undefined)
      assertIntegerInRange('cacheSeconds', options.cacheSeconds, 15, 3600);
    return new AppConfigSource(options);
  }

  /** An SSM parameter. Use a SecureString (`parameterName`) when the policy names confidential terms. */
  public static ssmParameter(options: SsmPolicySourceOptions = {}): PolicySource {
    if (options.cacheSeconds !== undefined)
      assertIntegerInRange('cacheSeconds', options.cacheSeconds, 1, 3600);
    return new SsmSource(options);
  }

  /**
   * The policy in the Lambda's (KMS-encrypted) environment: no extra service, but a change needs a
   * deployment and the document must stay under 3 KB.
   */
  public static inline(): PolicySource {
    return new InlineSource();
  }

  /** Create the policy store in `scope`, grant the router read access and say where it is. */
  public abstract bind(scope: Construct, options: PolicySourceBindOptions): PolicySourceConfig;
}

const DEFAULT_CACHE_SECONDS = 30;
const INLINE_LIMIT_BYTES = 3072;
const SSM_STANDARD_LIMIT_BYTES = 4096;

class AppConfigSource extends PolicySource {
  constructor(private readonly options: AppConfigPolicySourceOptions) {
    super();
  }

  public bind(scope: Construct, options: PolicySourceBindOptions): PolicySourceConfig {
    const holder = new Construct(scope, 'PolicyStore');
    const application = new appconfig.Application(holder, 'Application', {
      description: 'Routing policy of the hybrid-ai-cdk gateway',
    });
    const environment = new appconfig.Environment(holder, 'Environment', {
      application,
      description: 'The environment the router reads',
    });
    const strategy = new appconfig.DeploymentStrategy(holder, 'DeploymentStrategy', {
      rolloutStrategy:
        this.options.rolloutStrategy ?? appconfig.RolloutStrategy.LINEAR_50_PERCENT_EVERY_30_SECONDS,
    });
    const configuration = new appconfig.HostedConfiguration(holder, 'Policy', {
      application,
      content: appconfig.ConfigurationContent.fromInlineJson(JSON.stringify(options.policy)),
      type: appconfig.ConfigurationType.FREEFORM,
      validators: [appconfig.JsonSchemaValidator.fromInline(JSON.stringify(ROUTING_POLICY_SCHEMA))],
      kmsKey: options.encryptionKey,
      deploymentKey: options.encryptionKey,
      deploymentStrategy: strategy,
      deployTo: [environment],
    });
    const stack = Stack.of(holder);
    // The data-plane actions are authorized on the configuration of one environment and profile.
    iam.Grant.addToPrincipal({
      grantee: options.grantee,
      actions: ['appconfig:StartConfigurationSession', 'appconfig:GetLatestConfiguration'],
      resourceArns: [
        stack.formatArn({
          service: 'appconfig',
          resource: 'application',
          resourceName: `${application.applicationId}/environment/${environment.environmentId}/configuration/${configuration.configurationProfileId}`,
        }),
      ],
    });
    options.encryptionKey.grantDecrypt(options.grantee);
    return {
      environment: {
        [RUNTIME_ENV.POLICY_SOURCE]: 'appconfig',
        [RUNTIME_ENV.APPCONFIG_APPLICATION]: application.applicationId,
        [RUNTIME_ENV.APPCONFIG_ENVIRONMENT]: environment.environmentId,
        [RUNTIME_ENV.APPCONFIG_PROFILE]: configuration.configurationProfileId,
        [RUNTIME_ENV.POLICY_TTL_SECONDS]: String(this.options.cacheSeconds ?? DEFAULT_CACHE_SECONDS),
      },
    };
  }
}

class SsmSource extends PolicySource {
  constructor(private readonly options: SsmPolicySourceOptions) {
    super();
  }

  public bind(scope: Construct, options: PolicySourceBindOptions): PolicySourceConfig {
    let parameter: ssm.IStringParameter;
    if (this.options.parameterName !== undefined) {
      parameter = ssm.StringParameter.fromStringParameterName(
        scope,
        'PolicyParameter',
        this.options.parameterName,
      );
      this.options.parameterKey?.grantDecrypt(options.grantee);
    } else {
      const value = JSON.stringify(options.policy);
      parameter = new ssm.StringParameter(scope, 'PolicyParameter', {
        description: 'Routing policy of the hybrid-ai-cdk gateway',
        stringValue: value,
        tier:
          Buffer.byteLength(value) > SSM_STANDARD_LIMIT_BYTES
            ? ssm.ParameterTier.ADVANCED
            : ssm.ParameterTier.STANDARD,
      });
    }
    parameter.grantRead(options.grantee);
    return {
      environment: {
        [RUNTIME_ENV.POLICY_SOURCE]: 'ssm',
        [RUNTIME_ENV.POLICY_PARAMETER]: parameter.parameterName,
        [RUNTIME_ENV.POLICY_TTL_SECONDS]: String(this.options.cacheSeconds ?? DEFAULT_CACHE_SECONDS),
      },
    };
  }
}

class InlineSource extends PolicySource {
  public bind(_scope: Construct, options: PolicySourceBindOptions): PolicySourceConfig {
    const value = JSON.stringify(options.policy);
    if (!Token.isUnresolved(value) && Buffer.byteLength(value) > INLINE_LIMIT_BYTES) {
      throw new Error(
        `an inline policy must stay under ${INLINE_LIMIT_BYTES} bytes (Lambda environment limit), got ${Buffer.byteLength(value)}; use PolicySource.appConfig()`,
      );
    }
    return { environment: { [RUNTIME_ENV.POLICY_SOURCE]: 'inline', [RUNTIME_ENV.POLICY_JSON]: value } };
  }
}
