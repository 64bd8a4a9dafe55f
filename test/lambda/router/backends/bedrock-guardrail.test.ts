import type { ChatRequest } from '../../../../lambda/router/backends/types';
import { bedrockFixture, collect, live, MODEL_ID, type BedrockFixture } from './bedrock-fixture';

const GUARDRAIL = { identifier: 'x1y2z3abcdef', version: '4' };
const REQUEST: ChatRequest = { model: MODEL_ID, messages: [{ role: 'user', content: 'Hi' }] };
const BLOCKED = "This request was blocked by the organisation's AI usage policy.";

let fixture: BedrockFixture;

afterEach(async () => {
  await fixture.close();
});

describe('a Bedrock backend with a guardrail', () => {
  beforeEach(async () => {
    fixture = await bedrockFixture({}, { guardrail: GUARDRAIL });
  });

  it('sends the guardrail with every Converse call, trace off', async () => {
    // WHEN
    await fixture.backend.chat(REQUEST, live());

    // THEN
    expect(fixture.server.received[0].operation).toBe('converse');
    expect(fixture.lastBody().guardrailConfig).toEqual({
      guardrailIdentifier: 'x1y2z3abcdef',
      guardrailVersion: '4',
      trace: 'disabled',
    });
  });

  it('sends the guardrail with every ConverseStream call, assessed before each chunk is released', async () => {
    // WHEN
    await collect(await fixture.backend.chatStream({ ...REQUEST, stream: true }, live()));

    // THEN
    expect(fixture.server.received[0].operation).toBe('converse-stream');
    expect(fixture.lastBody().guardrailConfig).toEqual({
      guardrailIdentifier: 'x1y2z3abcdef',
      guardrailVersion: '4',
      trace: 'disabled',
      streamProcessingMode: 'sync',
    });
  });

  it('answers an intervention with the blocked message and finish_reason content_filter', async () => {
    // GIVEN the guardrail blocks the prompt: Bedrock answers its blocked message and stops
    fixture.server.setReply(() => ({ text: BLOCKED, stopReason: 'guardrail_intervened' }));

    // WHEN
    const completion = await fixture.backend.chat(REQUEST, live());

    // THEN
    expect(completion.choices[0]).toMatchObject({
      finish_reason: 'content_filter',
      message: { role: 'assistant', content: BLOCKED },
    });
  });

  it('ends a stream the guardrail stopped with finish_reason content_filter', async () => {
    // GIVEN
    fixture.server.setReply(() => ({ text: BLOCKED, stopReason: 'guardrail_intervened' }));

    // WHEN
    const chunks = await collect(await fixture.backend.chatStream({ ...REQUEST, stream: true }, live()));

    // THEN the chunk before the usage chunk carries the finish reason
    expect(chunks.at(-2)?.choices[0]).toMatchObject({ finish_reason: 'content_filter' });
  });

  it('leaves embeddings alone: guardrails assess text generation, and InvokeModel takes them as headers', async () => {
    // WHEN
    await fixture.backend.embeddings({ model: 'amazon.titan-embed-text-v2:0', input: 'hello' }, live());

    // THEN
    const [received] = fixture.server.received;
    expect(received.operation).toBe('invoke');
    expect(received.headers['x-amzn-bedrock-guardrailidentifier']).toBeUndefined();
    expect(received.body).not.toHaveProperty('guardrailConfig');
  });
});

describe('a Bedrock backend without a guardrail', () => {
  beforeEach(async () => {
    fixture = await bedrockFixture();
  });

  it('sends no guardrailConfig to Converse or ConverseStream', async () => {
    // WHEN
    await fixture.backend.chat(REQUEST, live());
    await collect(await fixture.backend.chatStream({ ...REQUEST, stream: true }, live()));

    // THEN
    expect(fixture.server.received.map((r) => r.operation)).toEqual(['converse', 'converse-stream']);
    for (const received of fixture.server.received)
      expect(received.body).not.toHaveProperty('guardrailConfig');
  });
});
