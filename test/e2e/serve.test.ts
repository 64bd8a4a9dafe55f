import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import OpenAI from 'openai';
import { startLoopbackOpenAi, type LoopbackOpenAi } from '../support/loopback-openai-server';

/** `hybrid-ai serve` as a user runs it: a real process, a real port, audit records on stdout. */
describe('e2e: hybrid-ai serve', () => {
  let privateServer: LoopbackOpenAi;
  let cloudServer: LoopbackOpenAi;
  let child: ChildProcess;
  let stdout = '';
  let url: string;

  beforeAll(async () => {
    privateServer = await startLoopbackOpenAi({ name: 'private' });
    cloudServer = await startLoopbackOpenAi({ name: 'cloud' });
    const root = resolve(__dirname, '../..');
    child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bin/cli.ts',
        'serve',
        '--port',
        '0',
        '--private-url',
        privateServer.url,
        '--cloud-url',
        cloudServer.url,
        '--cloud-name',
        'bedrock',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (d) => (stdout += d));
    url = await new Promise<string>((resolveUrl, reject) => {
      let stderr = '';
      child.stderr!.on('data', (d) => {
        stderr += d;
        const match = /gateway on (http:\/\/\S+)/.exec(stderr);
        if (match) resolveUrl(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
  }, 60_000);

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await privateServer.close();
    await cloudServer.close();
  });

  it("serves the default policy's aliases and prints one audit record per request", async () => {
    // GIVEN the default policy (chat-default: private model + a cloud target on the backend named "bedrock")
    const client = new OpenAI({ baseURL: url, apiKey: 'local-key', maxRetries: 0 });
    // WHEN a non-sensitive request is sent
    const { response } = await client.chat.completions
      .create({
        model: 'chat-default',
        messages: [{ role: 'user', content: 'Name three rivers in Europe.' }],
      })
      .withResponse();
    // THEN the cloud backend answered and stdout holds the audit record
    expect(response.headers.get('x-hybrid-ai-route')).toBe('cloud');
    for (let i = 0; i < 100 && !stdout.includes('"message":"audit"'); i++)
      await new Promise((r) => setTimeout(r, 20));
    const records = stdout
      .split('\n')
      .filter((l) => l.includes('"message":"audit"'))
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      route: 'cloud',
      environment: 'local',
      status: 'ok',
      policyVersion: 'default',
    });
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
