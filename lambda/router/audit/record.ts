import type { CategoryId } from '../../../lib/policy/categories';
import type { Attempt } from '../routing/execute';

/**
 * How a request ended, from the caller's point of view:
 * - `ok`: answered (for streams: the stream ended with `[DONE]`).
 * - `rejected`: refused by the gateway before routing (bad input, auth, unknown path); 4xx.
 * - `blocked`: refused by the policy (403), reaching no backend.
 * - `backend_rejected`: the backend refused the request (a 4xx other than 429).
 * - `unavailable`: no backend could serve it within the rules and the deadline (503).
 * - `guard_blocked`: the cloud guard stopped a call the decision did not clear (503).
 * - `stream_error`: a stream failed after its first byte and ended with an error event.
 * - `client_disconnected`: the caller went away before the answer was complete.
 * - `error`: an unexpected gateway fault (500).
 */
export type AuditStatus =
  | 'ok'
  | 'rejected'
  | 'blocked'
  | 'backend_rejected'
  | 'unavailable'
  | 'guard_blocked'
  | 'stream_error'
  | 'client_disconnected'
  | 'error';

/** One audit record per request (DESIGN section 7). Never a prompt, a completion or a detected value. */
export interface AuditRecord {
  readonly ts: string;
  readonly requestId: string;
  /** HMAC-SHA256 of the verified principal (hex), or null when unauthenticated. */
  readonly principal: string | null;
  readonly department: string | null;
  readonly useCase: string | null;
  readonly environment: string | null;
  /** `POST /v1/chat/completions` → `chat`, and so on. */
  readonly endpoint: 'chat' | 'embeddings' | 'classify' | 'models' | 'other';
  readonly stream: boolean;
  readonly modelAlias: string | null;
  /** The backend that answered (or was last tried). */
  readonly backend: string | null;
  readonly backendModel: string | null;
  /** Where the answer came from: `private`, `cloud`, `block`, or `none` when no backend answered. */
  readonly route: 'private' | 'cloud' | 'block' | 'none';
  /** The policy decision's route, e.g. `redact-then-cloud`. */
  readonly decisionRoute: string | null;
  readonly reasons: readonly string[];
  readonly categories: readonly { readonly id: CategoryId; readonly count: number }[];
  readonly sensitive: boolean | null;
  readonly redacted: boolean;
  readonly policyVersion: string | null;
  readonly attempts: readonly Attempt[];
  /** True when a backend other than the first planned one answered. */
  readonly fallback: boolean;
  readonly status: AuditStatus;
  readonly httpStatus: number;
  /** Stable error code of a failed request (never its message, which may quote input). */
  readonly errorCode: string | null;
  readonly latencyMs: { readonly classify: number; readonly backend: number; readonly total: number };
  readonly tokens: { readonly in: number; readonly out: number; readonly estimated: boolean };
  /** USD; null when the model has no price in the policy. */
  readonly costUsd: number | null;
  /** HMAC-SHA256 (hex) of the texts the backend would see, for correlating repeats without storing them. */
  readonly promptHash: string | null;
}
