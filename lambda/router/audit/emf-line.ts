import { jsonNumber } from './log-line';
import type { AuditRecord } from './record';

interface MetricSpec {
  readonly name: string;
  readonly unit: 'Count' | 'Milliseconds' | 'None';
  readonly value: (record: AuditRecord) => number;
}

/** The metrics of one request, in the order they appear in the blob. */
const METRICS: readonly MetricSpec[] = [
  { name: 'Requests', unit: 'Count', value: () => 1 },
  { name: 'Route', unit: 'Count', value: () => 1 },
  { name: 'Fallbacks', unit: 'Count', value: (r) => (r.fallback ? 1 : 0) },
  { name: 'ClassifyLatency', unit: 'Milliseconds', value: (r) => r.latencyMs.classify },
  { name: 'BackendLatency', unit: 'Milliseconds', value: (r) => r.latencyMs.backend },
  { name: 'TotalLatency', unit: 'Milliseconds', value: (r) => r.latencyMs.total },
  { name: 'InputTokens', unit: 'Count', value: (r) => r.tokens.in },
  { name: 'OutputTokens', unit: 'Count', value: (r) => r.tokens.out },
  { name: 'CostUsd', unit: 'None', value: (r) => r.costUsd ?? 0 },
];

const DIMENSIONS = ['service', 'route', 'backend', 'statusClass'] as const;

/**
 * The CloudWatch Embedded Metric Format blob of one request, laid out as Powertools Metrics
 * serializes it (`_aws` directive, then the dimensions, then the metric values). Everything but
 * the timestamp, three dimension values and the numbers is fixed per process, so it is rendered
 * once; per request only those are filled in. The format test holds it to Powertools' own output.
 */
export class EmfLine {
  private readonly directiveAndService: string;

  constructor(namespace: string, service: string) {
    const directive = {
      Namespace: namespace,
      Dimensions: [DIMENSIONS],
      Metrics: METRICS.map((m) => ({ Name: m.name, Unit: m.unit })),
    };
    this.directiveAndService = `,"CloudWatchMetrics":[${JSON.stringify(directive)}]},"service":${JSON.stringify(service)}`;
  }

  format(record: AuditRecord, epochMs: number): string {
    let line =
      `{"_aws":{"Timestamp":${epochMs}${this.directiveAndService}` +
      `,"route":${JSON.stringify(record.route)}` +
      `,"backend":${JSON.stringify(record.backend ?? 'none')}` +
      `,"statusClass":"${Math.floor(record.httpStatus / 100)}xx"`;
    for (const metric of METRICS) line += `,"${metric.name}":${jsonNumber(metric.value(record))}`;
    return line + '}';
  }
}
