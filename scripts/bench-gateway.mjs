/* global fetch, performance */
/**
 * What the gateway costs on the request path, measured in one run on the machine at hand:
 *
 *   1. direct   — an OpenAI-compatible loopback upstream called straight from the load client;
 *   2. proxy    — a minimal keep-alive Node proxy in front of it (parse the JSON body, forward with
 *                 fetch, return): the floor any Node gateway pays;
 *   3. gateway  — the real gateway core on the local server (validation, classification, policy,
 *                 routing, audit record with HMACs and EMF serialization) in front of the same upstream.
 *
 * Overhead = latency percentile through (2) or (3) minus the same percentile of (1), at
 * concurrency 1 and 64. Then the Lambda cold start (a fresh `node` process requires the bundle
 * and handles its first request) and the bundle size.
 *
 *   npm run bench:gateway [-- --requests 3000] [-- --dist] [-- --inline-audit]
 *
 * The gateway runs as `hybrid-ai serve` does, writing each audit record just after its response;
 * `--inline-audit` writes it before the response, as the buffered Lambda handler must.
 * By default the gateway modules load from source through tsx (esbuild-transpiled, as fast as
 * the tsc output); `--dist` loads the tsc output under dist/ instead. The cold start always uses
 * dist/bundle/router/index.js, which is built first when missing.
 */
import { execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { require as tsxRequire } from 'tsx/cjs/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    dist: { type: 'boolean', default: false },
    'inline-audit': { type: 'boolean', default: false },
    role: { type: 'string', default: 'client' },
  },
});
const REQUESTS = Number(values.requests);
// As `hybrid-ai serve` runs it: audit records written just after each response (see GatewayOptions).
const DEFER_AUDIT = !values['inline-audit'];
const load = (path) =>
  tsxRequire(
    values.dist ? resolve(root, 'dist', `${path}.js`) : resolve(root, `${path}.ts`),
    import.meta.url,
  );

// A typical non-sensitive chat request (~600 characters), so every detector and the topic model run
// to completion and the request is routed to the cloud target.
const REQUEST = JSON.stringify({
  model: 'chat-default',
  temperature: 0.3,
  messages: [
    {
      role: 'system',
      content: 'You are a helpful assistant for the marketing team. Answer briefly and in plain language.',
    },
    {
      role: 'user',
      content:
        'Draft three subject lines for our spring newsletter about the new hiking boots collection. ' +
        'The tone should be upbeat but not pushy, and each line should stay under sixty characters. ' +
        'Mention waterproofing in one of them and the lighter sole in another. Avoid exclamation marks ' +
        'and avoid the words "amazing" and "incredible". Then suggest a preview text for the best one.',
    },
  ],
});
const ANSWER = JSON.stringify({
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'cloud-llm',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'Step lighter this spring: meet the new trail collection.' },
      finish_reason: 'stop',
    },
  ],
  usage: { prompt_tokens: 140, completion_tokens: 12, total_tokens: 152 },
});

function listen(server) {
  return new Promise((res) => server.listen(0, '127.0.0.1', () => res(server.address().port)));
}

function readBody(req) {
  return new Promise((res, rej) => {
    const parts = [];
    req.on('data', (p) => parts.push(p));
    req.on('end', () => res(Buffer.concat(parts).toString('utf8')));
    req.on('error', rej);
  });
}

async function startUpstream() {
  const server = createServer(async (req, res) => {
    await readBody(req);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ANSWER) });
    res.end(ANSWER);
  });
  server.keepAliveTimeout = 60_000;
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}

async function startMinimalProxy(upstreamUrl) {
  const server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req));
    const upstream = await fetch(`${upstreamUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      // The same fetch options the gateway's backend uses, so the floor is a fair one.
      redirect: 'error',
    });
    const text = await upstream.text();
    res.writeHead(upstream.status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  });
  server.keepAliveTimeout = 60_000;
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}

async function startGateway(upstreamUrl) {
  const { createGateway } = load('lambda/router/gateway');
  const { startLocalServer } = load('lambda/router/local-server');
  const { createOpenAiCompatibleBackend } = load('lambda/router/backends/openai/client');
  const { createPowertoolsAuditSink } = load('lambda/router/audit/sink');
  const { AuditHasher } = load('lambda/router/audit/hmac');
  const { resolvePolicy } = load('lib/policy/defaults');
  const policy = resolvePolicy({
    version: 'bench',
    modelAliases: {
      'chat-default': {
        private: { backend: 'private', model: 'private-llm' },
        cloud: [{ backend: 'cloud', model: 'cloud-llm' }],
      },
    },
    pricing: { cloud: { 'cloud-llm': { inputPerMillion: 1, outputPerMillion: 2 } } },
  });
  let auditLines = 0;
  const { sink } = createPowertoolsAuditSink({ writeLine: () => void auditLines++ });
  const gateway = createGateway({
    backends: [
      createOpenAiCompatibleBackend({ name: 'private', placement: 'private', baseUrl: upstreamUrl }),
      createOpenAiCompatibleBackend({ name: 'cloud', placement: 'cloud', baseUrl: upstreamUrl }),
    ],
    policy: { current: () => policy },
    audit: sink,
    hasher: new AuditHasher(Buffer.alloc(32, 1)),
    environment: 'prod',
    requireIdentity: false,
    deferAuditWrites: DEFER_AUDIT,
  });
  await gateway.warmUp();
  const server = await startLocalServer({ gateway, port: 0 });
  return { url: server.url, close: () => server.close(), auditLines: () => auditLines };
}

/**
 * The servers run in a child process, the load client in this one: a gateway shares no event loop
 * with its callers in production, and work it does after answering must not be billed to the client.
 */
async function serveInChild() {
  const upstream = await startUpstream();
  const proxy = await startMinimalProxy(upstream.url);
  const gateway = await startGateway(upstream.url);
  process.send({ direct: upstream.url, proxy: proxy.url, gateway: gateway.url });
  process.on('message', async (message) => {
    if (message === 'audit-lines') process.send({ auditLines: gateway.auditLines() });
    if (message === 'stop') {
      await gateway.close();
      await proxy.close();
      await upstream.close();
      process.exit(0);
    }
  });
}

function startServers() {
  const args = [
    '--role',
    'servers',
    '--requests',
    String(REQUESTS),
    ...(values.dist ? ['--dist'] : []),
    ...(values['inline-audit'] ? ['--inline-audit'] : []),
  ];
  const child = fork(fileURLToPath(import.meta.url), args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (message) =>
    new Promise((res) => {
      child.once('message', res);
      child.send(message);
    });
  return new Promise((res) =>
    child.once('message', (urls) => res({ urls, ask, stop: () => child.send('stop') })),
  );
}

async function timedRequest(url) {
  const started = performance.now();
  const response = await fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: REQUEST,
  });
  await response.text();
  if (response.status !== 200) throw new Error(`status ${response.status} from ${url}`);
  return performance.now() - started;
}

async function measure(url, concurrency, total) {
  for (let i = 0; i < Math.min(300, total); i++) await timedRequest(url); // warm up JIT and connections
  const samples = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      samples.push(await timedRequest(url));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const pct = (p) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];
  return { p50: pct(50), p99: pct(99), rps: total / seconds };
}

const fmt = (ms) => `${ms.toFixed(3)} ms`;

async function latencyTable() {
  const servers = await startServers();
  const { urls } = servers;
  const results = [];
  for (const concurrency of [1, 64]) {
    const total = concurrency === 1 ? REQUESTS : REQUESTS * 2;
    // Interleave the three targets in rounds so machine noise hits them alike.
    const rounds = 3;
    const acc = { direct: [], proxy: [], gateway: [] };
    for (let r = 0; r < rounds; r++) {
      acc.direct.push(await measure(urls.direct, concurrency, Math.ceil(total / rounds)));
      acc.proxy.push(await measure(urls.proxy, concurrency, Math.ceil(total / rounds)));
      acc.gateway.push(await measure(urls.gateway, concurrency, Math.ceil(total / rounds)));
    }
    const median = (xs, key) => xs.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const row = (name) => ({
      p50: median(acc[name], 'p50'),
      p99: median(acc[name], 'p99'),
      rps: median(acc[name], 'rps'),
    });
    const direct = row('direct');
    const prox = row('proxy');
    const gw = row('gateway');
    results.push({ concurrency, direct, proxy: prox, gateway: gw });
    console.log(`\nconcurrency ${concurrency} (${total} requests per target, median of ${rounds} rounds)`);
    console.log(`  direct   p50 ${fmt(direct.p50)}  p99 ${fmt(direct.p99)}  ${direct.rps.toFixed(0)} req/s`);
    console.log(
      `  proxy    p50 ${fmt(prox.p50)}  p99 ${fmt(prox.p99)}  ${prox.rps.toFixed(0)} req/s   overhead p50 ${fmt(prox.p50 - direct.p50)}  p99 ${fmt(prox.p99 - direct.p99)}`,
    );
    console.log(
      `  gateway  p50 ${fmt(gw.p50)}  p99 ${fmt(gw.p99)}  ${gw.rps.toFixed(0)} req/s   overhead p50 ${fmt(gw.p50 - direct.p50)}  p99 ${fmt(gw.p99 - direct.p99)}`,
    );
  }
  const { auditLines } = await servers.ask('audit-lines');
  console.log(
    `  (audit and EMF lines written by the gateway: ${auditLines}; audit writes ${DEFER_AUDIT ? 'after' : 'before'} each response)`,
  );
  servers.stop();
  return results;
}

async function coldStart() {
  const bundle = resolve(root, 'dist/bundle/router/index.js');
  if (!existsSync(bundle))
    execFileSync(process.execPath, [resolve(root, 'scripts/bundle.mjs')], { stdio: 'inherit' });
  const upstream = await startUpstream();
  const env = {
    PATH: process.env.PATH,
    AWS_REGION: 'us-east-1',
    HYBRID_AI_PRIVATE_URL: upstream.url,
    HYBRID_AI_OPENAI_BACKENDS: JSON.stringify([{ name: 'cloud', placement: 'cloud', baseUrl: upstream.url }]),
    HYBRID_AI_BEDROCK: 'false',
    HYBRID_AI_AUDIT_HMAC_KEY: 'bench-key-0123456789abcdef',
    HYBRID_AI_POLICY_JSON: JSON.stringify({
      version: 'bench',
      modelAliases: {
        'chat-default': {
          private: { backend: 'private', model: 'p' },
          cloud: [{ backend: 'cloud', model: 'c' }],
        },
      },
    }),
  };
  const script = `
    const t0 = performance.now();
    const { handler } = require(${JSON.stringify(bundle)});
    const t1 = performance.now();
    handler({ httpMethod: 'POST', path: '/v1/chat/completions', headers: { 'content-type': 'application/json' },
      body: ${JSON.stringify(REQUEST)}, requestContext: { identity: { userArn: 'arn:aws:iam::1:role/bench' } } })
      .then((r) => { const t2 = performance.now();
        process.stderr.write(JSON.stringify({ status: r.statusCode, requireMs: t1 - t0, firstRequestMs: t2 - t1 }) + '\\n'); });`;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    // The child holds the event loop open until the upstream answers, so run it asynchronously.
    const started = performance.now();
    const result = await new Promise((res) => {
      const child = spawn(process.execPath, ['-e', script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('exit', () => res({ err, wallMs: performance.now() - started }));
    });
    const line = result.err.trim().split('\n').at(-1);
    runs.push({ ...JSON.parse(line), wallMs: result.wallMs });
  }
  await upstream.close();
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[2];
  console.log(`\ncold start (fresh node process, median of ${runs.length}; status ${runs[0].status})`);
  console.log(
    `  require bundle ${fmt(median('requireMs'))}, first request ${fmt(median('firstRequestMs'))}, process wall ${fmt(median('wallMs'))}`,
  );
  const size = statSync(bundle).size;
  console.log(`bundle size: ${(size / 1024).toFixed(1)} KiB (${size} bytes) dist/bundle/router/index.js`);
  return { requireMs: median('requireMs'), firstRequestMs: median('firstRequestMs'), bytes: size };
}

if (values.role === 'servers') {
  await serveInChild();
} else {
  await runClient();
}

async function runClient() {
  const results = await latencyTable();
  await coldStart();
  const c1 = results.find((r) => r.concurrency === 1);
  const gwOverhead = c1.gateway.p50 - c1.direct.p50;
  const proxyOverhead = c1.proxy.p50 - c1.direct.p50;
  const p99Overhead = c1.gateway.p99 - c1.direct.p99;
  const okRatio = gwOverhead <= 2 * proxyOverhead;
  const okP99 = p99Overhead < 5;
  console.log(
    `\nrequirement at concurrency 1: gateway p50 overhead ${fmt(gwOverhead)} ≤ 2 × proxy ${fmt(proxyOverhead)}: ${okRatio ? 'met' : 'NOT met'}; p99 overhead ${fmt(p99Overhead)} < 5 ms: ${okP99 ? 'met' : 'NOT met'}`,
  );
  process.exitCode = okRatio && okP99 ? 0 : 1;
}
