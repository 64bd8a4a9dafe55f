import type { AuditRecord } from './record';

/** The keys Powertools Logger writes before a record's own fields, as its configuration resolved them. */
export interface LoggerHead {
  /** `service`: the service name (Powertools falls back to `POWERTOOLS_SERVICE_NAME`, then a default). */
  readonly service: string;
  /** `sampling_rate`: the debug sampling rate (0 unless `POWERTOOLS_LOGGER_SAMPLE_RATE` sets one). */
  readonly samplingRate: number;
}

/**
 * An audit record as the JSON line Powertools Logger prints for `logger.info('audit', record)`:
 * `level`, `message`, `timestamp`, `service`, `sampling_rate`, `xray_trace_id` (when the invocation
 * is traced), then the record's fields in their own order, leaving out top-level fields whose value
 * is null, undefined or '' as Powertools does. Written directly because the Logger's generic path
 * (deep merge, environment reads, a second pass to drop empty keys) costs several times the
 * serialization itself, on every request; the format test holds this line to the Logger's own.
 * One difference: `timestamp` is always UTC, as in Lambda, where TZ is UTC; Powertools would write
 * local time with an offset under another TZ.
 */
export class AuditLogLine {
  private readonly afterTimestamp: string;
  private readonly keyPrefixes = new Map<string, string>();

  constructor(head: LoggerHead) {
    this.afterTimestamp =
      (head.service === '' ? '"' : `","service":${JSON.stringify(head.service)}`) +
      `,"sampling_rate":${jsonNumber(head.samplingRate)}`;
  }

  format(record: AuditRecord, epochMs: number): string {
    let line = `{"level":"INFO","message":"audit","timestamp":"${new Date(epochMs).toISOString()}${this.afterTimestamp}`;
    const traceId = xrayTraceId();
    if (traceId) line += `,"xray_trace_id":${JSON.stringify(traceId)}`;
    const fields = record as unknown as Readonly<Record<string, unknown>>;
    // Own keys only, as Powertools takes them: nothing inherited can slip into an audit line.
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      if (value === null || value === undefined || value === '') continue;
      line += this.keyPrefix(key) + JSON.stringify(value);
    }
    return line + '}';
  }

  /** `,"key":`, escaped once per key name rather than once per record. */
  private keyPrefix(key: string): string {
    let prefix = this.keyPrefixes.get(key);
    if (prefix === undefined) {
      prefix = `,${JSON.stringify(key)}:`;
      this.keyPrefixes.set(key, prefix);
    }
    return prefix;
  }
}

/** A finite number as JSON writes it; JSON has no NaN or Infinity, so those become null as in JSON.stringify. */
export function jsonNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

interface InvokeStoreRuntime {
  readonly awslambda?: { readonly InvokeStore?: { getXRayTraceId(): string | undefined } };
}

let lastTraceHeader: string | undefined;
let lastTraceRoot: string | undefined;

/**
 * The `Root` of the current invocation's X-Ray trace header, found where Powertools looks for it:
 * the runtime's per-invocation store (concurrent invocations in one process), else `_X_AMZN_TRACE_ID`.
 * A header without `=` is taken whole as the root, as Powertools does.
 */
export function xrayTraceId(): string | undefined {
  const header =
    (globalThis as InvokeStoreRuntime).awslambda?.InvokeStore?.getXRayTraceId() ??
    process.env._X_AMZN_TRACE_ID?.trim() ??
    '';
  if (header === '') return undefined;
  // Each invocation has one header and logs once per request, so remembering the last parse suffices.
  if (header !== lastTraceHeader) {
    lastTraceHeader = header;
    lastTraceRoot = rootOf(header);
  }
  return lastTraceRoot;
}

function rootOf(header: string): string | undefined {
  if (!header.includes('=')) return header;
  let root: string | undefined;
  for (const field of header.split(';')) {
    const [key, value] = field.split('=');
    if (key === 'Root') root = value;
  }
  return root;
}
