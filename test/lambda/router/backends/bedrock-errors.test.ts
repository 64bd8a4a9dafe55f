import { createServer, type AddressInfo } from 'node:net';
import { createBedrockBackend } from '../../../../lambda/router/backends/bedrock/client';
import type { BackendFailure, ChatRequest } from '../../../../lambda/router/backends/types';
import type { BedrockErrorType } from '../../../support/loopback-bedrock-server';
import {
  bedrockFixture,
  DUMMY_CREDENTIALS,
  failureOf,
  live,
  MODEL_ID,
  type BedrockFixture,
} from './bedrock-fixture';

const REQUEST: ChatRequest = { model: MODEL_ID, messages: [{ role: 'user', content: 'Hi' }] };

let fixture: BedrockFixture;

beforeEach(async () => {
  fixture = await bedrockFixture();
});

afterEach(async () => {
  await fixture.close();
});

describe('Bedrock exceptions → failure kinds', () => {
  it.each<[BedrockErrorType, BackendFailure, number]>([
    ['ThrottlingException', 'saturated', 429],
    ['ServiceQuotaExceededException', 'saturated', 400],
    ['ModelNotReadyException', 'saturated', 429],
    ['ServiceUnavailableException', 'unavailable', 503],
    ['InternalServerException', 'unavailable', 500],
    ['ModelTimeoutException', 'unavailable', 408],
    ['ModelErrorException', 'unavailable', 424],
    ['ValidationException', 'rejected', 400],
    ['AccessDeniedException', 'rejected', 403],
    ['ResourceNotFoundException', 'rejected', 404],
  ])('maps %s to %s with HTTP %i', async (errorType, failure, status) => {
    // GIVEN
    fixture.server.setFault(() => ({ kind: 'error', errorType, message: `model says ${errorType}` }));

    // WHEN
    const error = await failureOf(fixture.backend.chat(REQUEST, live()));

    // THEN
    expect(error).toMatchObject({ failure, status });
    expect(error.message).toContain(errorType);
  });

  it('makes exactly one attempt, leaving retries to the gateway core', async () => {
    // GIVEN a backend built from options (its own client)
    const backend = createBedrockBackend({
      region: 'us-east-1',
      endpoint: fixture.server.url,
      credentials: DUMMY_CREDENTIALS,
    });
    fixture.server.setFault(() => ({ kind: 'error', errorType: 'ThrottlingException' }));

    // WHEN
    await failureOf(backend.chat(REQUEST, live()));

    // THEN
    expect(fixture.server.received).toHaveLength(1);
  });
});

describe('transport faults', () => {
  it('maps an abort from the signal while waiting for the answer to timeout', async () => {
    fixture.server.setFault(() => ({ kind: 'delay', ms: 5_000 }));
    const controller = new AbortController();

    const call = fixture.backend.chat(REQUEST, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);

    expect((await failureOf(call)).failure).toBe('timeout');
  });

  it('maps an abort while waiting for the stream to start to timeout', async () => {
    fixture.server.setFault(() => ({ kind: 'delay', ms: 5_000 }));
    const controller = new AbortController();

    const call = fixture.backend.chatStream(REQUEST, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);

    expect((await failureOf(call)).failure).toBe('timeout');
  });

  it('maps an HTTP/2 stream reset before the answer to unavailable', async () => {
    fixture.server.setFault(() => ({ kind: 'reset' }));

    expect((await failureOf(fixture.backend.chat(REQUEST, live()))).failure).toBe('unavailable');
  });

  it('maps a refused connection to unavailable', async () => {
    const port = await freePort();
    const backend = createBedrockBackend({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: DUMMY_CREDENTIALS,
    });

    const error = await failureOf(backend.chat(REQUEST, live()));

    expect(error.failure).toBe('unavailable');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('maps a Converse body that is not JSON to bad_response', async () => {
    fixture.server.setFault(() => ({ kind: 'malformed' }));

    expect((await failureOf(fixture.backend.chat(REQUEST, live()))).failure).toBe('bad_response');
  });
});

describe('endpoint override', () => {
  const saved = process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
  afterEach(() => {
    if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
    else process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = saved;
  });

  it('honours AWS_ENDPOINT_URL_BEDROCK_RUNTIME when no endpoint is given', async () => {
    // GIVEN only the environment variable points at the loopback server
    process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fixture.server.url;
    const backend = createBedrockBackend({ region: 'eu-west-1', credentials: DUMMY_CREDENTIALS });

    // WHEN
    const completion = await backend.chat(REQUEST, live());

    // THEN
    expect(fixture.server.received).toHaveLength(1);
    expect(completion.choices).toHaveLength(1);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
