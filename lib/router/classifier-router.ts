import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ICloudModelAccess } from '../cloud/cloud-model-access';
import type { PrivateBackend } from '../gpu-cluster/private-backend';
import type { RoutingPolicy } from '../policy/types';
import { validatePolicy } from '../policy/validate';
import { acknowledge } from '../private/acknowledge';
import { allowCloudWatchLogs, createEncryptionKey } from '../private/encryption-key';
import { ManagedPolicyRole } from '../private/managed-policy-role';
import { routerBundleDir } from '../private/router-bundle';
import { grantSecretReference } from '../private/secret-reference';
import { assertIntegerInRange } from '../private/validation';
import { assertPolicyTargetsAllowed } from './policy-targets';
import { PolicySource } from './policy-source';
import { RouterAuthorization, type RouterAuthorizationConfig } from './router-authorization';
import { RouterWebAcl } from './router-web-acl';
import { RUNTIME_ENV, type OpenAiBackendEnvEntry } from './runtime-env';

/** Make the API reachable only through interface endpoints of execute-api. */
export interface PrivateApiOptions {
  /** The execute-api interface endpoints allowed to call the API; every other source is denied. */
  readonly vpcEndpoints: ec2.IVpcEndpoint[];
}

/** Request limits of the whole API stage. */
export interface RouterThrottle {
  /** Steady-state requests per second. */
  readonly rateLimit: number;
  /** Requests allowed in a burst. */
  readonly burstLimit: number;
}

/** Properties of a `ClassifierRouter`. */
export interface ClassifierRouterProps {
  /** The VPC the router Lambda runs in. */
  readonly vpc: ec2.IVpc;

  /**
   * The subnets of the router Lambda.
   *
   * @default - the isolated subnets of `vpc`
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /** Where sensitive requests go. */
  readonly privateBackend: PrivateBackend;

  /** The cloud models non-sensitive requests may use. */
  readonly cloudModels: ICloudModelAccess;

  /**
   * The routing policy, validated at synth. Model aliases may only name Bedrock models that
   * `cloudModels` allows and providers it configures.
   *
   * @default - the default policy (every category private; legal, hr, executive always private)
   */
  readonly policy?: RoutingPolicy;

  /**
   * Where the router reads the policy at run time.
   *
   * @default PolicySource.appConfig()
   */
  readonly policySource?: PolicySource;

  /**
   * How callers authenticate.
   *
   * @default RouterAuthorization.iam()
   */
  readonly authorization?: RouterAuthorization;

  /**
   * Make the API private (reachable only through execute-api VPC endpoints).
   *
   * @default - a regional endpoint
   */
  readonly privateApi?: PrivateApiOptions;

  /**
   * Limits for the whole stage (and per API key, with API-key authorization).
   *
   * @default { rateLimit: 50, burstLimit: 100 }
   */
  readonly throttle?: RouterThrottle;

  /**
   * Requests one client IP may make per 5 minutes before WAF blocks it.
   *
   * @default 2000
   */
  readonly wafRateLimitPerFiveMinutes?: number;

  /**
   * Concurrent executions reserved for (and capping) the router Lambda.
   *
   * @default 50
   */
  readonly reservedConcurrency?: number;

  /**
   * The longest a chat completion may stream. API Gateway allows up to 15 minutes for streamed responses.
   *
   * @default Duration.minutes(5)
   */
  readonly streamingTimeout?: Duration;

  /**
   * The deployment environment name: the API stage name and an input of the policy's
   * environment overrides.
   *
   * @default 'prod'
   */
  readonly environmentName?: string;

  /**
   * The router Lambda's code, with an `index.handler` export.
   *
   * @default - the prebuilt bundle at dist/bundle/router of this package
   */
  readonly code?: lambda.Code;

  /**
   * How long logs (access, execution, Lambda, WAF) are kept.
   *
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * The key encrypting logs, the Lambda environment, the policy and the router's secrets.
   *
   * @default - a new customer-managed key with rotation
   */
  readonly encryptionKey?: kms.IKey;
}

const ROUTES = {
  chatCompletions: { path: ['chat', 'completions'], method: 'POST' },
  embeddings: { path: ['embeddings'], method: 'POST' },
  models: { path: ['models'], method: 'GET' },
  classify: { path: ['classify'], method: 'POST' },
} as const;

/**
 * The gateway's front door: an API Gateway REST API with OpenAI-compatible routes under /v1,
 * protected by WAF, authenticated (IAM, API keys or Cognito), throttled, logged and traced, in
 * front of the router Lambda that classifies each request and routes it privately or to the cloud.
 *
 * Every route uses Lambda response streaming (`responseTransferMode: STREAM`), so the handler
 * speaks one response protocol and chat completions stream tokens as server-sent events.
 */
export class ClassifierRouter extends Construct implements ec2.IConnectable {
  /** The REST API. */
  public readonly api: apigateway.RestApi;
  /** The router Lambda. */
  public readonly handler: lambda.Function;
  /** The router Lambda's role. */
  public readonly role: iam.Role;
  /** The WAF web ACL on the API stage. */
  public readonly webAcl: RouterWebAcl;
  /** The API access log group. */
  public readonly accessLogGroup: logs.LogGroup;
  /** The router Lambda's log group (its audit records go here too). */
  public readonly logGroup: logs.LogGroup;
  /** Dead-letter queue for failed asynchronous invocations of the router Lambda. */
  public readonly deadLetterQueue: sqs.Queue;
  /** The HMAC key for principals and prompt hashes in audit records. */
  public readonly auditHmacSecret: secretsmanager.Secret;
  /** The usage plan that API keys join, with API-key authorization. */
  public readonly usagePlan?: apigateway.UsagePlan;
  /** The key of the router's logs, environment, policy and secrets. */
  public readonly encryptionKey: kms.IKey;
  /** The router's network permissions. */
  public readonly connections: ec2.Connections;
  /** The private backend URL the router calls. */
  public readonly privateBackendUrl: string;

  constructor(scope: Construct, id: string, props: ClassifierRouterProps) {
    super(scope, id);
    const policy = validatePolicy(props.policy ?? {});
    assertPolicyTargetsAllowed(policy, props.cloudModels);
    const throttle = props.throttle ?? { rateLimit: 50, burstLimit: 100 };
    assertIntegerInRange('throttle.rateLimit', throttle.rateLimit, 1, 10000);
    assertIntegerInRange('throttle.burstLimit', throttle.burstLimit, 1, 5000);
    const reservedConcurrency = props.reservedConcurrency ?? 50;
    assertIntegerInRange('reservedConcurrency', reservedConcurrency, 1, 10000);
    const streamingTimeout = props.streamingTimeout ?? Duration.minutes(5);
    if (
      !streamingTimeout.isUnresolved() &&
      (streamingTimeout.toSeconds() < 30 || streamingTimeout.toSeconds() > 900)
    ) {
      throw new Error(
        `streamingTimeout must be between 30 seconds and 15 minutes, got ${streamingTimeout.toHumanString()}`,
      );
    }
    const environmentName = props.environmentName ?? 'prod';
    if (!/^[a-z][a-z0-9_-]{0,63}$/.test(environmentName)) {
      throw new Error(
        `environmentName must be 1-64 lower-case letters, digits, '_' or '-', starting with a letter, got '${environmentName}'`,
      );
    }
    const retention = props.logRetention ?? logs.RetentionDays.ONE_YEAR;

    this.encryptionKey = props.encryptionKey ?? createEncryptionKey(this, 'Key', 'hybrid-ai-cdk router');
    allowCloudWatchLogs(this.encryptionKey);

    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'hybrid-ai-cdk router Lambda',
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'),
      ],
    });
    acknowledge(this.role, {
      'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]':
        'Lambda needs this AWS-managed policy to manage the network interfaces of a function in a VPC; its ec2 actions do not support resource-level scoping.',
    });
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: this.encryptionKey,
      retention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: this.encryptionKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.auditHmacSecret = new secretsmanager.Secret(this, 'AuditHmacKey', {
      description: 'HMAC key for principals and prompt hashes in hybrid-ai-cdk audit records',
      encryptionKey: this.encryptionKey,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    const hmacReason =
      'Rotating the audit HMAC key would break the linkage of hashed principals and prompts across the audit history; it is rotated deliberately with a new audit epoch.';
    acknowledge(this.auditHmacSecret, {
      'AwsSolutions::AwsSolutions-SMG4': hmacReason,
      'HIPAA.Security::HIPAA.Security-SecretsManagerRotationEnabled': hmacReason,
      'NIST.800.53.R5::NIST.800.53.R5-SecretsManagerRotationEnabled': hmacReason,
    });

    const subnets = props.vpcSubnets ?? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
    const backend = props.privateBackend.bind(this, { vpc: props.vpc, subnets });
    this.privateBackendUrl = backend.url;

    this.accessLogGroup = new logs.LogGroup(this, 'AccessLogs', {
      encryptionKey: this.encryptionKey,
      retention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.api = this.createApi(props, environmentName, throttle);
    const authorization = (props.authorization ?? RouterAuthorization.iam()).bind(this, {
      api: this.api,
      rateLimit: throttle.rateLimit,
      burstLimit: throttle.burstLimit,
    });
    this.usagePlan = authorization.usagePlan;
    const policySource = (props.policySource ?? PolicySource.appConfig()).bind(this, {
      policy,
      grantee: this.role,
      encryptionKey: this.encryptionKey,
    });

    this.handler = new lambda.Function(this, 'Function', {
      description: 'hybrid-ai-cdk router: classifies each request and routes it privately or to the cloud',
      // scripts/bundle.mjs leaves only index.js and its licence notices there; the source map and
      // the build report go to dist/bundle-meta/router, outside the asset.
      code: props.code ?? lambda.Code.fromAsset(routerBundleDir()),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: streamingTimeout,
      role: this.role,
      vpc: props.vpc,
      vpcSubnets: subnets,
      allowAllOutbound: false,
      reservedConcurrentExecutions: reservedConcurrency,
      tracing: lambda.Tracing.ACTIVE,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      environmentEncryption: this.encryptionKey,
      deadLetterQueue: this.deadLetterQueue,
      // Only names of RUNTIME_ENV, which the runtime reads. No POWERTOOLS_LOG_LEVEL: the runtime
      // fixes its logger's level so no setting can drop an audit record; applicationLogLevelV2
      // above is the filter (and must stay at INFO or below, the level of audit records).
      environment: {
        [RUNTIME_ENV.POWERTOOLS_SERVICE_NAME]: 'hybrid-ai-router',
        [RUNTIME_ENV.POWERTOOLS_METRICS_NAMESPACE]: 'HybridAi',
        [RUNTIME_ENV.ENVIRONMENT]: environmentName,
        [RUNTIME_ENV.PRIVATE_URL]: backend.url,
        ...(backend.apiKeySecret
          ? { [RUNTIME_ENV.PRIVATE_API_KEY_PARAMETER]: grantSecretReference(backend.apiKeySecret, this.role) }
          : {}),
        ...this.guardrailEnvironment(props.cloudModels),
        ...this.providerEnvironment(props.cloudModels),
        [RUNTIME_ENV.AUDIT_HMAC_KEY_PARAMETER]: grantSecretReference(this.auditHmacSecret, this.role),
        ...runtimeDeadlines(streamingTimeout),
        ...authorization.environment,
        ...policySource.environment,
      },
    });
    this.connections = this.handler.connections;
    this.connections.allowTo(
      backend.connections,
      backend.connections.defaultPort ?? ec2.Port.tcp(443),
      'Private inference backend',
    );
    this.logGroup.grantWrite(this.role);
    props.cloudModels.grantInvoke(this.role);

    this.addRoutes(authorization, streamingTimeout);
    acknowledge(this.role.node.findChild('GrantsPolicy'), {
      'AwsSolutions::AwsSolutions-IAM5[Resource::*]':
        'xray:PutTraceSegments and xray:PutTelemetryRecords (active tracing) support no resource-level permissions; every other statement names its resources.',
    });
    this.acknowledgeStageFindings();
    this.webAcl = new RouterWebAcl(this, 'Waf', {
      stageArn: this.api.deploymentStage.stageArn,
      rateLimitPerFiveMinutes: props.wafRateLimitPerFiveMinutes,
      encryptionKey: this.encryptionKey,
      logRetention: retention,
    });
  }

  /** The OpenAI-compatible base URL clients use (`…/v1`). */
  public get baseUrl(): string {
    return `${this.api.url}v1`;
  }

  /** Allow `grantee` to call every route with IAM (SigV4) authorization. */
  public grantInvoke(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['execute-api:Invoke'],
      resourceArns: [this.api.arnForExecuteApi('*', '/v1/*', this.api.deploymentStage.stageName)],
    });
  }

  /** Requests received by the API. */
  public metricRequests(options?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.api.metricCount(options);
  }

  /** Time from request to the first response byte, as API Gateway measures it. */
  public metricLatency(options?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.api.metricLatency(options);
  }

  /** Time spent in the router Lambda and the backends it called. */
  public metricIntegrationLatency(options?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.api.metricIntegrationLatency(options);
  }

  /** Responses with a 5XX status (including the router's 503 when no allowed backend can serve). */
  public metricErrors(options?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.api.metricServerError(options);
  }

  /** Responses with a 4XX status (including blocked requests, 403, and throttled callers, 429). */
  public metricClientErrors(options?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.api.metricClientError(options);
  }

  /** Router Lambda invocations refused because the reserved concurrency was in use. */
  public metricThrottles(options?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.handler.metricThrottles(options);
  }

  private createApi(
    props: ClassifierRouterProps,
    stageName: string,
    throttle: RouterThrottle,
  ): apigateway.RestApi {
    const privateApi = props.privateApi;
    if (privateApi && privateApi.vpcEndpoints.length === 0) {
      throw new Error('privateApi.vpcEndpoints must list at least one execute-api interface endpoint');
    }
    const api = new apigateway.RestApi(this, 'Api', {
      description: 'hybrid-ai-cdk: one OpenAI-compatible endpoint that routes by data sensitivity',
      endpointConfiguration: privateApi
        ? { types: [apigateway.EndpointType.PRIVATE], vpcEndpoints: privateApi.vpcEndpoints }
        : { types: [apigateway.EndpointType.REGIONAL] },
      policy: privateApi ? privateApiPolicy(privateApi.vpcEndpoints) : undefined,
      // Execution logs need the account-level CloudWatch role of API Gateway.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: apigateway.MethodLoggingLevel.INFO,
        // Request and response bodies are prompts and completions: never in execution logs.
        dataTraceEnabled: false,
        throttlingRateLimit: throttle.rateLimit,
        throttlingBurstLimit: throttle.burstLimit,
        accessLogDestination: new apigateway.LogGroupLogDestination(this.accessLogGroup),
        accessLogFormat: accessLogFormat(),
      },
    });
    return api;
  }

  private acknowledgeStageFindings(): void {
    const noCache =
      'Responses are model completions for one caller and may hold sensitive content: caching them would store them and could serve them to another caller.';
    const noClientCertificate =
      'Client certificates authenticate API Gateway to HTTP backends; the only integration is the router Lambda, invoked through the Lambda API with IAM.';
    acknowledge(this.api.deploymentStage, {
      'HIPAA.Security::HIPAA.Security-APIGWCacheEnabledAndEncrypted': noCache,
      'NIST.800.53.R5::NIST.800.53.R5-APIGWCacheEnabledAndEncrypted': noCache,
      'PCI.DSS.321::PCI.DSS.321-APIGWCacheEnabledAndEncrypted': noCache,
      'HIPAA.Security::HIPAA.Security-APIGWSSLEnabled': noClientCertificate,
      'NIST.800.53.R5::NIST.800.53.R5-APIGWSSLEnabled': noClientCertificate,
      'PCI.DSS.321::PCI.DSS.321-APIGWSSLEnabled': noClientCertificate,
    });
    const cloudWatchRole = this.api.node.tryFindChild('CloudWatchRole');
    if (cloudWatchRole) {
      acknowledge(cloudWatchRole, {
        'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]':
          'The documented account-level role API Gateway assumes to write execution logs; AWS maintains its log-group permissions.',
      });
    }
  }

  private addRoutes(authorization: RouterAuthorizationConfig, streamingTimeout: Duration): void {
    const methodOptions = authorization.methodOptions;
    const validator = this.api.addRequestValidator('BodyValidator', {
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    const jsonObject = this.api.addModel('JsonObject', {
      contentType: 'application/json',
      schema: { schema: apigateway.JsonSchemaVersion.DRAFT4, type: apigateway.JsonSchemaType.OBJECT },
      description: 'Any JSON object; the router validates the OpenAI request itself',
    });
    const v1 = this.api.root.addResource('v1');
    for (const route of Object.values(ROUTES)) {
      const resource = route.path.reduce<apigateway.IResource>(
        (parent, part) => parent.getResource(part) ?? parent.addResource(part),
        v1,
      );
      const isChat = route === ROUTES.chatCompletions;
      const integration = new apigateway.LambdaIntegration(this.handler, {
        responseTransferMode: apigateway.ResponseTransferMode.STREAM,
        timeout: isChat ? streamingTimeout : Duration.seconds(29),
      });
      const method = resource.addMethod(route.method, integration, {
        ...methodOptions,
        requestValidator: validator,
        requestModels: route.method === 'POST' ? { 'application/json': jsonObject } : undefined,
      });
      acknowledge(method, authorization.acknowledgements);
    }
  }

  private guardrailEnvironment(cloud: ICloudModelAccess): Record<string, string> {
    if (!cloud.guardrailId || !cloud.guardrailVersion) return {};
    return {
      [RUNTIME_ENV.BEDROCK_GUARDRAIL_ID]: cloud.guardrailId,
      [RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION]: cloud.guardrailVersion,
    };
  }

  private providerEnvironment(cloud: ICloudModelAccess): Record<string, string> {
    if (cloud.providers.length === 0) return {};
    const entries: OpenAiBackendEnvEntry[] = cloud.providers.map((provider) => ({
      name: provider.name,
      baseUrl: provider.baseUrl,
      placement: 'cloud',
      apiKeyParameter: grantSecretReference(provider.apiKeySecret, this.role),
    }));
    return { [RUNTIME_ENV.OPENAI_BACKENDS]: Stack.of(this).toJsonString(entries) };
  }
}

function privateApiPolicy(endpoints: ec2.IVpcEndpoint[]): iam.PolicyDocument {
  const endpointIds = endpoints.map((endpoint) => endpoint.vpcEndpointId);
  return new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['execute-api:Invoke'],
        resources: ['execute-api:/*'],
        conditions: { StringNotEquals: { 'aws:SourceVpce': endpointIds } },
      }),
      new iam.PolicyStatement({
        principals: [new iam.AnyPrincipal()],
        actions: ['execute-api:Invoke'],
        resources: ['execute-api:/*'],
        conditions: { StringEquals: { 'aws:SourceVpce': endpointIds } },
      }),
    ],
  });
}

function accessLogFormat(): apigateway.AccessLogFormat {
  const field = apigateway.AccessLogField;
  return apigateway.AccessLogFormat.custom(
    JSON.stringify({
      requestId: field.contextRequestId(),
      extendedRequestId: field.contextExtendedRequestId(),
      requestTime: field.contextRequestTime(),
      ip: field.contextIdentitySourceIp(),
      caller: field.contextIdentityCaller(),
      user: field.contextIdentityUser(),
      apiKeyId: field.contextIdentityApiKeyId(),
      httpMethod: field.contextHttpMethod(),
      resourcePath: field.contextResourcePath(),
      protocol: field.contextProtocol(),
      status: field.contextStatus(),
      responseLength: field.contextResponseLength(),
      responseLatency: field.contextResponseLatency(),
      integrationLatency: field.contextIntegrationLatency(),
      integrationStatus: field.contextIntegrationStatus(),
      errorMessage: field.contextErrorMessage(),
      authorizerError: field.contextAuthorizerError(),
      wafStatus: field.contextWafResponseCode(),
      xrayTraceId: field.contextXrayTraceId(),
    }),
  );
}

/**
 * The runtime's deadlines follow the function's timeout, so a long non-streaming completion is not
 * cut at the runtime's 28 s default while API Gateway and Lambda would still wait: the overall
 * deadline leaves 5 s to write the audit record, and one attempt may take half of it, leaving room
 * for one failover. Embeddings and classify answer within API Gateway's 29 s either way.
 */
function runtimeDeadlines(timeout: Duration): Record<string, string> {
  if (timeout.isUnresolved()) return {};
  const deadlineMs = timeout.toMilliseconds() - 5_000;
  return {
    [RUNTIME_ENV.DEADLINE_MS]: String(deadlineMs),
    [RUNTIME_ENV.ATTEMPT_TIMEOUT_MS]: String(Math.floor(deadlineMs / 2)),
  };
}
