import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { RUNTIME_ENV } from '../../../lib/router/runtime-env';
import { routerFixture, type RouterFixture } from './fixture';

function functionEnvironment(template: Template): Record<string, unknown> {
  const [fn] = Object.values(
    template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler' } }),
  );
  return fn.Properties.Environment.Variables as Record<string, unknown>;
}

describe('ClassifierRouter with defaults', () => {
  let fixture: RouterFixture;
  let template: Template;

  beforeAll(() => {
    fixture = routerFixture();
    template = Template.fromStack(fixture.stack);
  });

  test('serves the four OpenAI-compatible routes under /v1', () => {
    for (const path of ['v1', 'chat', 'completions', 'embeddings', 'models', 'classify']) {
      template.hasResourceProperties('AWS::ApiGateway::Resource', { PathPart: path });
    }
    template.resourcePropertiesCountIs('AWS::ApiGateway::Method', { HttpMethod: 'POST' }, 3);
    template.resourcePropertiesCountIs('AWS::ApiGateway::Method', { HttpMethod: 'GET' }, 1);
  });

  test('is a regional REST API authenticated with IAM on every method', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      EndpointConfiguration: { Types: ['REGIONAL'] },
    });
    template.resourcePropertiesCountIs('AWS::ApiGateway::Method', { AuthorizationType: 'AWS_IAM' }, 4);
  });

  test('streams responses from the Lambda (response-streaming invocations), chat completions for up to 5 minutes', () => {
    template.resourcePropertiesCountIs(
      'AWS::ApiGateway::Method',
      {
        Integration: Match.objectLike({
          Type: 'AWS_PROXY',
          ResponseTransferMode: 'STREAM',
          Uri: Match.objectLike({
            'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('response-streaming-invocations')])],
          }),
        }),
      },
      4,
    );
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'POST',
      Integration: Match.objectLike({ TimeoutInMillis: 300000 }),
    });
  });

  test('validates that POST bodies are JSON objects', () => {
    template.hasResourceProperties('AWS::ApiGateway::RequestValidator', { ValidateRequestBody: true });
    template.resourcePropertiesCountIs(
      'AWS::ApiGateway::Method',
      { RequestModels: { 'application/json': Match.anyValue() } },
      3,
    );
  });

  test('throttles the stage, traces with X-Ray, logs execution without bodies and access logs as JSON to an encrypted group', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'prod',
      TracingEnabled: true,
      MethodSettings: [
        Match.objectLike({
          LoggingLevel: 'INFO',
          DataTraceEnabled: false,
          ThrottlingRateLimit: 50,
          ThrottlingBurstLimit: 100,
        }),
      ],
      AccessLogSetting: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
      },
    });
    template.resourceCountIs('AWS::ApiGateway::Account', 1);
    template.allResourcesProperties('AWS::Logs::LogGroup', { KmsKeyId: Match.anyValue() });
  });

  test('protects the stage with WAF: IP reputation, known bad inputs, common rules (prompt-safe) and a rate limit', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: [
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: { Name: 'AWSManagedRulesAmazonIpReputationList', VendorName: 'AWS' },
          },
        }),
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: { Name: 'AWSManagedRulesKnownBadInputsRuleSet', VendorName: 'AWS' },
          },
        }),
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({
              Name: 'AWSManagedRulesCommonRuleSet',
              RuleActionOverrides: [
                { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
                { Name: 'CrossSiteScripting_BODY', ActionToUse: { Count: {} } },
              ],
            }),
          },
        }),
        Match.objectLike({
          Action: { Block: {} },
          Statement: { RateBasedStatement: { Limit: 2000, AggregateKeyType: 'IP' } },
        }),
      ],
    });
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', { ResourceArn: Match.anyValue() });
    template.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      RedactedFields: Match.arrayWith([{ SingleHeader: { Name: 'authorization' } }]),
    });
  });

  test('runs the router on the newest Node runtime, arm64, in the VPC, with reserved concurrency, tracing, DLQ and encrypted environment', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      ReservedConcurrentExecutions: 50,
      TracingConfig: { Mode: 'Active' },
      KmsKeyArn: Match.anyValue(),
      DeadLetterConfig: { TargetArn: Match.anyValue() },
      VpcConfig: { SubnetIds: Match.anyValue(), SecurityGroupIds: Match.anyValue() },
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
    });
  });

  test('sets the Powertools and runtime environment the Lambda reads', () => {
    const env = functionEnvironment(template);
    expect(env).toMatchObject({
      [RUNTIME_ENV.POWERTOOLS_SERVICE_NAME]: 'hybrid-ai-router',
      [RUNTIME_ENV.POWERTOOLS_METRICS_NAMESPACE]: 'HybridAi',
      [RUNTIME_ENV.ENVIRONMENT]: 'prod',
      [RUNTIME_ENV.PRIVATE_URL]: 'https://vllm.corp.example/v1',
      [RUNTIME_ENV.POLICY_SOURCE]: 'appconfig',
      [RUNTIME_ENV.POLICY_TTL_SECONDS]: '30',
    });
    for (const name of [
      RUNTIME_ENV.APPCONFIG_APPLICATION,
      RUNTIME_ENV.APPCONFIG_ENVIRONMENT,
      RUNTIME_ENV.APPCONFIG_PROFILE,
      RUNTIME_ENV.AUDIT_HMAC_KEY_PARAMETER,
    ]) {
      expect(env[name]).toBeDefined();
    }
    expect(JSON.stringify(env[RUNTIME_ENV.AUDIT_HMAC_KEY_PARAMETER])).toContain(
      '/aws/reference/secretsmanager/',
    );
  });

  test('stores the policy in AppConfig: KMS-encrypted hosted configuration, JSON-schema validator, deployment strategy', () => {
    template.hasResourceProperties('AWS::AppConfig::ConfigurationProfile', {
      LocationUri: 'hosted',
      KmsKeyIdentifier: Match.anyValue(),
      Validators: [{ Type: 'JSON_SCHEMA', Content: Match.stringLikeRegexp('"\\$schema"|"properties"') }],
    });
    template.hasResourceProperties('AWS::AppConfig::HostedConfigurationVersion', {
      ContentType: 'application/json',
    });
    template.resourceCountIs('AWS::AppConfig::DeploymentStrategy', 1);
    template.hasResourceProperties('AWS::AppConfig::Deployment', { KmsKeyIdentifier: Match.anyValue() });
  });

  test('lets the router out only to the private backend range on 443, nowhere else', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: Match.stringLikeRegexp('Lambda Function TestRouterFunction'),
      SecurityGroupEgress: [Match.objectLike({ CidrIp: '10.100.0.0/16', FromPort: 443, ToPort: 443 })],
    });
  });

  test('grants its role, through a managed policy, the allowlisted models, the policy and the audit key', () => {
    const [policy] = Object.values(
      template.findResources('AWS::IAM::ManagedPolicy', {
        Properties: { Description: Match.stringLikeRegexp('Router/Role') },
      }),
    );
    const text = JSON.stringify(policy.Properties.PolicyDocument);
    for (const action of [
      'bedrock:InvokeModel',
      'bedrock:InvokeModelWithResponseStream',
      'appconfig:GetLatestConfiguration',
      'secretsmanager:GetSecretValue',
      'ssm:GetParameter',
    ]) {
      expect(text).toContain(action);
    }
    template.resourceCountIs('AWS::IAM::Policy', 0);
  });

  test("grantInvoke allows execute-api:Invoke on the stage's /v1 routes", () => {
    const { stack, router } = routerFixture();
    const caller = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
    router.grantInvoke(caller);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: 'execute-api:Invoke',
            Resource: {
              'Fn::Join': [
                '',
                Match.arrayWith([{ Ref: Match.stringLikeRegexp('RouterApiDeploymentStageprod') }, '/*/v1/*']),
              ],
            },
          }),
        ],
      },
    });
  });

  test('metric methods read the API and function metrics', () => {
    expect(fixture.router.metricRequests().metricName).toBe('Count');
    expect(fixture.router.metricLatency().metricName).toBe('Latency');
    expect(fixture.router.metricIntegrationLatency().metricName).toBe('IntegrationLatency');
    expect(fixture.router.metricErrors().metricName).toBe('5XXError');
    expect(fixture.router.metricClientErrors().metricName).toBe('4XXError');
    expect(fixture.router.metricThrottles().metricName).toBe('Throttles');
  });
});

describe('ClassifierRouter props', () => {
  test('throttle, reservedConcurrency, streamingTimeout, environmentName and wafRateLimitPerFiveMinutes take effect', () => {
    const template = Template.fromStack(
      routerFixture({
        throttle: { rateLimit: 20, burstLimit: 40 },
        reservedConcurrency: 7,
        streamingTimeout: Duration.minutes(10),
        environmentName: 'staging',
        wafRateLimitPerFiveMinutes: 500,
      }).stack,
    );
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'staging',
      MethodSettings: [Match.objectLike({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 })],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: 7,
      Timeout: 600,
    });
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      Integration: Match.objectLike({ TimeoutInMillis: 600000 }),
    });
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: { Limit: 500, AggregateKeyType: 'IP' } } }),
      ]),
    });
    expect(functionEnvironment(template)[RUNTIME_ENV.ENVIRONMENT]).toBe('staging');
    // the runtime's deadline follows the function timeout, less 5 s for the audit record
    expect(functionEnvironment(template)[RUNTIME_ENV.DEADLINE_MS]).toBe('595000');
    expect(functionEnvironment(template)[RUNTIME_ENV.ATTEMPT_TIMEOUT_MS]).toBe('297500');
  });

  test('a guardrail and providers reach the Lambda environment', () => {
    const template = Template.fromStack(
      routerFixture(
        {},
        { guardrail: {}, providers: [{ name: 'acme', baseUrl: 'https://api.acme.example/v1' }] },
      ).stack,
    );
    const env = functionEnvironment(template);
    expect(env[RUNTIME_ENV.BEDROCK_GUARDRAIL_ID]).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^CloudGuardrail/), 'GuardrailId'],
    });
    expect(env[RUNTIME_ENV.BEDROCK_GUARDRAIL_VERSION]).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^CloudGuardrailVersion/), 'Version'],
    });
    const backends = JSON.stringify(env[RUNTIME_ENV.OPENAI_BACKENDS]);
    expect(backends).toContain('\\"name\\":\\"acme\\"');
    expect(backends).toContain('\\"placement\\":\\"cloud\\"');
    expect(backends).toContain('/aws/reference/secretsmanager/');
  });

  test('privateApi makes the API private, reachable only from the given execute-api endpoints', () => {
    const { stack } = routerFixture((vpc) => ({
      privateApi: {
        vpcEndpoints: [
          vpc.addInterfaceEndpoint('ExecuteApi', { service: ec2.InterfaceVpcEndpointAwsService.APIGATEWAY }),
        ],
      },
    }));
    const endpointRef = { Ref: Match.stringLikeRegexp('ExecuteApi') };
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGateway::RestApi', {
      EndpointConfiguration: { Types: ['PRIVATE'], VpcEndpointIds: [endpointRef] },
      Policy: {
        Statement: [
          Match.objectLike({
            Effect: 'Deny',
            Condition: { StringNotEquals: { 'aws:SourceVpce': [endpointRef] } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Condition: { StringEquals: { 'aws:SourceVpce': [endpointRef] } },
          }),
        ],
      },
    });
  });
});

describe('ClassifierRouter validation', () => {
  test('fails when the policy names an unknown category', () => {
    expect(() => routerFixture({ policy: { categories: { 'pii.shoe_size': 'private' } as never } })).toThrow(
      /pii\.shoe_size/,
    );
  });

  test('fails when a model alias targets a Bedrock model the cloud allowlist lacks', () => {
    const policy = {
      modelAliases: {
        'chat-default': {
          private: { backend: 'private', model: 'meta-llama/Llama-3.1-8B-Instruct' },
          cloud: [{ backend: 'bedrock', model: 'amazon.nova-pro-v1:0' }],
        },
      },
    };
    expect(() => routerFixture({ policy })).toThrow(
      /model alias 'chat-default' targets Bedrock model 'amazon\.nova-pro-v1:0', which cloudModels does not allow/,
    );
  });

  test('fails when a model alias targets a provider that is not configured', () => {
    const policy = {
      modelAliases: {
        'chat-default': {
          private: { backend: 'private', model: 'llama' },
          cloud: [{ backend: 'acme', model: 'acme-large' }],
        },
      },
    };
    expect(() => routerFixture({ policy })).toThrow(
      /targets backend 'acme', which is neither bedrock nor a configured provider/,
    );
  });

  test('fails when the throttle rate is out of range', () => {
    expect(() => routerFixture({ throttle: { rateLimit: 0, burstLimit: 10 } })).toThrow(
      /throttle\.rateLimit must be an integer between 1 and 10000, got 0/,
    );
  });

  test('fails when reserved concurrency is out of range', () => {
    expect(() => routerFixture({ reservedConcurrency: -1 })).toThrow(
      /reservedConcurrency must be an integer between 1 and 10000, got -1/,
    );
  });

  test("fails when the streaming timeout exceeds API Gateway's 15 minutes", () => {
    expect(() => routerFixture({ streamingTimeout: Duration.minutes(20) })).toThrow(
      /streamingTimeout must be between 30 seconds and 15 minutes, got 20 minutes/,
    );
  });

  test('fails when the environment name cannot be a stage name', () => {
    expect(() => routerFixture({ environmentName: 'Prod Stage' })).toThrow(
      /environmentName must be 1-64 lower-case letters.*got 'Prod Stage'/,
    );
  });

  test('fails when a private API lists no endpoint', () => {
    expect(() => routerFixture({ privateApi: { vpcEndpoints: [] } })).toThrow(
      /privateApi\.vpcEndpoints must list at least one execute-api interface endpoint/,
    );
  });
});
