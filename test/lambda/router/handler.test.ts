import { Writable } from 'node:stream';
import type {
  ApiGatewayProxyEvent,
  ApiGatewayProxyResult,
} from '../../../lambda/router/runtime/api-gateway-event';
import { startLoopbackOpenAi, type LoopbackOpenAi } from '../../support/loopback-openai-server';

/**
 * The Lambda adapter, loaded as the runtime loads it (module init reads the environment), driven
 * with API Gateway REST proxy events against loopback backends.
 */
type HandlerModule = typeof import('../../../lambda/router/handler');

const POLICY = {
  version: 'lambda-1',
  modelAliases: {
    'chat-default': {
      private: { backend: 'private', model: 'p' },
      cloud: [{ backend: 'cloud', model: 'c' }],
    },
  },
};

function loadHandler(env: Record<string, string>, awslambda?: unknown): HandlerModule {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  (globalThis as { awslambda?: unknown }).awslambda = awslambda;
  let mod: HandlerModule | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<HandlerModule>('../../../lambda/router/handler');
  });
  process.env = saved;
  delete (globalThis as { awslambda?: unknown }).awslambda;
  return mod!;
}

function event(body: unknown, overrides: Partial<ApiGatewayProxyEvent> = {}): ApiGatewayProxyEvent {
  return {
    httpMethod: 'POST',
    path: '/v1/chat/completions',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    requestContext: { identity: { userArn: 'arn:aws:iam::123456789012:role/app' } },
    ...overrides,
  };
}

describe('the Lambda handler (API Gateway REST proxy)', () => {
  let privateServer: LoopbackOpenAi;
  let cloudServer: LoopbackOpenAi;
  let stdout: string[];
  let spy: jest.SpyInstance;
  let env: Record<string, string>;

  beforeAll(async () => {
    privateServer = await startLoopbackOpenAi({ name: 'private' });
    cloudServer = await startLoopbackOpenAi({ name: 'cloud' });
    env = {
      AWS_REGION: 'us-east-1',
      HYBRID_AI_PRIVATE_URL: privateServer.url,
      HYBRID_AI_OPENAI_BACKENDS: JSON.stringify([
        { name: 'cloud', placement: 'cloud', baseUrl: cloudServer.url },
      ]),
      HYBRID_AI_BEDROCK: 'false',
      HYBRID_AI_POLICY_JSON: JSON.stringify(POLICY),
      HYBRID_AI_AUDIT_HMAC_KEY: 'test-key-0123456789abcdef',
      HYBRID_AI_ENVIRONMENT: 'prod',
    };
  });
  beforeEach(() => {
    stdout = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());
  afterAll(async () => {
    await privateServer.close();
    await cloudServer.close();
  });

  const audits = () =>
    stdout
      .flatMap((l) => l.split('\n'))
      .filter((l) => l.includes('"message":"audit"'))
      .map((l) => JSON.parse(l));

  it('answers a chat request with the route headers and writes its audit record and metrics to stdout', async () => {
    const { handler } = loadHandler(env);
    const result = (await (handler as HandlerModule['bufferedHandler'])(
      event({ model: 'chat-default', messages: [{ role: 'user', content: 'Name a colour.' }] }),
    )) as ApiGatewayProxyResult;
    expect(result.statusCode).toBe(200);
    expect(result.headers['x-hybrid-ai-route']).toBe('cloud');
    expect(JSON.parse(result.body).object).toBe('chat.completion');
    expect(audits()).toEqual([
      expect.objectContaining({ environment: 'prod', policyVersion: 'lambda-1', status: 'ok' }),
    ]);
    expect(stdout.join('')).toContain('"_aws":{');
  });

  it('rejects a request without a verified identity with 401', async () => {
    const { bufferedHandler } = loadHandler(env);
    const result = await bufferedHandler(
      event({ model: 'chat-default', messages: [] }, { requestContext: {} }),
    );
    expect(result.statusCode).toBe(401);
    expect(JSON.parse(result.body).error.type).toBe('authentication_error');
  });

  it('validates a base64-encoded body as UTF-8', async () => {
    const { bufferedHandler } = loadHandler(env);
    const bytes = Buffer.concat([
      Buffer.from('{"model":"chat-default","messages":[{"role":"user","content":"'),
      Buffer.from([0xff]),
      Buffer.from('"}]}'),
    ]);
    const result = await bufferedHandler(event(bytes.toString('base64'), { isBase64Encoded: true }));
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body).error.code).toBe('invalid_utf8');
  });

  it('buffers an SSE answer into one response when the runtime cannot stream', async () => {
    const { bufferedHandler } = loadHandler(env);
    const result = await bufferedHandler(
      event({ model: 'chat-default', stream: true, messages: [{ role: 'user', content: 'Name a colour.' }] }),
    );
    expect(result.headers['content-type']).toContain('text/event-stream');
    expect(result.body.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('streams SSE frames through awslambda.streamifyResponse when the runtime offers it', async () => {
    const metadata: unknown[] = [];
    const written: string[] = [];
    const runtime = {
      streamifyResponse: (fn: unknown) => fn,
      HttpResponseStream: {
        from: (stream: Writable, meta: unknown) => {
          metadata.push(meta);
          return stream;
        },
      },
    };
    const { handler } = loadHandler(env, runtime);
    const sink = new Writable({
      write(chunk, _enc, done) {
        written.push(String(chunk));
        done();
      },
    });
    await (handler as unknown as (e: ApiGatewayProxyEvent, s: Writable) => Promise<void>)(
      event({ model: 'chat-default', stream: true, messages: [{ role: 'user', content: 'Name a colour.' }] }),
      sink,
    );
    expect(metadata).toEqual([
      expect.objectContaining({
        statusCode: 200,
        headers: expect.objectContaining({ 'x-hybrid-ai-route': 'cloud' }),
      }),
    ]);
    expect(written.length).toBeGreaterThan(3);
    expect(written.at(-1)).toBe('data: [DONE]\n\n');
  });

  it('answers 503 (and audits it) instead of crashing when the configuration is broken', async () => {
    const { bufferedHandler } = loadHandler({
      ...env,
      HYBRID_AI_PRIVATE_URL: '',
      HYBRID_AI_OPENAI_BACKENDS: '',
    });
    const result = await bufferedHandler(
      event({ model: 'chat-default', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(result.statusCode).toBe(503);
    expect(audits()).toHaveLength(1);
    expect(stdout.join('')).toContain('gateway.configuration_error');
  });
});
