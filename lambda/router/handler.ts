/**
 * The Lambda entry point behind an API Gateway REST API (proxy integration). A thin adapter: it
 * builds the gateway once per container from environment variables (see README.md), translates
 * each event, and writes the answer. Where the runtime offers response streaming
 * (`awslambda.streamifyResponse`, used by REST APIs with `responseTransferMode: STREAM`), SSE
 * answers stream chunk by chunk; otherwise the handler buffers them into one response.
 */
import type { Writable } from 'node:stream';
import { createPowertoolsAuditSink } from './audit/sink';
import { AuditHasher } from './audit/hmac';
import { createGateway, type Gateway } from './gateway';
import { ClientConnectionState } from './http/client-connection';
import type { ClaimNames } from './http/identity';
import { DEFAULT_CLAIM_NAMES } from './http/identity';
import type { GatewayResponse } from './http/types';
import {
  fromProxyEvent,
  toProxyResult,
  type ApiGatewayProxyEvent,
  type ApiGatewayProxyResult,
} from './runtime/api-gateway-event';
import { runtimeFromEnv } from './runtime/env-config';

interface StreamingRuntime {
  streamifyResponse(
    handler: (event: ApiGatewayProxyEvent, responseStream: Writable, context: unknown) => Promise<void>,
  ): unknown;
  HttpResponseStream: {
    from(stream: Writable, metadata: { statusCode: number; headers: Record<string, string> }): Writable;
  };
}

// Started during the init phase (which runs on a boosted CPU); every invocation awaits the same promise.
const ready: Promise<{ gateway: Gateway; claimNames: ClaimNames }> = runtimeFromEnv().then(
  async (runtime) => {
    const gateway = createGateway(runtime.options);
    await gateway.warmUp();
    return { gateway, claimNames: runtime.claimNames };
  },
  (error: unknown) => misconfigured(error),
);

/**
 * With a configuration error the function still answers every request (503, policy_unavailable)
 * and writes its audit record, instead of crashing the container in a loop.
 */
function misconfigured(error: unknown): { gateway: Gateway; claimNames: ClaimNames } {
  const { sink, ops } = createPowertoolsAuditSink();
  ops.error('gateway.configuration_error', {
    detail: error instanceof Error ? error.message : String(error),
  });
  const gateway = createGateway({
    backends: [],
    policy: {
      current: () => {
        throw error;
      },
    },
    audit: sink,
    ops,
    hasher: AuditHasher.ephemeral(),
    requireIdentity: false,
  });
  return { gateway, claimNames: DEFAULT_CLAIM_NAMES };
}

/** Buffered handler: streams are collected into one SSE body. */
export async function bufferedHandler(event: ApiGatewayProxyEvent): Promise<ApiGatewayProxyResult> {
  const { gateway, claimNames } = await ready;
  const response = await gateway.handle(fromProxyEvent(event, claimNames));
  if (response.kind === 'buffered') return toProxyResult(response);
  let body = '';
  for await (const frame of response.events) body += frame;
  return { statusCode: response.status, headers: { ...response.headers }, body, isBase64Encoded: false };
}

/** Streaming handler: headers first, then each SSE frame as it arrives. */
export async function streamingHandler(
  event: ApiGatewayProxyEvent,
  responseStream: Writable,
  runtime: StreamingRuntime,
): Promise<void> {
  const { gateway, claimNames } = await ready;
  const client = new ClientConnectionState();
  responseStream.on('close', () => client.close());
  const response: GatewayResponse = await gateway.handle(fromProxyEvent(event, claimNames, client));
  const out = runtime.HttpResponseStream.from(responseStream, {
    statusCode: response.status,
    headers: { ...response.headers },
  });
  if (response.kind === 'buffered') {
    out.end(response.body);
    return;
  }
  const iterator = response.events[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      if (client.closed) break;
      if (!out.write(next.value)) await drainedOrClosed(out);
    }
  } finally {
    await iterator.return?.();
    out.end();
  }
}

function drainedOrClosed(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

const runtime = (globalThis as { awslambda?: StreamingRuntime }).awslambda;

export const handler =
  runtime && typeof runtime.streamifyResponse === 'function'
    ? runtime.streamifyResponse((event, responseStream) => streamingHandler(event, responseStream, runtime))
    : bufferedHandler;
