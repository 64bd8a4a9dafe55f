import { randomUUID } from 'node:crypto';
import type { ModelAlias, ResolvedPolicy } from '../../lib/policy/types';
import { AuditDraft } from './audit/draft';
import type { AuditStatus } from './audit/record';
import type { OpsLog } from './audit/sink';
import type { Backend, ChatRequest, EmbeddingsRequest } from './backends/types';
import type { ClassifyFn, GatewayOptions } from './gateway-options';
import { badRequest, GatewayError } from './http/errors';
import { requestContextOf } from './http/identity';
import { DEFAULT_BODY_LIMITS, parseJsonBody, type BodyLimits } from './http/parse-body';
import { errorResponse, jsonResponse } from './http/respond';
import type { GatewayRequest, GatewayResponse } from './http/types';
import { resolveAlias, validateChatRequest, validateEmbeddingsRequest } from './http/validate';
import { classifyRequest } from './policy-engine/classify-request';
import { warmUpClassifier } from './policy-engine/warm-up';
import type { InferenceContext } from './inference/context';
import { infer } from './inference/infer';
import { streamChat } from './inference/stream-chat';
import { BreakerRegistry } from './routing/circuit-breaker';
import { planTargets, type Target } from './routing/plan';
import { redactForCloud } from './routing/redact';
import { failClosedDecision } from './inference/fail-closed';

export interface Gateway {
  /** Serve one request. Never rejects: every failure becomes an OpenAI-shaped error response. */
  handle(request: GatewayRequest): Promise<GatewayResponse>;
  /** Per-process circuit breakers, exposed for health reporting and tests. */
  readonly breakers: BreakerRegistry;
  /** Load the policy and do the classifier's one-time set-up now (Lambda init, server start). */
  warmUp(): Promise<void>;
}

type Endpoint = 'chat' | 'embeddings' | 'classify' | 'models';

const ROUTES: Readonly<Record<string, Endpoint>> = {
  'POST /v1/chat/completions': 'chat',
  'POST /v1/embeddings': 'embeddings',
  'POST /v1/classify': 'classify',
  'GET /v1/models': 'models',
};
const ALLOWED_METHODS: Readonly<Record<string, string>> = {
  '/v1/chat/completions': 'POST',
  '/v1/embeddings': 'POST',
  '/v1/classify': 'POST',
  '/v1/models': 'GET',
};

const silentOps: OpsLog = { warn: () => undefined, error: () => undefined };

/** The gateway core: one `handle(request)` behind both the Lambda handler and the local server. */
export function createGateway(options: GatewayOptions): Gateway {
  const backends = new Map<string, Backend>(options.backends.map((b) => [b.name, b]));
  const breakers = new BreakerRegistry(options.breaker);
  const classify: ClassifyFn = options.classify ?? classifyRequest;
  const ops = options.ops ?? silentOps;
  const limits: BodyLimits = { ...DEFAULT_BODY_LIMITS, ...options.limits };
  const random = options.random ?? Math.random;
  const requireIdentity = options.requireIdentity ?? true;
  const maxInFlight = options.maxInFlight ?? Number.POSITIVE_INFINITY;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 25_000;
  const deadlineMs = options.deadlineMs ?? 28_000;
  const maxRetries = options.maxRetries ?? 2;
  let inFlight = 0;
  // Callers repeat; their keyed hashes are kept (bounded) rather than recomputed per request.
  const principalHashes = new Map<string, string>();
  const principalHash = (principal: string): string => {
    let hash = principalHashes.get(principal);
    if (hash === undefined) {
      if (principalHashes.size >= 10_000) principalHashes.clear();
      hash = options.hasher.hash(principal);
      principalHashes.set(principal, hash);
    }
    return hash;
  };
  // Policies whose one-time classifier set-up is done, so it never eats a request's time budget.
  const warmed = new WeakSet<ResolvedPolicy>();

  async function handle(request: GatewayRequest): Promise<GatewayResponse> {
    const requestId = randomUUID();
    let counted = false;
    const audit = new AuditDraft(
      requestId,
      performance.now(),
      options.audit,
      () => {
        if (counted) inFlight--;
      },
      options.deferAuditWrites === true,
    );
    audit.environment = options.environment ?? null;
    try {
      if (inFlight >= maxInFlight) {
        throw new GatewayError(
          429,
          'rate_limit_error',
          'too_many_requests',
          'The gateway is at capacity; retry shortly.',
          null,
          1,
        );
      }
      inFlight++;
      counted = true;
      return await dispatch(request, audit);
    } catch (error) {
      if (error instanceof GatewayError) {
        audit.finish(auditStatusOf(error), error.status, error.code);
        const allow: Record<string, string> =
          error.status === 405 ? { allow: ALLOWED_METHODS[request.path] ?? 'POST' } : {};
        return errorResponse(error, requestId, audit.route, allow);
      }
      // The error's message may quote input, so only its class name is logged.
      ops.error('gateway.unexpected_error', {
        requestId,
        errorName: error instanceof Error ? error.name : typeof error,
      });
      audit.finish('error', 500, 'internal_error');
      return errorResponse(
        new GatewayError(
          500,
          'api_error',
          'internal_error',
          'The gateway failed unexpectedly; the request id identifies it in the logs.',
        ),
        requestId,
        'none',
      );
    }
  }

  async function dispatch(request: GatewayRequest, audit: AuditDraft): Promise<GatewayResponse> {
    const endpoint = ROUTES[`${request.method.toUpperCase()} ${request.path}`];
    if (!endpoint) {
      if (ALLOWED_METHODS[request.path]) {
        throw new GatewayError(
          405,
          'invalid_request_error',
          'method_not_allowed',
          `Use ${ALLOWED_METHODS[request.path]} for ${request.path}.`,
        );
      }
      throw new GatewayError(
        404,
        'not_found_error',
        'unknown_path',
        'Unknown path; this gateway serves /v1/chat/completions, /v1/embeddings, /v1/models and /v1/classify.',
      );
    }
    audit.endpoint = endpoint;
    const identity = request.identity;
    if (identity.principal) audit.principal = principalHash(identity.principal);
    else if (requireIdentity) {
      throw new GatewayError(
        401,
        'authentication_error',
        'unauthenticated',
        'The request carries no verified identity.',
      );
    }
    const pendingPolicy = currentPolicy();
    const policy = isPending(pendingPolicy) ? await pendingPolicy : pendingPolicy;
    if (endpoint === 'models') {
      audit.finish('ok', 200);
      return jsonResponse(200, modelList(policy), audit.requestId, 'none');
    }

    const body = parseJsonBody(request.body, limits);
    let alias: { name: string; alias: ModelAlias } | undefined;
    if (endpoint === 'chat') {
      alias = resolveAlias(body, policy, 'chat');
      validateChatRequest(body);
      audit.stream = body.stream === true;
    } else if (endpoint === 'embeddings') {
      alias = resolveAlias(body, policy, 'embeddings');
      validateEmbeddingsRequest(body);
    } else if (body.model !== undefined) {
      const kind = Array.isArray(body.messages) ? 'chat' : 'embeddings';
      alias = resolveAlias(body, policy, kind);
    }
    audit.modelAlias = alias?.name ?? null;

    const context = requestContextOf(identity, request.headers, policy, options.environment);
    audit.department = context.department ?? null;
    audit.useCase = context.useCase ?? null;
    audit.promptHash = () =>
      options.hasher.hash(JSON.stringify(body.messages ?? body.input ?? body.prompt ?? null));

    const classifyStarted = performance.now();
    const decision = safeClassify(body, context, policy);
    audit.classifyMs = performance.now() - classifyStarted;
    audit.decision = decision;

    if (endpoint === 'classify') {
      const plan = alias ? planTargets(decision, alias.alias, () => 0) : [];
      audit.finish('ok', 200);
      return jsonResponse(
        200,
        { object: 'classification', ...decision, plan: plan.map(describeTarget) },
        audit.requestId,
        'none',
      );
    }
    if (decision.route === 'block') {
      audit.route = 'block';
      throw new GatewayError(
        403,
        'permission_error',
        'policy_blocked',
        'The routing policy does not allow this request.',
      );
    }
    if (!alias) throw badRequest('model_not_found', '`model` is required.', 'model');

    let targets = planTargets(decision, alias.alias, random);
    let redacted: Record<string, unknown> | undefined;
    if (targets.some((t) => t.redacted)) {
      redacted = redactForCloud(body, decision, policy);
      if (!redacted) {
        audit.extraReasons.push('redact.incomplete');
        targets = targets.filter((t) => !t.redacted);
      }
    }
    // Listed out rather than spread from a shared object: spreading costs more than the call it feeds.
    const ctx: InferenceContext = {
      backends,
      breakers,
      random,
      attemptTimeoutMs,
      deadlineMs,
      maxRetries,
      backoff: options.backoff,
      audit,
      decision,
      policy,
      client: request.client,
    };
    if (endpoint === 'embeddings') {
      return infer(
        ctx,
        targets,
        'embeddings',
        body as EmbeddingsRequest,
        redacted as EmbeddingsRequest | undefined,
      );
    }
    if (body.stream === true)
      return streamChat(ctx, targets, body as ChatRequest, redacted as ChatRequest | undefined);
    return infer(ctx, targets, 'chat', body as ChatRequest, redacted as ChatRequest | undefined);
  }

  /**
   * The policy in force. Providers hand it over synchronously between refreshes, and then so does
   * this, sparing every request a trip through the microtask queue; a pending load is a promise.
   */
  function currentPolicy(): ResolvedPolicy | Promise<ResolvedPolicy> {
    try {
      const current = options.policy.current();
      if (isPending(current)) {
        return current.then(warmedUp).catch((error: unknown) => {
          throw policyUnavailable(error);
        });
      }
      return warmedUp(current);
    } catch (error) {
      throw policyUnavailable(error);
    }
  }

  function warmedUp(policy: ResolvedPolicy): ResolvedPolicy {
    if (!warmed.has(policy)) {
      warmUpClassifier(policy);
      warmed.add(policy);
    }
    return policy;
  }

  function policyUnavailable(error: unknown): GatewayError {
    ops.error('gateway.policy_unavailable', {
      errorName: error instanceof Error ? error.name : typeof error,
    });
    return new GatewayError(
      503,
      'service_unavailable',
      'policy_unavailable',
      'The routing policy could not be loaded.',
      null,
      5,
    );
  }

  function safeClassify(body: unknown, context: Parameters<ClassifyFn>[1], policy: ResolvedPolicy) {
    try {
      return classify(body, context, policy).decision;
    } catch {
      return failClosedDecision(policy);
    }
  }

  return {
    handle,
    breakers,
    async warmUp() {
      try {
        await currentPolicy();
      } catch {
        // Answered per request (503 policy_unavailable) until a load succeeds.
      }
    },
  };
}

function isPending(policy: ResolvedPolicy | Promise<ResolvedPolicy>): policy is Promise<ResolvedPolicy> {
  return typeof (policy as Partial<Promise<ResolvedPolicy>>).then === 'function';
}

function modelList(policy: ResolvedPolicy) {
  return {
    object: 'list',
    data: Object.keys(policy.modelAliases).map((id) => ({
      id,
      object: 'model',
      created: 0,
      owned_by: 'hybrid-ai',
    })),
  };
}

function describeTarget(t: Target) {
  return { backend: t.backend, model: t.model, side: t.side, redacted: t.redacted };
}

const AUDIT_STATUS_BY_CODE: Readonly<Record<string, AuditStatus>> = {
  policy_blocked: 'blocked',
  guard_blocked: 'guard_blocked',
  backend_rejected: 'backend_rejected',
  backend_auth_failed: 'backend_rejected',
  client_disconnected: 'client_disconnected',
};

function auditStatusOf(error: GatewayError): AuditStatus {
  return AUDIT_STATUS_BY_CODE[error.code] ?? (error.status === 503 ? 'unavailable' : 'rejected');
}
