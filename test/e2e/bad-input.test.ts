import { startHarness, type Harness } from './harness';

/**
 * Hostile and broken input: each gets its documented OpenAI-shaped error (or a decision), never a
 * 500 and never a crash; every one leaves exactly one audit record.
 */
describe('e2e: bad input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  async function send(body: string | Uint8Array, path = '/chat/completions') {
    const response = await fetch(`${h.server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      error: (JSON.parse(text) as { error?: { code: string; param: string | null; type: string } }).error,
    };
  }
  const json = (v: unknown) => JSON.stringify(v);
  const chat = (messages: unknown, extra: Record<string, unknown> = {}) =>
    json({ model: 'chat-default', messages, ...extra });

  it.each([
    ['malformed JSON', '{"model": "chat-default", "messages": [', 'invalid_json', null],
    ['a JSON array body', '[1, 2, 3]', 'invalid_body', null],
    ['an empty body', '', 'missing_body', null],
    ['messages of the wrong type', chat('hello'), 'invalid_type', 'messages'],
    ['a message that is not an object', chat(['hello']), 'invalid_type', 'messages[0]'],
    ['an unknown role', chat([{ role: 'wizard', content: 'hi' }]), 'invalid_role', 'messages[0].role'],
    [
      'content of the wrong type',
      chat([{ role: 'user', content: { text: 'hi' } }]),
      'invalid_type',
      'messages[0].content',
    ],
    [
      'a content part without a type',
      chat([{ role: 'user', content: [{ text: 'hi' }] }]),
      'invalid_type',
      'messages[0].content[0]',
    ],
    [
      'temperature as a string',
      chat([{ role: 'user', content: 'hi' }], { temperature: 'warm' }),
      'invalid_type',
      'temperature',
    ],
    [
      'stream as a string',
      chat([{ role: 'user', content: 'hi' }], { stream: 'yes' }),
      'invalid_type',
      'stream',
    ],
    [
      'model as a number',
      json({ model: 7, messages: [{ role: 'user', content: 'hi' }] }),
      'invalid_type',
      'model',
    ],
    [
      'an unknown model alias',
      json({ model: 'gpt-9', messages: [{ role: 'user', content: 'hi' }] }),
      'model_not_found',
      'model',
    ],
    [
      'deeply nested content',
      '{"model":"chat-default","messages":[{"role":"user","content":' +
        '['.repeat(5000) +
        ']'.repeat(5000) +
        '}]}',
      'too_deeply_nested',
      null,
    ],
  ])('%s → 400 %s', async (_name, body, code, param) => {
    const before = h.audits().length;
    const response = await send(body);
    expect(response.status).toBe(400);
    expect(response.error).toMatchObject({ type: 'invalid_request_error', code, param });
    expect(response.headers.get('x-hybrid-ai-request-id')).toBeTruthy();
    const records = await h.waitForAudits(before + 1);
    expect(records[records.length - 1]).toMatchObject({
      status: 'rejected',
      httpStatus: 400,
      errorCode: code,
    });
  });

  it('invalid UTF-8 → 400 invalid_utf8 (not silently replaced)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"model":"chat-default","messages":[{"role":"user","content":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}]}'),
    ]);
    const response = await send(bytes);
    expect(response.status).toBe(400);
    expect(response.error?.code).toBe('invalid_utf8');
  });

  it('a 10 MB body → 400 body_too_large, without buffering it whole', async () => {
    const huge = chat([{ role: 'user', content: 'a'.repeat(10 * 1024 * 1024) }]);
    const response = await send(huge);
    expect(response.status).toBe(400);
    expect(response.error?.code).toBe('body_too_large');
  });

  it('an image part → a decision, not an error: private by default, since the classifier cannot read it', async () => {
    const before = h.cloudServer.received.length;
    const response = await send(
      chat([
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture?' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
          ],
        },
      ]),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-hybrid-ai-route')).toBe('private');
    expect(h.cloudServer.received.length).toBe(before);
  });

  it('a huge but valid 5 MB prompt is classified and answered', async () => {
    const response = await send(
      chat([{ role: 'user', content: 'lorem ipsum dolor sit amet '.repeat(190_000) }]),
    );
    expect([200, 503]).toContain(response.status);
    expect(response.status).not.toBe(500);
  });

  it('never answers 500 to a batch of random bytes', async () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 30; i++) {
      const bytes = Buffer.from(Array.from({ length: 1 + (next() % 400) }, () => next() % 256));
      const response = await send(bytes);
      expect(response.status).toBe(400);
    }
  });
});
