import { Names, Token } from 'aws-cdk-lib';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../private/acknowledge';
import { createEncryptionKey } from '../private/encryption-key';
import { assertBackendUrl } from '../private/validation';
import type { BedrockModel } from './bedrock-model';

/** Content-filter settings of the Bedrock guardrail applied to cloud requests. */
export interface CloudGuardrailOptions {
  /**
   * Strength of the hate, insults, sexual, violence and misconduct filters on prompts and answers.
   *
   * @default 'HIGH'
   */
  readonly filterStrength?: 'LOW' | 'MEDIUM' | 'HIGH';

  /**
   * What the caller reads when the guardrail blocks a prompt or an answer.
   *
   * @default 'This request was blocked by the organisation\'s AI usage policy.'
   */
  readonly blockedMessage?: string;
}

/** A third-party model API speaking the OpenAI protocol. */
export interface OpenAiCompatibleProvider {
  /** The backend name policies use in model aliases (`backend: '<name>'`); lower case. */
  readonly name: string;
  /** The API base URL, such as `https://api.example-llm.com/v1`. */
  readonly baseUrl: string;
}

/** Properties of a `CloudModelAccess`. */
export interface CloudModelAccessProps {
  /** The Bedrock models and inference profiles the router may invoke; nothing else is allowed. */
  readonly models: BedrockModel[];

  /**
   * Apply a Bedrock guardrail to every cloud request, as defence in depth behind the classifier.
   *
   * @default - no guardrail
   */
  readonly guardrail?: CloudGuardrailOptions;

  /**
   * Third-party OpenAI-compatible providers; each gets a Secrets Manager secret for its API key,
   * which an operator fills after deploying (`aws secretsmanager put-secret-value`). They are
   * reached over the internet, so the network needs `internetEgress`.
   *
   * @default - Bedrock only
   */
  readonly providers?: OpenAiCompatibleProvider[];

  /**
   * The key encrypting provider secrets and the guardrail.
   *
   * @default - a new customer-managed key with rotation
   */
  readonly encryptionKey?: kms.IKey;
}

/** A provider with the secret holding its API key. */
export interface ProviderAccess {
  readonly name: string;
  readonly baseUrl: string;
  readonly apiKeySecret: secretsmanager.ISecret;
}

const RESERVED_BACKEND_NAMES = ['private', 'bedrock'];

/** What the router needs from its cloud access: the allowlist, providers, guardrail, and the grant. */
export interface ICloudModelAccess {
  /** The allowed Bedrock models. */
  readonly models: readonly BedrockModel[];
  /** Third-party providers and their key secrets. */
  readonly providers: readonly ProviderAccess[];
  /** The guardrail id, when a guardrail applies. */
  readonly guardrailId?: string;
  /** The guardrail version, set together with `guardrailId`. */
  readonly guardrailVersion?: string;
  /** Allow `grantee` to invoke the allowed models, apply the guardrail and read the provider keys. */
  grantInvoke(grantee: iam.IGrantable): iam.Grant;
}

/**
 * What the router may use in the cloud: an allowlist of Bedrock models turned into IAM statements
 * on exactly those ARNs, an optional guardrail, and the API-key secrets of third-party providers.
 * `grantInvoke` hands all of it to the router's role.
 */
export class CloudModelAccess extends Construct implements ICloudModelAccess {
  /** The allowed models. */
  public readonly models: readonly BedrockModel[];
  /** The guardrail resource, when configured. */
  public readonly cfnGuardrail?: bedrock.CfnGuardrail;
  /** The published guardrail version the router applies. */
  public readonly cfnGuardrailVersion?: bedrock.CfnGuardrailVersion;
  public readonly guardrailId?: string;
  public readonly guardrailVersion?: string;
  /** Third-party providers and their key secrets. */
  public readonly providers: readonly ProviderAccess[];
  /** The key of the secrets and the guardrail. */
  public readonly encryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: CloudModelAccessProps) {
    super(scope, id);
    if (props.models.length === 0) {
      throw new Error(
        'models must list at least one Bedrock model or inference profile the router may invoke',
      );
    }
    this.models = [...props.models];
    this.encryptionKey =
      props.encryptionKey ?? createEncryptionKey(this, 'Key', 'hybrid-ai-cdk cloud model access');

    if (props.guardrail) {
      this.cfnGuardrail = this.createGuardrail(props.guardrail);
      this.cfnGuardrailVersion = new bedrock.CfnGuardrailVersion(this, 'GuardrailVersion', {
        guardrailIdentifier: this.cfnGuardrail.attrGuardrailId,
        description: 'Version applied by the hybrid-ai-cdk router',
      });
      this.guardrailId = this.cfnGuardrail.attrGuardrailId;
      this.guardrailVersion = this.cfnGuardrailVersion.attrVersion;
    }
    const names = (props.providers ?? []).map((provider) => provider.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate !== undefined) {
      throw new Error(`provider name '${duplicate}' is used twice; give each provider its own name`);
    }
    this.providers = (props.providers ?? []).map((provider) => this.createProvider(provider));
  }

  /** Allow `grantee` to invoke the allowed models, apply the guardrail and read the provider keys. */
  public grantInvoke(grantee: iam.IGrantable): iam.Grant {
    const statements = this.models.flatMap((model) => model.invokeStatements(this));
    if (this.cfnGuardrail) {
      statements.push(
        new iam.PolicyStatement({
          actions: ['bedrock:ApplyGuardrail'],
          resources: [this.cfnGuardrail.attrGuardrailArn],
        }),
      );
    }
    let grant = iam.Grant.drop(grantee, 'no statements');
    for (const statement of statements) {
      grant = grant.combine(
        iam.Grant.addToPrincipal({
          grantee,
          actions: statement.actions,
          resourceArns: statement.resources,
          conditions: statement.conditions,
        }),
      );
    }
    for (const provider of this.providers) {
      grant = grant.combine(provider.apiKeySecret.grantRead(grantee));
    }
    if (this.cfnGuardrail) {
      // Bedrock decrypts the guardrail with the caller's permissions on the key.
      grant = grant.combine(this.encryptionKey.grantDecrypt(grantee));
    }
    return grant;
  }

  private createGuardrail(options: CloudGuardrailOptions): bedrock.CfnGuardrail {
    const strength = options.filterStrength ?? 'HIGH';
    const message =
      options.blockedMessage ?? "This request was blocked by the organisation's AI usage policy.";
    const filters = ['HATE', 'INSULTS', 'SEXUAL', 'VIOLENCE', 'MISCONDUCT'].map((type) => ({
      type,
      inputStrength: strength,
      outputStrength: strength,
    }));
    return new bedrock.CfnGuardrail(this, 'Guardrail', {
      name: Names.uniqueResourceName(this, { maxLength: 50 }),
      description: 'Content filters on cloud-routed requests of the hybrid-ai-cdk gateway',
      blockedInputMessaging: message,
      blockedOutputsMessaging: message,
      kmsKeyArn: this.encryptionKey.keyArn,
      contentPolicyConfig: {
        // Prompt-attack detection judges prompts only, so its output strength must be NONE.
        filtersConfig: [
          ...filters,
          { type: 'PROMPT_ATTACK', inputStrength: strength, outputStrength: 'NONE' },
        ],
      },
    });
  }

  private createProvider(provider: OpenAiCompatibleProvider): ProviderAccess {
    if (
      !Token.isUnresolved(provider.name) &&
      (!/^[a-z][a-z0-9-]{0,31}$/.test(provider.name) || RESERVED_BACKEND_NAMES.includes(provider.name))
    ) {
      throw new Error(
        `provider name must be 1-32 lower-case letters, digits or '-', other than ${RESERVED_BACKEND_NAMES.join(' or ')}, got '${provider.name}'`,
      );
    }
    assertBackendUrl(`provider ${provider.name} baseUrl`, provider.baseUrl, { allowInsecureHttp: false });
    const secret = new secretsmanager.Secret(this, `${provider.name}ApiKey`, {
      description: `API key of the OpenAI-compatible provider '${provider.name}' (set it with put-secret-value)`,
      encryptionKey: this.encryptionKey,
    });
    const reason = `The API key of '${provider.name}' is issued by the provider; it is rotated in the provider's console and stored here with put-secret-value, so no rotation Lambda can create it.`;
    acknowledge(secret, {
      'AwsSolutions::AwsSolutions-SMG4': reason,
      'HIPAA.Security::HIPAA.Security-SecretsManagerRotationEnabled': reason,
      'NIST.800.53.R5::NIST.800.53.R5-SecretsManagerRotationEnabled': reason,
    });
    return { name: provider.name, baseUrl: provider.baseUrl, apiKeySecret: secret };
  }
}
