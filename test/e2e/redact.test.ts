import { post, startHarness, TEST_POLICY_DOC, type Harness, EMAIL, SSN } from './harness';

/** `redact-then-cloud`: only a copy with every finding of the opted-in categories replaced may leave. */
describe('e2e: redact-then-cloud', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      policy: { ...TEST_POLICY_DOC, categories: { 'pii.email': 'redact-then-cloud' } },
    });
  });
  afterAll(() => h.close());
  afterEach(() => h.cloudServer.setFault(undefined));

  const chat = (content: string) =>
    post(`${h.server.url}/chat/completions`, {
      model: 'chat-default',
      messages: [
        { role: 'system', content: 'You draft polite replies.' },
        { role: 'user', content },
      ],
    });

  it('sends the cloud a copy with the email replaced, and keeps everything else as written', async () => {
    const response = await chat(`Reply to ${EMAIL} and thank them for the feedback.`);
    expect(response.headers.get('x-hybrid-ai-route')).toBe('cloud');
    const sent = h.cloudServer.requestsTo('/v1/chat/completions').at(-1)!;
    expect(sent.rawBody).not.toContain(EMAIL);
    expect(sent.body?.messages).toEqual([
      { role: 'system', content: 'You draft polite replies.' },
      { role: 'user', content: 'Reply to [REDACTED:pii.email] and thank them for the feedback.' },
    ]);
    const record = h.audits().at(-1)!;
    expect(record).toMatchObject({ decisionRoute: 'redact-then-cloud', redacted: true, route: 'cloud' });
  });

  it('falls back to private with the original text when the cloud is down', async () => {
    h.cloudServer.setFault(() => ({ kind: 'status', status: 503 }));
    const response = await chat(`Reply to ${EMAIL} please.`);
    expect(response.headers.get('x-hybrid-ai-route')).toBe('private');
    expect(h.privateServer.requestsTo('/v1/chat/completions').at(-1)?.rawBody).toContain(EMAIL);
    expect(h.audits().at(-1)).toMatchObject({ redacted: false, fallback: true });
  });

  it('keeps a request private when it also holds a category that is not redactable', async () => {
    const before = h.cloudServer.received.length;
    const response = await chat(`Reply to ${EMAIL} about SSN ${SSN}.`);
    expect(response.headers.get('x-hybrid-ai-route')).toBe('private');
    expect(h.cloudServer.received.length).toBe(before);
  });
});
