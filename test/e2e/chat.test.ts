import { createHmac } from 'node:crypto';
import { startHarness, type Harness, HMAC_KEY, SSN } from './harness';

/**
 * The OpenAI API as applications use it, through the official `openai` client, the local server
 * and real loopback backends: private = an OpenAI-compatible server, cloud = another one.
 */
describe('e2e: the OpenAI API through the gateway', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const lastAudit = async () => {
    const records = await h.waitForAudits(h.audits().length);
    return records[records.length - 1];
  };

  describe('chat completions', () => {
    it('routes a non-sensitive request to the cloud model and says so in the headers', async () => {
      // GIVEN a request with nothing sensitive in it
      // WHEN the official client sends it
      const { data, response } = await h.client.chat.completions
        .create({
          model: 'chat-default',
          messages: [{ role: 'user', content: 'Write a haiku about autumn leaves.' }],
        })
        .withResponse();
      // THEN the cloud backend answered, with the alias's cloud model
      expect(response.headers.get('x-hybrid-ai-route')).toBe('cloud');
      expect(response.headers.get('x-hybrid-ai-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(data.choices[0].message.content).toBe('The loopback model answers this request.');
      expect(h.cloudServer.requestsTo('/v1/chat/completions').at(-1)?.body?.model).toBe('cloud-llm');
    });

    it('routes a request containing an SSN to the private model only', async () => {
      const cloudBefore = h.cloudServer.received.length;
      const { response } = await h.client.chat.completions
        .create({
          model: 'chat-default',
          messages: [{ role: 'user', content: `My SSN is ${SSN}, file my taxes.` }],
        })
        .withResponse();
      expect(response.headers.get('x-hybrid-ai-route')).toBe('private');
      expect(h.cloudServer.received.length).toBe(cloudBefore);
      expect(h.privateServer.requestsTo('/v1/chat/completions').at(-1)?.body?.model).toBe('private-llm');
    });

    it('passes tools, tool_choice, response_format and sampling parameters through unchanged', async () => {
      const tools = [
        {
          type: 'function' as const,
          function: {
            name: 'get_weather',
            description: 'Weather for a city',
            parameters: { type: 'object', properties: { city: { type: 'string' } } },
          },
        },
      ];
      await h.client.chat.completions.create({
        model: 'chat-default',
        messages: [{ role: 'user', content: 'What is the weather in Lisbon?' }],
        tools,
        tool_choice: 'auto',
        response_format: { type: 'json_object' },
        temperature: 0.2,
        top_p: 0.9,
        max_tokens: 64,
        seed: 7,
      });
      const sent = h.cloudServer.requestsTo('/v1/chat/completions').at(-1)?.body;
      expect(sent).toMatchObject({
        tools,
        tool_choice: 'auto',
        response_format: { type: 'json_object' },
        temperature: 0.2,
        top_p: 0.9,
        max_tokens: 64,
        seed: 7,
      });
    });
  });

  describe('streaming', () => {
    it('streams the answer as SSE and ends it cleanly', async () => {
      const stream = await h.client.chat.completions.create({
        model: 'chat-default',
        stream: true,
        messages: [{ role: 'user', content: 'Say something nice about the weather.' }],
      });
      let text = '';
      const usages: unknown[] = [];
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta?.content ?? '';
        if (chunk.usage) usages.push(chunk.usage);
      }
      expect(text).toBe('The loopback model answers this request.');
      // The client did not ask for usage, so none is forwarded (the gateway still costs the request).
      expect(usages).toEqual([]);
      const record = await lastAudit();
      expect(record).toMatchObject({ endpoint: 'chat', stream: true, status: 'ok', route: 'cloud' });
      expect(record.tokens.out).toBeGreaterThan(0);
      expect(record.tokens.estimated).toBe(false);
      expect(record.costUsd).toBeGreaterThan(0);
    });

    it('forwards the usage chunk when the client asks with stream_options.include_usage', async () => {
      const stream = await h.client.chat.completions.create({
        model: 'chat-default',
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content: 'Say something nice about the weather.' }],
      });
      let usage: { completion_tokens: number } | undefined;
      for await (const chunk of stream) if (chunk.usage) usage = chunk.usage;
      expect(usage?.completion_tokens).toBe(6);
      const record = await lastAudit();
      expect(record.tokens.out).toBe(6);
    });
  });

  describe('embeddings', () => {
    it('embeds non-sensitive input in the cloud and sensitive input privately', async () => {
      const plain = await h.client.embeddings
        .create({ model: 'embed', input: 'hiking boots' })
        .withResponse();
      expect(plain.response.headers.get('x-hybrid-ai-route')).toBe('cloud');
      expect(plain.data.data[0].embedding).toHaveLength(8);
      const sensitive = await h.client.embeddings
        .create({ model: 'embed', input: [`SSN ${SSN}`] })
        .withResponse();
      expect(sensitive.response.headers.get('x-hybrid-ai-route')).toBe('private');
      expect(h.privateServer.requestsTo('/v1/embeddings').at(-1)?.body?.model).toBe('private-embed');
    });
  });

  describe('models', () => {
    it("lists the policy's aliases in the OpenAI list shape", async () => {
      const models = await h.client.models.list();
      expect(models.data.map((m) => m.id).sort()).toEqual(['chat-default', 'embed']);
      expect(models.data[0]).toMatchObject({ object: 'model', owned_by: 'hybrid-ai' });
    });
  });

  describe('classify', () => {
    it('returns the decision and the plan without calling any backend', async () => {
      const before = h.privateServer.received.length + h.cloudServer.received.length;
      const response = await fetch(`${h.server.url}/classify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'chat-default', messages: [{ role: 'user', content: `SSN ${SSN}` }] }),
      });
      const body = (await response.json()) as { categories: unknown[]; plan: unknown[] };
      expect(response.status).toBe(200);
      expect(body).toMatchObject({
        object: 'classification',
        route: 'private',
        sensitive: true,
        policyVersion: 'e2e-1',
      });
      expect(body.categories).toContainEqual({ id: 'pii.ssn', count: 1 });
      expect(body.plan).toEqual([
        { backend: 'private', model: 'private-llm', side: 'private', redacted: false },
      ]);
      expect(h.privateServer.received.length + h.cloudServer.received.length).toBe(before);
    });
  });

  describe("errors in OpenAI's shape", () => {
    it("400 for an unknown model alias, through the SDK's BadRequestError", async () => {
      await expect(
        h.client.chat.completions.create({
          model: 'gpt-unknown',
          messages: [{ role: 'user', content: 'hi' }],
        }),
      ).rejects.toMatchObject({ status: 400, code: 'model_not_found', param: 'model' });
    });

    it('404 for an unknown path and 405 for a wrong method, each with the route and request-id headers', async () => {
      const missing = await fetch(`${h.server.url}/completions/legacy`, { method: 'POST', body: '{}' });
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: unknown }).error).toMatchObject({
        type: 'not_found_error',
        code: 'unknown_path',
      });
      expect(missing.headers.get('x-hybrid-ai-request-id')).toBeTruthy();
      const wrongMethod = await fetch(`${h.server.url}/chat/completions`, { method: 'GET' });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('POST');
      expect(wrongMethod.headers.get('x-hybrid-ai-route')).toBe('none');
    });
  });

  describe('the audit record', () => {
    it('is written once per request with the DESIGN section 7 fields and keyed hashes', async () => {
      const before = h.audits().length;
      const content = 'Summarize the plot of Hamlet in two sentences.';
      const { response } = await h.client.chat.completions
        .create({ model: 'chat-default', messages: [{ role: 'user', content }] })
        .withResponse();
      const records = await h.waitForAudits(before + 1);
      expect(records.length).toBe(before + 1);
      const record = records[records.length - 1];
      const hmac = (v: string) => createHmac('sha256', HMAC_KEY).update(v).digest('hex');
      expect(record).toMatchObject({
        requestId: response.headers.get('x-hybrid-ai-request-id'),
        principal: hmac('local:e2e-key'),
        environment: 'prod',
        modelAlias: 'chat-default',
        backend: 'openai',
        backendModel: 'cloud-llm',
        route: 'cloud',
        sensitive: false,
        policyVersion: 'e2e-1',
        status: 'ok',
        httpStatus: 200,
        promptHash: hmac(JSON.stringify([{ role: 'user', content }])),
      });
      expect(record.attempts).toEqual([{ backend: 'openai', status: 'ok', ms: expect.any(Number) }]);
      expect(record.latencyMs.total).toBeGreaterThanOrEqual(record.latencyMs.backend);
      expect(record.tokens.in).toBeGreaterThan(0);
      // 1 $/M in, 2 $/M out for cloud-llm
      expect(record.costUsd).toBeCloseTo((record.tokens.in * 1 + record.tokens.out * 2) / 1e6, 9);
    });

    it('costs a private answer from the GPU-hour price', async () => {
      await h.client.chat.completions.create({
        model: 'chat-default',
        messages: [{ role: 'user', content: `SSN ${SSN}` }],
      });
      const record = await lastAudit();
      expect(record.route).toBe('private');
      // (in + out) / 1,000,000 tokens per GPU hour × 3 USD
      expect(record.costUsd).toBeCloseTo(((record.tokens.in + record.tokens.out) / 1_000_000) * 3, 9);
      expect(record.categories).toContainEqual({ id: 'pii.ssn', count: 1 });
    });
  });
});

describe('e2e: tool calls', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      cloudReply: () => ({
        toolCalls: [{ id: 'call_7', name: 'get_weather', arguments: '{"city":"Lisbon"}' }],
      }),
    });
  });
  afterAll(() => h.close());

  const conversation = [{ role: 'user' as const, content: 'What is the weather in Lisbon?' }];

  it("returns the backend's tool calls in a completion", async () => {
    const completion = await h.client.chat.completions.create({
      model: 'chat-default',
      messages: conversation,
    });
    expect(completion.choices[0].finish_reason).toBe('tool_calls');
    expect(completion.choices[0].message.tool_calls).toEqual([
      { id: 'call_7', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' } },
    ]);
  });

  it('streams tool-call deltas that the client reassembles', async () => {
    const stream = h.client.chat.completions.stream({ model: 'chat-default', messages: conversation });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0].message.tool_calls?.[0]).toMatchObject({
      id: 'call_7',
      function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' },
    });
  });

  it('sends tool results in the conversation back to the backend as given', async () => {
    const messages = [
      ...conversation,
      {
        role: 'assistant' as const,
        content: null,
        tool_calls: [
          {
            id: 'call_7',
            type: 'function' as const,
            function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' },
          },
        ],
      },
      { role: 'tool' as const, tool_call_id: 'call_7', content: '{"temperature_c":21}' },
    ];
    await h.client.chat.completions.create({ model: 'chat-default', messages });
    expect(h.cloudServer.requestsTo('/v1/chat/completions').at(-1)?.body?.messages).toEqual(messages);
  });
});
