import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
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

const stdoutLine = (line: string) => {
  process.stdout.write(line + '\n');
};

/** Powertools Logger that hands finished lines to a destination instead of its private console. */
class LineLogger extends Logger {
  constructor(
    options: ConstructorParameters<typeof Logger>[0],
    private readonly writeLine: (line: string) => void,
  ) {
    super(options);
  }

  protected override printLog(_logLevel: number, log: Parameters<Logger['printLog']>[1]): void {
    log.prepareForPrint();
    // No replacer: every value logged here is plain JSON, and a replacer runs once per key.
    this.writeLine(JSON.stringify(log.getAttributes()));
  }
}

/**
 * Audit records as structured JSON through Powertools Logger (`"message":"audit"`, the record's
 * fields at the top level, ready for a subscription filter to Firehose) plus one CloudWatch EMF
 * blob per request through Powertools Metrics, with low-cardinality dimensions only (route,
 * backend, status class).
 */
export function createPowertoolsAuditSink(options: PowertoolsSinkOptions = {}): {
  sink: AuditSink;
  ops: OpsLog;
} {
  const serviceName = options.serviceName ?? 'hybrid-ai-router';
  const writeLine = options.writeLine ?? stdoutLine;
  const logger = new LineLogger({ serviceName, logLevel: 'INFO' }, writeLine);
  const metrics = new Metrics({ namespace: options.namespace ?? 'HybridAi', serviceName });

  const sink: AuditSink = {
    write(record) {
      logger.info('audit', record as unknown as Record<string, unknown>);
      if (options.emitMetrics === false) return;
      // Synchronous from dimensions to serialization, so concurrent requests never mix their metrics.
      metrics.addDimensions({
        route: record.route,
        backend: record.backend ?? 'none',
        statusClass: `${Math.floor(record.httpStatus / 100)}xx`,
      });
      metrics.addMetric('Requests', MetricUnit.Count, 1);
      metrics.addMetric('Route', MetricUnit.Count, 1);
      metrics.addMetric('Fallbacks', MetricUnit.Count, record.fallback ? 1 : 0);
      metrics.addMetric('ClassifyLatency', MetricUnit.Milliseconds, record.latencyMs.classify);
      metrics.addMetric('BackendLatency', MetricUnit.Milliseconds, record.latencyMs.backend);
      metrics.addMetric('TotalLatency', MetricUnit.Milliseconds, record.latencyMs.total);
      metrics.addMetric('InputTokens', MetricUnit.Count, record.tokens.in);
      metrics.addMetric('OutputTokens', MetricUnit.Count, record.tokens.out);
      metrics.addMetric('CostUsd', MetricUnit.NoUnit, record.costUsd ?? 0);
      const emf = metrics.serializeMetrics();
      metrics.clearMetrics();
      metrics.clearDimensions();
      writeLine(JSON.stringify(emf));
    },
  };
  const ops: OpsLog = {
    warn: (code, detail) => logger.warn(code, { ...detail }),
    error: (code, detail) => logger.error(code, { ...detail }),
  };
  return { sink, ops };
}
