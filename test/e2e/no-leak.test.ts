import { post, startHarness, type Harness, EMAIL, SSN } from './harness';

/**
 * No prompt text, completion text or detected value anywhere in the gateway's log output, on every
 * path: success, failover, failure, streaming, rejection, block, classification.
 */
describe('e2e: logs never carry prompt text or detected values', () => {
  const CARD = '4111 1111 1111 1111';
  const MARKER = 'zebra-quartz-lantern';
  const SECRET_PROMPT = `Patient ${MARKER} has SSN ${SSN}, email ${EMAIL} and card ${CARD}.`;
  const ANSWER = 'The loopback model answers this request.';
  let h: Harness;
  let stdout: string[];
  let writeSpy: jest.SpyInstance;

  beforeAll(async () => {
    stdout = [];
    // Also capture anything that bypasses the sink and goes to the process streams.
    writeSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
    h = await startHarness({
      policy: {
        version: 'leak',
        identity: { allowClientContextHeaders: true },
        departments: { sandbox: 'block' },
        modelAliases: {
          'chat-default': {
            private: { backend: 'private', model: 'private-llm' },
            cloud: [{ backend: 'openai', model: 'cloud-llm' }],
          },
        },
      },
    });
    const chat = (extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
      post(
        `${h.server.url}/chat/completions`,
        { model: 'chat-default', messages: [{ role: 'user', content: SECRET_PROMPT }], ...extra },
        headers,
      );

    await chat();
    await chat({ stream: true, stream_options: { include_usage: true } });
    h.privateServer.setFault(() => ({ kind: 'status', status: 503, message: `echo ${SECRET_PROMPT}` }));
    await chat();
    h.privateServer.setFault(() => ({ kind: 'reset-mid-stream', afterChunks: 2 }));
    await chat({ stream: true });
    h.privateServer.setFault(undefined);
    await chat({}, { 'x-hybrid-ai-department': 'sandbox' });
    await post(`${h.server.url}/classify`, { messages: [{ role: 'user', content: SECRET_PROMPT }] });
    await post(`${h.server.url}/chat/completions`, {
      model: `unknown-${MARKER}`,
      messages: [{ role: 'user', content: SECRET_PROMPT }],
    });
    await post(`${h.server.url}/chat/completions`, {
      model: 'chat-default',
      messages: [{ role: `role-${MARKER}`, content: SECRET_PROMPT }],
    });
    await post(`${h.server.url}/embeddings`, { model: 'chat-default', input: SECRET_PROMPT });
    await h.waitForAudits(9);
  });

  afterAll(async () => {
    writeSpy.mockRestore();
    await h.close();
  });

  it('wrote one audit record per request', () => {
    expect(h.audits()).toHaveLength(9);
  });

  it.each([
    ['the SSN', SSN],
    ['the SSN digits', SSN.replace(/-/g, '')],
    ['the email address', EMAIL],
    ['the card number', CARD],
    ['the card digits', CARD.replace(/ /g, '')],
    ['a word of the prompt', MARKER],
    ['the completion text', ANSWER],
  ])('contains no trace of %s', (_what, value) => {
    const everything = [...h.lines, ...stdout].join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).not.toContain(value);
  });
});
