import { Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/** Options of a cross-Region inference profile. */
export interface InferenceProfileOptions {
  /**
   * The Regions the profile routes requests to (its routing configuration, as listed by
   * `aws bedrock get-inference-profile`). Invocation through a profile is authorized on the
   * foundation model in whichever of these Regions serves the request, so each one must be allowed.
   *
   * @default - for a `us.` profile: us-east-1, us-east-2, us-west-2; required for other geographies
   */
  readonly destinationRegions?: string[];
}

/** Geography prefixes of system-defined cross-Region inference profiles. */
const GEO_PREFIXES = ['us', 'eu', 'apac', 'jp', 'au', 'ca', 'us-gov', 'global'] as const;
const DEFAULT_US_REGIONS = ['us-east-1', 'us-east-2', 'us-west-2'];
const MODEL_ID = /^[a-z0-9][a-z0-9.:_-]{2,127}$/;

/**
 * A Bedrock model the router may invoke: a foundation model in the stack's Region, or a
 * cross-Region inference profile.
 *
 * Why a profile needs more than its own ARN: `bedrock:InvokeModel` (which also authorizes
 * `Converse`; `InvokeModelWithResponseStream` authorizes `ConverseStream`) is evaluated on the
 * inference profile ARN and again on the foundation-model ARN in the Region the profile picks.
 * So the policy allows the profile, and the foundation model in each destination Region only when
 * reached through that profile (condition `bedrock:InferenceProfileArn`). A `global.` profile
 * may pick any commercial Region: its foundation model is authorized with the Region-less ARN
 * `arn:aws:bedrock:::foundation-model/<id>`.
 */
export abstract class BedrockModel {
  /** A foundation model invoked directly in the stack's Region, e.g. `amazon.nova-lite-v1:0`. */
  public static foundationModel(modelId: string): BedrockModel {
    assertModelId('modelId', modelId);
    return new FoundationModel(modelId);
  }

  /** A system-defined cross-Region inference profile, e.g. `us.anthropic.claude-sonnet-4-20250514-v1:0`. */
  public static inferenceProfile(profileId: string, options: InferenceProfileOptions = {}): BedrockModel {
    assertModelId('profileId', profileId);
    const prefix = GEO_PREFIXES.find((geo) => profileId.startsWith(`${geo}.`));
    if (!prefix) {
      throw new Error(
        `profileId must start with a geography prefix (${GEO_PREFIXES.join('., ')}.), got '${profileId}'; use BedrockModel.foundationModel for a model id`,
      );
    }
    const regions = options.destinationRegions ?? (prefix === 'us' ? DEFAULT_US_REGIONS : undefined);
    if (prefix !== 'global' && (!regions || regions.length === 0)) {
      throw new Error(
        `destinationRegions is required for inference profile '${profileId}'; list the Regions of its routing configuration (aws bedrock get-inference-profile)`,
      );
    }
    for (const region of regions ?? []) {
      if (!Token.isUnresolved(region) && !/^[a-z]{2}(-[a-z]+)+-[0-9]$/.test(region)) {
        throw new Error(`destinationRegions entry must be a Region name such as us-east-1, got '${region}'`);
      }
    }
    return new InferenceProfile(
      profileId,
      profileId.slice(prefix.length + 1),
      prefix === 'global',
      regions ?? [],
    );
  }

  /**
   * An inference profile when `id` starts with a geography prefix (`us.`, `eu.`, `global.`…),
   * otherwise a foundation model: how a policy's model aliases name Bedrock models.
   */
  public static fromId(id: string, options: InferenceProfileOptions = {}): BedrockModel {
    const isProfile = GEO_PREFIXES.some((geo) => id.startsWith(`${geo}.`));
    return isProfile ? BedrockModel.inferenceProfile(id, options) : BedrockModel.foundationModel(id);
  }

  /** The id the router passes to Bedrock (`modelId` of InvokeModel / Converse). */
  public abstract readonly id: string;

  /** The IAM statements that allow invoking exactly this model, for principals in `scope`'s stack. */
  public abstract invokeStatements(scope: IConstruct): iam.PolicyStatement[];
}

/** The actions that authorize InvokeModel, Converse, InvokeModelWithResponseStream and ConverseStream. */
export const BEDROCK_INVOKE_ACTIONS = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'];

class FoundationModel extends BedrockModel {
  constructor(public readonly id: string) {
    super();
  }

  public invokeStatements(scope: IConstruct): iam.PolicyStatement[] {
    return [
      new iam.PolicyStatement({
        actions: BEDROCK_INVOKE_ACTIONS,
        resources: [foundationModelArn(scope, Stack.of(scope).region, this.id)],
      }),
    ];
  }
}

class InferenceProfile extends BedrockModel {
  constructor(
    public readonly id: string,
    private readonly modelId: string,
    private readonly global: boolean,
    private readonly destinationRegions: string[],
  ) {
    super();
  }

  public invokeStatements(scope: IConstruct): iam.PolicyStatement[] {
    const profileArn = Stack.of(scope).formatArn({
      service: 'bedrock',
      resource: 'inference-profile',
      resourceName: this.id,
    });
    const modelArns = this.global
      ? [
          foundationModelArn(scope, Stack.of(scope).region, this.modelId),
          foundationModelArn(scope, '', this.modelId),
        ]
      : this.destinationRegions.map((region) => foundationModelArn(scope, region, this.modelId));
    return [
      new iam.PolicyStatement({ actions: BEDROCK_INVOKE_ACTIONS, resources: [profileArn] }),
      new iam.PolicyStatement({
        actions: BEDROCK_INVOKE_ACTIONS,
        resources: modelArns,
        conditions: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
      }),
    ];
  }
}

/** Foundation models are AWS-owned: their ARNs carry no account. */
function foundationModelArn(scope: IConstruct, region: string, modelId: string): string {
  return Stack.of(scope).formatArn({
    service: 'bedrock',
    region,
    account: '',
    resource: 'foundation-model',
    resourceName: modelId,
  });
}

function assertModelId(what: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  if (!MODEL_ID.test(value)) {
    throw new Error(
      `${what} must be a Bedrock model id such as anthropic.claude-3-5-haiku-20241022-v1:0, got '${value}'`,
    );
  }
}
