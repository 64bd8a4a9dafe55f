import { IGNORED_FIELDS, JSON_OBJECT_INSTRUCTION } from '../../../../lambda/router/backends/bedrock/request';
import type { ChatRequest } from '../../../../lambda/router/backends/types';
import { bedrockFixture, failureOf, live, MODEL_ID, type BedrockFixture } from './bedrock-fixture';

const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let fixture: BedrockFixture;

beforeEach(async () => {
  fixture = await bedrockFixture();
});

afterEach(async () => {
  await fixture.close();
});

function chatRequest(fields: Partial<ChatRequest>): ChatRequest {
  return { model: MODEL_ID, messages: [{ role: 'user', content: 'Hi' }], ...fields };
}

describe('request mapping (what the Converse endpoint receives)', () => {
  it('calls Converse on the model given in the request, signed with SigV4', async () => {
    await fixture.backend.chat(chatRequest({}), live());

    const [received] = fixture.server.received;
    expect(received.operation).toBe('converse');
    expect(received.modelId).toBe(MODEL_ID);
    expect(received.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDLOOPBACK\//);
  });

  it('moves system and developer messages into system blocks, in order', async () => {
    await fixture.backend.chat(
      chatRequest({
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'developer', content: [{ type: 'text', text: 'Answer in French.' }] },
          { role: 'user', content: 'Hi' },
        ],
      }),
      live(),
    );

    expect(fixture.lastBody().system).toEqual([{ text: 'Be brief.' }, { text: 'Answer in French.' }]);
    expect(fixture.lastBody().messages).toEqual([{ role: 'user', content: [{ text: 'Hi' }] }]);
  });

  it('maps user text parts and a data: URL image to text and image blocks', async () => {
    const dataUrl = `data:image/png;base64,${PNG_BYTES.toString('base64')}`;

    await fixture.backend.chat(
      chatRequest({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is in this picture?' },
              { type: 'image_url', image_url: { url: dataUrl } },
            ],
          },
        ],
      }),
      live(),
    );

    expect(fixture.lastBody().messages).toEqual([
      {
        role: 'user',
        content: [
          { text: 'What is in this picture?' },
          { image: { format: 'png', source: { bytes: PNG_BYTES.toString('base64') } } },
        ],
      },
    ]);
  });

  it('maps assistant tool calls to toolUse blocks and merges consecutive tool results into one user turn', async () => {
    await fixture.backend.chat(
      chatRequest({
        messages: [
          { role: 'user', content: 'Weather in Oslo and Bergen?' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } },
              {
                id: 'call_b',
                type: 'function',
                function: { name: 'weather', arguments: '{"city":"Bergen"}' },
              },
            ],
          },
          { role: 'tool', tool_call_id: 'call_a', content: '12 C' },
          { role: 'tool', tool_call_id: 'call_b', content: [{ type: 'text', text: '9 C' }] },
          { role: 'user', content: 'Which is warmer?' },
        ],
        tools: [{ type: 'function', function: { name: 'weather', parameters: { type: 'object' } } }],
      }),
      live(),
    );

    expect(fixture.lastBody().messages).toEqual([
      { role: 'user', content: [{ text: 'Weather in Oslo and Bergen?' }] },
      {
        role: 'assistant',
        content: [
          { toolUse: { toolUseId: 'call_a', name: 'weather', input: { city: 'Oslo' } } },
          { toolUse: { toolUseId: 'call_b', name: 'weather', input: { city: 'Bergen' } } },
        ],
      },
      {
        role: 'user',
        content: [
          { toolResult: { toolUseId: 'call_a', content: [{ text: '12 C' }] } },
          { toolResult: { toolUseId: 'call_b', content: [{ text: '9 C' }] } },
          { text: 'Which is warmer?' },
        ],
      },
    ]);
  });

  it('merges consecutive user messages, since Converse requires alternating turns', async () => {
    await fixture.backend.chat(
      chatRequest({
        messages: [
          { role: 'user', content: 'First part.' },
          { role: 'user', content: 'Second part.' },
        ],
      }),
      live(),
    );

    expect(fixture.lastBody().messages).toEqual([
      { role: 'user', content: [{ text: 'First part.' }, { text: 'Second part.' }] },
    ]);
  });

  it('maps tools to toolSpecs with their JSON schema', async () => {
    const parameters = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };

    await fixture.backend.chat(
      chatRequest({
        tools: [
          { type: 'function', function: { name: 'weather', description: 'Current weather', parameters } },
          { type: 'function', function: { name: 'time' } },
        ],
      }),
      live(),
    );

    expect(fixture.lastBody().toolConfig).toEqual({
      tools: [
        { toolSpec: { name: 'weather', description: 'Current weather', inputSchema: { json: parameters } } },
        { toolSpec: { name: 'time', inputSchema: { json: { type: 'object', properties: {} } } } },
      ],
      toolChoice: { auto: {} },
    });
  });

  it.each([
    ['auto', { auto: {} }],
    ['required', { any: {} }],
    [{ type: 'function', function: { name: 'weather' } }, { tool: { name: 'weather' } }],
  ])('maps tool_choice %j to %j', async (toolChoice, expected) => {
    await fixture.backend.chat(
      chatRequest({ tools: [{ type: 'function', function: { name: 'weather' } }], tool_choice: toolChoice }),
      live(),
    );

    expect((fixture.lastBody().toolConfig as { toolChoice: unknown }).toolChoice).toEqual(expected);
  });

  it('omits the tools when tool_choice is none', async () => {
    await fixture.backend.chat(
      chatRequest({ tools: [{ type: 'function', function: { name: 'weather' } }], tool_choice: 'none' }),
      live(),
    );

    expect(fixture.lastBody()).not.toHaveProperty('toolConfig');
  });

  it('maps max_completion_tokens, temperature, top_p and stop to inferenceConfig', async () => {
    await fixture.backend.chat(
      chatRequest({ max_completion_tokens: 256, max_tokens: 999, temperature: 0.3, top_p: 0.9, stop: 'END' }),
      live(),
    );

    expect(fixture.lastBody().inferenceConfig).toEqual({
      maxTokens: 256,
      temperature: 0.3,
      topP: 0.9,
      stopSequences: ['END'],
    });
  });

  it('uses max_tokens when max_completion_tokens is absent, and keeps a stop list', async () => {
    await fixture.backend.chat(chatRequest({ max_tokens: 64, stop: ['a', 'b'] }), live());

    expect(fixture.lastBody().inferenceConfig).toEqual({ maxTokens: 64, stopSequences: ['a', 'b'] });
  });

  it('sends no inferenceConfig and drops every field listed as having no Converse equivalent', async () => {
    const ignored = Object.fromEntries(IGNORED_FIELDS.map((field) => [field, field === 'user' ? 'u-1' : 0]));

    await fixture.backend.chat(chatRequest(ignored), live());

    expect(Object.keys(fixture.lastBody()).sort()).toEqual(['messages']);
  });

  it('maps response_format json_schema to Converse structured output with the schema as JSON text', async () => {
    const schema = {
      type: 'object',
      properties: { answer: { type: 'string' } },
      required: ['answer'],
      additionalProperties: false,
    };

    await fixture.backend.chat(
      chatRequest({
        response_format: { type: 'json_schema', json_schema: { name: 'answer', schema, strict: true } },
      }),
      live(),
    );

    expect(fixture.lastBody().outputConfig).toEqual({
      textFormat: {
        type: 'json_schema',
        structure: { jsonSchema: { schema: JSON.stringify(schema), name: 'answer' } },
      },
    });
  });

  it('maps response_format json_object to a final system instruction', async () => {
    await fixture.backend.chat(
      chatRequest({
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
        ],
        response_format: { type: 'json_object' },
      }),
      live(),
    );

    expect(fixture.lastBody().system).toEqual([{ text: 'Be brief.' }, { text: JSON_OBJECT_INSTRUCTION }]);
  });
});

describe('requests Converse cannot express', () => {
  it.each([
    [
      'a remote image URL',
      {
        messages: [
          { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] },
        ],
      },
    ],
    [
      'an image type Bedrock lacks',
      {
        messages: [
          {
            role: 'user',
            content: [{ type: 'image_url', image_url: { url: 'data:image/bmp;base64,Qk0=' } }],
          },
        ],
      },
    ],
    [
      'an audio part',
      {
        messages: [
          { role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }] },
        ],
      },
    ],
    ['an unknown role', { messages: [{ role: 'narrator', content: 'Once upon a time' }] }],
    [
      'tool call arguments that are not JSON',
      {
        messages: [
          { role: 'user', content: 'x' },
          {
            role: 'assistant',
            tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{oops' } }],
          },
        ],
      },
    ],
    ['n = 2', { n: 2 }],
  ])('rejects %s before calling Bedrock', async (_case, fields) => {
    const error = await failureOf(fixture.backend.chat(chatRequest(fields as Partial<ChatRequest>), live()));

    expect(error).toMatchObject({ failure: 'rejected', status: 400 });
    expect(fixture.server.received).toHaveLength(0);
  });
});

describe('response mapping (what the backend returns)', () => {
  it('returns the text, the finish reason and the usage in OpenAI shape', async () => {
    fixture.server.setReply(() => ({ text: 'Bonjour.', usage: { inputTokens: 21, outputTokens: 3 } }));

    const completion = await fixture.backend.chat(chatRequest({}), live());

    expect(completion).toMatchObject({
      object: 'chat.completion',
      model: MODEL_ID,
      choices: [{ index: 0, message: { role: 'assistant', content: 'Bonjour.' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 21, completion_tokens: 3, total_tokens: 24 },
    });
    expect(completion.id).toMatch(/^chatcmpl-/);
  });

  it('returns toolUse blocks as tool_calls with the toolUseId and JSON-stringified arguments', async () => {
    fixture.server.setReply(() => ({
      text: 'Let me check.',
      toolUses: [{ toolUseId: 'tooluse_1', name: 'weather', input: { city: 'Oslo', days: 2 } }],
    }));

    const completion = await fixture.backend.chat(chatRequest({}), live());

    expect(completion.choices[0]).toEqual({
      index: 0,
      message: {
        role: 'assistant',
        content: 'Let me check.',
        tool_calls: [
          {
            id: 'tooluse_1',
            type: 'function',
            function: { name: 'weather', arguments: '{"city":"Oslo","days":2}' },
          },
        ],
      },
      finish_reason: 'tool_calls',
      logprobs: null,
    });
  });

  it('returns null content when the model only calls tools', async () => {
    fixture.server.setReply(() => ({ toolUses: [{ toolUseId: 't', name: 'f', input: {} }] }));

    const completion = await fixture.backend.chat(chatRequest({}), live());

    expect((completion.choices[0].message as { content: unknown }).content).toBeNull();
  });

  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool_calls'],
    ['content_filtered', 'content_filter'],
    ['guardrail_intervened', 'content_filter'],
  ])('maps stopReason %s to finish_reason %s', async (stopReason, finishReason) => {
    fixture.server.setReply(() => ({ text: 'x', stopReason }));

    const completion = await fixture.backend.chat(chatRequest({}), live());

    expect(completion.choices[0].finish_reason).toBe(finishReason);
  });
});
