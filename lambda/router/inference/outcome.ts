import { costUsd } from '../audit/cost';
import { GatewayError } from '../http/errors';
import type { Backend } from '../backends/types';
import type { ExecuteOptions, ExecuteOutcome } from '../routing/execute';
import type { Target } from '../routing/plan';
import type { InferenceContext } from './context';

export function executeOptions(ctx: InferenceContext): ExecuteOptions {
  return {
    attemptTimeoutMs: ctx.attemptTimeoutMs,
    deadlineAt: Date.now() + ctx.deadlineMs,
    maxRetries: ctx.maxRetries,
    backoff: ctx.backoff,
    breakers: ctx.breakers,
    random: ctx.random,
    client: ctx.client,
  };
}

/** Copy what the attempts tell into the audit draft. */
export function recordOutcome<T>(
  ctx: InferenceContext,
  outcome: ExecuteOutcome<T>,
  targets: readonly Target[],
): void {
  const audit = ctx.audit;
  audit.attempts = outcome.attempts;
  audit.backendMs = outcome.attempts.reduce((sum, a) => sum + a.ms, 0);
  if (outcome.ok) {
    audit.backend = outcome.backend.name;
    audit.backendModel = outcome.target.model;
    audit.route = outcome.backend.placement;
    audit.redacted = outcome.target.redacted;
    audit.fallback = outcome.target !== targets[0];
    if (audit.fallback) audit.extraReasons.push(`fallback.${outcome.target.side}`);
  } else {
    const last = outcome.attempts[outcome.attempts.length - 1];
    audit.backend = last?.backend ?? null;
    audit.fallback = outcome.attempts.length > 0 && new Set(outcome.attempts.map((a) => a.backend)).size > 1;
    if (outcome.reason === 'guard_blocked') audit.extraReasons.push('guard.blocked_cloud');
  }
}

/** The caller-facing error for a failed execution. */
export function failureError<T>(outcome: Extract<ExecuteOutcome<T>, { ok: false }>): GatewayError {
  switch (outcome.reason) {
    case 'rejected': {
      const status = outcome.rejectedStatus;
      if (status === 401 || status === 403) {
        return new GatewayError(
          502,
          'api_error',
          'backend_auth_failed',
          'The gateway could not authenticate to the model backend.',
        );
      }
      return new GatewayError(
        400,
        'invalid_request_error',
        'backend_rejected',
        `The model backend rejected the request${status ? ` (HTTP ${status})` : ''}.`,
      );
    }
    case 'guard_blocked':
      return new GatewayError(
        503,
        'service_unavailable',
        'guard_blocked',
        'The request was stopped before reaching a backend it is not cleared for.',
        null,
        1,
      );
    case 'client_aborted':
      return new GatewayError(
        499,
        'invalid_request_error',
        'client_disconnected',
        'The client closed the request.',
      );
    default:
      return new GatewayError(
        503,
        'service_unavailable',
        'no_backend_available',
        'No backend allowed for this request is available; retry after the indicated delay.',
        null,
        Math.max(1, Math.ceil((outcome.retryAfterMs ?? 1000) / 1000)),
      );
  }
}

/** Tokens and cost: the backend's usage when it reported it, otherwise an estimate (flagged). */
export function settleCost(
  ctx: InferenceContext,
  backend: Backend,
  model: string,
  reported: { in: number; out: number } | undefined,
  estimate: () => { in: number; out: number },
): void {
  const tokens = reported ?? estimate();
  ctx.audit.tokensIn = tokens.in;
  ctx.audit.tokensOut = tokens.out;
  ctx.audit.tokensEstimated = reported === undefined;
  ctx.audit.costUsd = costUsd(backend.placement, model, tokens.in, tokens.out, ctx.policy.pricing);
}

/** Characters of the texts in a request, for token estimates when a backend reports no usage. */
export function promptChars(request: Record<string, unknown>): number {
  return JSON.stringify(request.messages ?? request.input ?? '').length;
}
