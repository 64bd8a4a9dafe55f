import type { Decision } from '../../../lib/policy/types';
import type { Attempt } from '../routing/execute';
import type { AuditRecord, AuditStatus } from './record';
import type { AuditSink } from './sink';

/**
 * The audit record of one request while it is being served: fields are filled in as they become
 * known, and `finish` writes the record exactly once, whatever path the request took (a second
 * call is ignored, so error handlers can call it defensively).
 */
export class AuditDraft {
  principal: string | null = null;
  department: string | null = null;
  useCase: string | null = null;
  environment: string | null = null;
  endpoint: AuditRecord['endpoint'] = 'other';
  stream = false;
  modelAlias: string | null = null;
  backend: string | null = null;
  backendModel: string | null = null;
  route: AuditRecord['route'] = 'none';
  decision: Decision | undefined;
  redacted = false;
  extraReasons: string[] = [];
  attempts: readonly Attempt[] = [];
  fallback = false;
  classifyMs = 0;
  backendMs = 0;
  tokensIn = 0;
  tokensOut = 0;
  tokensEstimated = false;
  costUsd: number | null = null;
  /** The keyed prompt hash, computed when the record is built (after the response, when writes are deferred). */
  promptHash: (() => string) | null = null;
  private written = false;

  constructor(
    readonly requestId: string,
    private readonly startedAt: number,
    private readonly sink: AuditSink,
    /** Called once the record is complete (the gateway counts requests in flight with it). */
    private readonly onWritten: () => void = () => undefined,
    /** Hand the record to the sink on the next turn of the event loop, after the response went out. */
    private readonly deferWrite = false,
  ) {}

  get isWritten(): boolean {
    return this.written;
  }

  finish(status: AuditStatus, httpStatus: number, errorCode: string | null = null): void {
    if (this.written) return;
    this.written = true;
    const endedAt = Date.now();
    const totalMs = performance.now() - this.startedAt;
    if (this.deferWrite)
      setImmediate(() => this.sink.write(this.build(status, httpStatus, errorCode, endedAt, totalMs)));
    else this.sink.write(this.build(status, httpStatus, errorCode, endedAt, totalMs));
    this.onWritten();
  }

  private build(
    status: AuditStatus,
    httpStatus: number,
    errorCode: string | null,
    endedAt: number,
    totalMs: number,
  ): AuditRecord {
    const d = this.decision;
    return {
      ts: new Date(endedAt).toISOString(),
      requestId: this.requestId,
      principal: this.principal,
      department: this.department,
      useCase: this.useCase,
      environment: this.environment,
      endpoint: this.endpoint,
      stream: this.stream,
      modelAlias: this.modelAlias,
      backend: this.backend,
      backendModel: this.backendModel,
      route: this.route,
      decisionRoute: d?.route ?? null,
      reasons: d ? [...d.reasons, ...this.extraReasons] : this.extraReasons,
      categories: d?.categories ?? [],
      sensitive: d ? d.sensitive : null,
      redacted: this.redacted,
      policyVersion: d?.policyVersion ?? null,
      attempts: this.attempts,
      fallback: this.fallback,
      status,
      httpStatus,
      errorCode,
      latencyMs: { classify: ms(this.classifyMs), backend: ms(this.backendMs), total: ms(totalMs) },
      tokens: { in: this.tokensIn, out: this.tokensOut, estimated: this.tokensEstimated },
      costUsd: this.costUsd,
      promptHash: this.promptHash ? this.promptHash() : null,
    };
  }
}

function ms(value: number): number {
  return Math.round(value * 1000) / 1000;
}
