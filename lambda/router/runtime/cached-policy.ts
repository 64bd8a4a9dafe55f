import { resolvePolicy } from '../../../lib/policy/defaults';
import type { ResolvedPolicy } from '../../../lib/policy/types';
import { validatePolicy } from '../../../lib/policy/validate';
import type { OpsLog } from '../audit/sink';
import type { PolicyProvider } from '../gateway-options';

/** Fetches the policy document's text; `undefined` means "unchanged since the last fetch" (AppConfig). */
export type PolicyFetcher = () => Promise<string | undefined>;

export interface CachedPolicyOptions {
  readonly fetch: PolicyFetcher;
  /** How long a fetched policy is served before the next fetch. @default 30000 */
  readonly ttlMs?: number;
  readonly ops: OpsLog;
  readonly now?: () => number;
}

/** Parse, validate and resolve a policy document. Throws PolicyValidationError or SyntaxError. */
export function parsePolicy(text: string): ResolvedPolicy {
  return resolvePolicy(validatePolicy(JSON.parse(text)));
}

/**
 * A policy that changes without a deploy: fetched and validated at start, then re-fetched at most
 * every `ttlMs` in the background while the current one keeps serving (requests never wait on a
 * refresh). A new document that fails validation, or a failed fetch, keeps the last good policy and
 * logs an error; only the very first load can fail a request (503).
 */
export class CachedPolicy implements PolicyProvider {
  private policy: ResolvedPolicy | undefined;
  private fetchedAt = 0;
  private inFlight: Promise<ResolvedPolicy> | undefined;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: CachedPolicyOptions) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  current(): ResolvedPolicy | Promise<ResolvedPolicy> {
    if (!this.policy) return this.refresh();
    if (this.now() - this.fetchedAt >= this.ttlMs) void this.refresh().catch(() => undefined);
    return this.policy;
  }

  /** Fetch now (single-flight). Resolves with the policy in force afterwards. */
  refresh(): Promise<ResolvedPolicy> {
    this.inFlight ??= this.load().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async load(): Promise<ResolvedPolicy> {
    try {
      const text = await this.options.fetch();
      this.fetchedAt = this.now();
      if (text === undefined && this.policy) return this.policy;
      if (text === undefined) throw new Error('the policy source returned no document');
      const next = parsePolicy(text);
      if (this.policy && next.version !== this.policy.version) {
        this.options.ops.warn('policy.reloaded', { from: this.policy.version, to: next.version });
      }
      this.policy = next;
      return next;
    } catch (error) {
      // Back off for a full TTL so a broken document is not re-fetched on every request.
      this.fetchedAt = this.now();
      const issues = (error as { issues?: unknown[] }).issues;
      this.options.ops.error('policy.load_failed', {
        errorName: error instanceof Error ? error.name : typeof error,
        issues: Array.isArray(issues) ? issues.length : undefined,
        keeping: this.policy?.version ?? null,
      });
      if (this.policy) return this.policy;
      throw error;
    }
  }
}
