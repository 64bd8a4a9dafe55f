import { createServer } from 'node:net';
import OpenAI from 'openai';
import { resolvePolicy } from '../../lib/policy/defaults';
import type { ResolvedPolicy, RoutingPolicy } from '../../lib/policy/types';
import { AuditHasher } from '../../lambda/router/audit/hmac';
import type { AuditRecord } from '../../lambda/router/audit/record';
import { createPowertoolsAuditSink } from '../../lambda/router/audit/sink';
import { createOpenAiCompatibleBackend } from '../../lambda/router/backends';
import type { Backend } from '../../lambda/router/backends/types';
import { createGateway, type Gateway } from '../../lambda/router/gateway';
import type { GatewayOptions } from '../../lambda/router/gateway-options';
import { startLocalServer, type LocalServer } from '../../lambda/router/local-server';
import {
  startLoopbackOpenAi,
  type LoopbackOpenAi,
  type LoopbackOpenAiOptions,
} from '../support/loopback-openai-server';

/** The policy the gateway tests run under: one chat alias and one embeddings alias, each with a private and a cloud model. */
export const TEST_POLICY_DOC: RoutingPolicy = {
  version: 'e2e-1',
  // Generous, so a loaded CI machine does not turn routes private by classifier timeouts (fail-closed
  // timeouts have their own test).
  classification: { timeBudgetMs: 2_000 },
  modelAliases: {
    'chat-default': {
      private: { backend: 'private', model: 'private-llm' },
      cloud: [{ backend: 'openai', model: 'cloud-llm' }],
    },
    embed: {
      kind: 'embeddings',
      private: { backend: 'private', model: 'private-embed' },
      cloud: [{ backend: 'openai', model: 'cloud-embed' }],
    },
  },
  pricing: {
    cloud: {
      'cloud-llm': { inputPerMillion: 1, outputPerMillion: 2 },
      'cloud-embed': { inputPerMillion: 0.1, outputPerMillion: 0 },
    },
    private: { gpuHourUsd: 3, tokensPerGpuHour: 1_000_000 },
  },
};

export const HMAC_KEY = Buffer.alloc(32, 7);

export interface Harness {
  readonly privateServer: LoopbackOpenAi;
  readonly cloudServer: LoopbackOpenAi;
  readonly gateway: Gateway;
  readonly server: LocalServer;
  readonly client: OpenAI;
  readonly policy: ResolvedPolicy;
  /** Every line the gateway logged (audit records, EMF blobs, operational lines). */
  readonly lines: string[];
  /** The audit records written so far. */
  audits(): AuditRecord[];
  /** Resolves once `n` audit records exist (streams finish their record after the last byte). */
  waitForAudits(n: number): Promise<AuditRecord[]>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly policy?: RoutingPolicy;
  readonly gateway?: Partial<GatewayOptions>;
  /** Extra backends (e.g. Bedrock against the loopback Bedrock server). */
  readonly backends?: (servers: { privateServer: LoopbackOpenAi; cloudServer: LoopbackOpenAi }) => Backend[];
  /** Point the private / cloud backend at a port where nothing listens (connection refused). */
  readonly refuse?: { readonly private?: boolean; readonly cloud?: boolean };
  /** What the cloud loopback model answers. @default - a fixed sentence */
  readonly cloudReply?: LoopbackOpenAiOptions['reply'];
}

/** Loopback private and cloud backends, the gateway on a local server, and an official OpenAI client. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const privateServer = await startLoopbackOpenAi({ name: 'private' });
  const cloudServer = await startLoopbackOpenAi({ name: 'cloud', reply: options.cloudReply });
  const policy = resolvePolicy(options.policy ?? TEST_POLICY_DOC);
  const lines: string[] = [];
  const { sink, ops } = createPowertoolsAuditSink({ writeLine: (line) => lines.push(line) });
  const backends: Backend[] = [
    createOpenAiCompatibleBackend({
      name: 'private',
      placement: 'private',
      baseUrl: options.refuse?.private ? await refusedUrl() : privateServer.url,
    }),
    createOpenAiCompatibleBackend({
      name: 'openai',
      placement: 'cloud',
      baseUrl: options.refuse?.cloud ? await refusedUrl() : cloudServer.url,
    }),
    ...(options.backends?.({ privateServer, cloudServer }) ?? []),
  ];
  const gateway = createGateway({
    backends,
    policy: { current: () => policy },
    audit: sink,
    ops,
    hasher: new AuditHasher(HMAC_KEY),
    requireIdentity: false,
    environment: 'prod',
    attemptTimeoutMs: 2_000,
    deadlineMs: 4_000,
    backoff: { baseMs: 5, capMs: 20 },
    ...options.gateway,
  });
  const server = await startLocalServer({ gateway, port: 0 });
  const client = new OpenAI({ baseURL: server.url, apiKey: 'e2e-key', maxRetries: 0 });
  const audits = () =>
    lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.message === 'audit') as unknown as AuditRecord[];
  return {
    privateServer,
    cloudServer,
    gateway,
    server,
    client,
    policy,
    lines,
    audits,
    async waitForAudits(n) {
      for (let i = 0; i < 200; i++) {
        const found = audits();
        if (found.length >= n) return found;
        await new Promise((r) => setTimeout(r, 10));
      }
      return audits();
    },
    async close() {
      await server.close();
      await privateServer.close();
      await cloudServer.close();
    },
  };
}

export const SSN = '536-22-1987';
export const EMAIL = 'maria.alvarez@northwind-clinic.org';

/** A loopback URL on a port that was just free: connecting to it is refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

/** POST a JSON body with fetch (for answers the OpenAI client turns into exceptions). */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}
