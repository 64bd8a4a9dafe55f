/** One problem in a routing-policy document. */
export interface PolicyIssue {
  /** JSON pointer to the offending value, `/` for the document itself. */
  readonly path: string;
  /** What is wrong, the offending value and the fix: `must be > 0 (got -1); set a positive relative weight`. */
  readonly message: string;
}

/** Thrown by `validatePolicy` and `loadPolicy`; the message lists every problem, one per line. */
export class PolicyValidationError extends Error {
  constructor(
    readonly issues: readonly PolicyIssue[],
    /** Where the document came from (a file path), when known. */
    readonly source?: string,
  ) {
    const where = source ? ` in ${source}` : '';
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`invalid routing policy${where} (${count}):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'PolicyValidationError';
  }
}

export function formatIssue(issue: PolicyIssue): string {
  return `${issue.path}: ${issue.message}`;
}

const MAX_SHOWN = 60;

/** A value as it appears in a message: JSON, cut short so a huge document cannot flood the output. */
export function showValue(value: unknown): string {
  const json = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN - 1)}…` : json;
}

/** Build an issue in the house style: `<what> (got <value>); <fix>`. */
export function issue(
  path: string,
  what: string,
  got: unknown,
  fix: string | undefined,
  hasValue = true,
): PolicyIssue {
  const shown = hasValue ? ` (got ${showValue(got)})` : '';
  return { path: path === '' ? '/' : path, message: `${what}${shown}${fix ? `; ${fix}` : ''}` };
}

/** Escape one JSON-pointer segment (RFC 6901). */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
