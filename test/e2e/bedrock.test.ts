import { createBedrockBackend } from '../../lambda/router/backends/bedrock/client';
import type { RoutingPolicy } from '../../lib/policy/types';
import { startLoopbackBedrock, type LoopbackBedrock } from '../support/loopback-bedrock-server';
import { post, startHarness, type Harness, SSN } from './harness';

/**
 * The cloud side on Amazon Bedrock: the real `@aws-sdk/client-bedrock-runtime` (Converse and
 * ConverseStream over HTTP/2) pointed at a loopback server that speaks the Bedrock wire protocol.
 */
const BEDROCK_POLICY: RoutingPolicy = {
  version: 'e2e-bedrock',
  modelAliases: {
    'chat-default': {
      private: { backend: 'private', model: 'private-llm' },
      cloud: [{ backend: 'bedrock', model: 'anthropic.claude-3-haiku-20240307-v1:0' }],
    },
  },
  pricing: {
    cloud: { 'anthropic.claude-3-haiku-20240307-v1:0': { inputPerMillion: 0.25, outputPerMillion: 1.25 } },
  },
};

describe('e2e: Bedrock as the cloud backend', () => {
  let bedrock: LoopbackBedrock;
  let h: Harness;
  beforeAll(async () => {
    bedrock = await startLoopbackBedrock();
    h = await startHarness({
      policy: BEDROCK_POLICY,
      gateway: { attemptTimeoutMs: 1_000, deadlineMs: 3_000 },
      backends: () => [
        createBedrockBackend({
          region: 'us-east-1',
          endpoint: bedrock.url,
          credentials: { accessKeyId: 'AKIDLOOPBACK', secretAccessKey: 'loopback' },
        }),
      ],
    });
  });
  afterAll(async () => {
    await h.close();
    await bedrock.close();
  });
  afterEach(() => bedrock.setFault(undefined));

  it('answers a non-sensitive chat through Converse, with usage and cost', async () => {
    const { data, response } = await h.client.chat.completions
      .create({
        model: 'chat-default',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Name a colour.' },
        ],
      })
      .withResponse();
    expect(response.headers.get('x-hybrid-ai-route')).toBe('cloud');
    expect(data.choices[0].message.content).toBe('The loopback model answers this request.');
    expect(bedrock.received.at(-1)).toMatchObject({
      operation: 'converse',
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
    });
    const record = (await h.waitForAudits(1)).at(-1)!;
    expect(record).toMatchObject({ backend: 'bedrock', tokens: { in: 11, out: 7, estimated: false } });
    expect(record.costUsd).toBeCloseTo((11 * 0.25 + 7 * 1.25) / 1e6, 12);
  });

  it('streams through ConverseStream with the usage chunk', async () => {
    const stream = await h.client.chat.completions.create({
      model: 'chat-default',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'Name a colour.' }],
    });
    let text = '';
    let usage: { prompt_tokens: number } | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('The loopback model answers this request.');
    expect(usage?.prompt_tokens).toBe(11);
    expect(bedrock.received.at(-1)?.operation).toBe('converse-stream');
  });

  it('throttling on Bedrock fails over to private for a non-sensitive request', async () => {
    bedrock.setFault(() => ({ kind: 'error', errorType: 'ThrottlingException' }));
    const { status, headers } = await post(`${h.server.url}/chat/completions`, {
      model: 'chat-default',
      messages: [{ role: 'user', content: 'Name a colour.' }],
    });
    expect(status).toBe(200);
    expect(headers.get('x-hybrid-ai-route')).toBe('private');
    const record = h.audits().at(-1)!;
    expect(record.attempts.map((a) => `${a.backend}:${a.status}`)).toEqual([
      'bedrock:saturated',
      'private:ok',
    ]);
  });

  it('a Bedrock exception mid-stream ends the stream with an error event', async () => {
    bedrock.setFault(() => ({
      kind: 'exception-mid-stream',
      afterEvents: 3,
      exceptionType: 'modelStreamErrorException',
    }));
    const { text } = await post(`${h.server.url}/chat/completions`, {
      model: 'chat-default',
      stream: true,
      messages: [{ role: 'user', content: 'Name a colour.' }],
    });
    expect(text).toContain('"code":"stream_interrupted"');
    expect(text).not.toContain('[DONE]');
    expect((await h.waitForAudits(h.audits().length)).at(-1)?.status).toBe('stream_error');
  });

  it('never sends a sensitive request to Bedrock', async () => {
    const before = bedrock.received.length;
    const { headers } = await post(`${h.server.url}/chat/completions`, {
      model: 'chat-default',
      messages: [{ role: 'user', content: `Patient SSN ${SSN}` }],
    });
    expect(headers.get('x-hybrid-ai-route')).toBe('private');
    expect(bedrock.received.length).toBe(before);
  });
});
