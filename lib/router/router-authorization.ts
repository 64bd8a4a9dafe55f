import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { RUNTIME_ENV } from './runtime-env';

/** Options of API-key authentication. */
export interface ApiKeyAuthorizationOptions {
  /**
   * Requests each key may make per day.
   *
   * @default - no quota (throttling still applies)
   */
  readonly dailyQuota?: number;
}

/** Options of Cognito (JWT) authentication. */
export interface CognitoAuthorizationOptions {
  /** The user pools whose ID or access tokens the API accepts. */
  readonly userPools: cognito.IUserPool[];

  /**
   * Token claims that carry the caller's department, first present wins.
   *
   * @default ['custom:department', 'department']
   */
  readonly departmentClaims?: string[];

  /**
   * Token claims that carry the caller's use case, first present wins.
   *
   * @default ['custom:use_case', 'use_case']
   */
  readonly useCaseClaims?: string[];

  /**
   * OAuth scopes an access token must carry. Without scopes the API expects ID tokens.
   *
   * @default - ID tokens, no scope check
   */
  readonly scopes?: string[];
}

/** What an authorization gives the API and the router Lambda, once bound. */
export interface RouterAuthorizationConfig {
  /** Applied to every method. */
  readonly methodOptions: apigateway.MethodOptions;
  /** Environment variables for the router (see `RUNTIME_ENV`). */
  readonly environment: Record<string, string>;
  /** Set for API keys: keys are added to this plan. */
  readonly usagePlan?: apigateway.UsagePlan;
  /** Compliance findings this choice of authorization answers, with the reason, per method. */
  readonly acknowledgements: Readonly<Record<string, string>>;
}

/** What binding an authorization needs. */
export interface RouterAuthorizationBindOptions {
  /** The REST API. */
  readonly api: apigateway.RestApi;
  /** Steady-state requests per second per caller (usage plans). */
  readonly rateLimit: number;
  /** Burst requests per caller (usage plans). */
  readonly burstLimit: number;
}

const CLAIM_NAME = /^[A-Za-z0-9:_.-]{1,128}$/;

/**
 * How callers prove who they are. The router takes department and use case from the verified
 * identity only (token claims passed through the authorizer context), never from a header, unless
 * the policy explicitly trusts client headers.
 */
export abstract class RouterAuthorization {
  /** AWS Signature V4: callers need `execute-api:Invoke`, given with `ClassifierRouter.grantInvoke`. */
  public static iam(): RouterAuthorization {
    return new IamAuthorization();
  }

  /** API keys with a usage plan; add keys with `router.usagePlan.addApiKey(...)`. */
  public static apiKeys(options: ApiKeyAuthorizationOptions = {}): RouterAuthorization {
    if (
      options.dailyQuota !== undefined &&
      (!Number.isInteger(options.dailyQuota) || options.dailyQuota < 1)
    ) {
      throw new Error(`dailyQuota must be a positive integer, got ${options.dailyQuota}`);
    }
    return new ApiKeyAuthorization(options);
  }

  /** Cognito user pool tokens (JWT); their claims give the caller's department and use case. */
  public static cognito(options: CognitoAuthorizationOptions): RouterAuthorization {
    if (options.userPools.length === 0) {
      throw new Error('cognito authorization needs at least one user pool in userPools');
    }
    for (const claim of [...(options.departmentClaims ?? []), ...(options.useCaseClaims ?? [])]) {
      if (!CLAIM_NAME.test(claim) || claim.includes(',')) {
        throw new Error(`claim names hold letters, digits and ':_.-' only, got '${claim}'`);
      }
    }
    return new CognitoAuthorization(options);
  }

  /** Create what the authorization needs on `api`. */
  public abstract bind(scope: Construct, options: RouterAuthorizationBindOptions): RouterAuthorizationConfig;
}

class IamAuthorization extends RouterAuthorization {
  public bind(): RouterAuthorizationConfig {
    return {
      methodOptions: { authorizationType: apigateway.AuthorizationType.IAM },
      environment: {},
      acknowledgements: {
        'AwsSolutions::AwsSolutions-COG4':
          'Callers authenticate with AWS IAM (SigV4) and need execute-api:Invoke; RouterAuthorization.cognito() switches to a Cognito authorizer.',
      },
    };
  }
}

class ApiKeyAuthorization extends RouterAuthorization {
  constructor(private readonly options: ApiKeyAuthorizationOptions) {
    super();
  }

  public bind(_scope: Construct, bindOptions: RouterAuthorizationBindOptions): RouterAuthorizationConfig {
    const usagePlan = bindOptions.api.addUsagePlan('UsagePlan', {
      description: 'Callers of the hybrid-ai-cdk gateway',
      throttle: { rateLimit: bindOptions.rateLimit, burstLimit: bindOptions.burstLimit },
      quota: this.options.dailyQuota
        ? { limit: this.options.dailyQuota, period: apigateway.Period.DAY }
        : undefined,
      apiStages: [{ api: bindOptions.api, stage: bindOptions.api.deploymentStage }],
    });
    return {
      methodOptions: { apiKeyRequired: true },
      environment: {},
      usagePlan,
      acknowledgements: {
        'AwsSolutions::AwsSolutions-APIG4':
          'The operator chose API keys with a usage plan (RouterAuthorization.apiKeys) for callers that cannot sign requests or hold tokens; the key identifies the caller.',
        'AwsSolutions::AwsSolutions-COG4':
          'The operator chose API keys with a usage plan (RouterAuthorization.apiKeys) instead of a Cognito authorizer.',
      },
    };
  }
}

class CognitoAuthorization extends RouterAuthorization {
  constructor(private readonly options: CognitoAuthorizationOptions) {
    super();
  }

  public bind(scope: Construct): RouterAuthorizationConfig {
    const authorizer = new apigateway.CognitoUserPoolsAuthorizer(scope, 'Authorizer', {
      cognitoUserPools: this.options.userPools,
    });
    return {
      methodOptions: {
        authorizationType: apigateway.AuthorizationType.COGNITO,
        authorizer,
        authorizationScopes: this.options.scopes,
      },
      environment: {
        [RUNTIME_ENV.DEPARTMENT_CLAIMS]: (
          this.options.departmentClaims ?? ['custom:department', 'department']
        ).join(','),
        [RUNTIME_ENV.USE_CASE_CLAIMS]: (this.options.useCaseClaims ?? ['custom:use_case', 'use_case']).join(
          ',',
        ),
      },
      acknowledgements: {},
    };
  }
}
