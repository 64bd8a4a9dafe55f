import { createHmac, randomBytes } from 'node:crypto';

/**
 * Keyed hashes for the audit trail. A plain SHA-256 of a principal or a short prompt can be
 * reversed by guessing; an HMAC with a per-deployment secret cannot, yet equal inputs still
 * correlate within the deployment.
 */
export class AuditHasher {
  constructor(private readonly key: Buffer) {
    if (key.length < 16) throw new Error('the audit HMAC key must be at least 16 bytes');
  }

  /** A key for local use and tests only: hashes do not correlate across processes. */
  static ephemeral(): AuditHasher {
    return new AuditHasher(randomBytes(32));
  }

  hash(value: string): string {
    return createHmac('sha256', this.key).update(value, 'utf8').digest('hex');
  }
}
