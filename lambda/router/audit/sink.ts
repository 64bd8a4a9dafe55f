import { Logger, LogLevelThreshold } from '@aws-lambda-powertools/logger';
import { EmfLine } from './emf-line';
import { AuditLogLine, type LoggerHead } from './log-line';
import type { AuditRecord } from './record';

/** Where audit records go. Exactly one `write` per request. */
export interface AuditSink {
  write(record: AuditRecord): void;
}

/** Operational (non-audit) log lines: configuration problems, policy reloads. Never request content. */
export interface OpsLog {
  warn(code: string, detail?: Record<string, unknown>): void;
  error(code: string, detail?: Record<string, unknown>): void;
}

export interface PowertoolsSinkOptions {
  /** `service` key of every log line and the `service` metric dimension. @default 'hybrid-ai-router' */
  readonly serviceName?: string;
  /** CloudWatch metrics namespace. @default 'HybridAi' */
  readonly namespace?: string;
  /** Receives each finished JSON line (log record or EMF blob). @default - process stdout */
  readonly writeLine?: (line: string) => void;
  /** Write the EMF metrics blob after each record (off for local runs, where nobody collects them). @default true */
  readonly emitMetrics?: boolean;
}

/** Powertools Logger that hands finished lines to a destination instead of its private console. */
class LineLogger extends Logger {
  constructor(
    options: ConstructorParameters<typeof Logger>[0],
    private readonly writeLine: (line: string) => void,
  ) {
    super(options);
  }

  /** `service` and `sampling_rate` as this logger resolved them from its options and the environment. */
  head(): LoggerHead {
    const probe = this.createAndPopulateLogItem(LogLevelThreshold.INFO, 'audit', []).getAttributes();
    return { service: String(probe.service ?? ''), samplingRate: Number(probe.sampling_rate ?? 0) };
  }

  protected override printLog(_logLevel: number, log: Parameters<Logger['printLog']>[1]): void {
    log.prepareForPrint();
    // No replacer: every value logged here is plain JSON, and a replacer runs once per key.
    this.writeLine(JSON.stringify(log.getAttributes()));
  }
}

/**
 * Audit records as structured JSON in Powertools Logger's layout (`"message":"audit"`, the record's
 * fields at the top level, ready for a subscription filter to Firehose) plus one CloudWatch EMF
 * blob per request in Powertools Metrics' layout, with low-cardinality dimensions only (route,
 * backend, status class). The two lines of a request are rendered from precomputed templates
 * (see log-line.ts and emf-line.ts) because this runs on every request; operational lines go
 * through the Logger itself. Audit lines do not depend on the log level: a record is never dropped.
 */
export function createPowertoolsAuditSink(options: PowertoolsSinkOptions = {}): {
  sink: AuditSink;
  ops: OpsLog;
} {
  const serviceName = options.serviceName ?? 'hybrid-ai-router';
  const logger = new LineLogger({ serviceName, logLevel: 'INFO' }, options.writeLine ?? stdoutLine);
  const head = logger.head();
  const auditLine = new AuditLogLine(head);
  const emfLine =
    options.emitMetrics === false ? undefined : new EmfLine(options.namespace || 'HybridAi', head.service);
  const writeLines = options.writeLine ? eachLine(options.writeLine) : stdoutLines;

  const sink: AuditSink = {
    write(record) {
      const now = Date.now();
      writeLines(auditLine.format(record, now), emfLine?.format(record, now));
    },
  };
  const ops: OpsLog = {
    warn: (code, detail) => logger.warn(code, { ...detail }),
    error: (code, detail) => logger.error(code, { ...detail }),
  };
  return { sink, ops };
}

function stdoutLine(line: string): void {
  process.stdout.write(line + '\n');
}

/** Both lines of a request in one write: one system call instead of two on a synchronous stdout. */
function stdoutLines(auditLine: string, emfLine: string | undefined): void {
  process.stdout.write(emfLine === undefined ? auditLine + '\n' : auditLine + '\n' + emfLine + '\n');
}

function eachLine(writeLine: (line: string) => void) {
  return (auditLine: string, emfLine: string | undefined): void => {
    writeLine(auditLine);
    if (emfLine !== undefined) writeLine(emfLine);
  };
}
