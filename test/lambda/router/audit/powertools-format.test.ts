import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import fc from 'fast-check';
import type { AuditRecord } from '../../../../lambda/router/audit/record';
import { createPowertoolsAuditSink } from '../../../../lambda/router/audit/sink';

/**
 * The sink renders its lines from templates instead of calling Powertools on every request. These
 * tests hold those lines, byte for byte, to what Powertools Logger and Metrics themselves print for
 * the same record, so dashboards, metric filters and the Firehose/Athena schema see no difference.
 */

const FIXED_NOW = new Date('2026-03-04T05:06:07.089Z');

/** The lines Powertools itself produces: Logger.info('audit', record) and one Metrics blob. */
function powertoolsLines(record: AuditRecord, serviceName: string, namespace: string): string[] {
  const lines: string[] = [];
  class CapturingLogger extends Logger {
    protected override printLog(_level: number, log: Parameters<Logger['printLog']>[1]): void {
      log.prepareForPrint();
      lines.push(JSON.stringify(log.getAttributes()));
    }
  }
  new CapturingLogger({ serviceName, logLevel: 'INFO' }).info(
    'audit',
    record as unknown as Record<string, unknown>,
  );
  const metrics = new Metrics({ namespace, serviceName });
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
  lines.push(JSON.stringify(metrics.serializeMetrics()));
  return lines;
}

function sinkLines(record: AuditRecord, serviceName: string, namespace: string): string[] {
  const lines: string[] = [];
  const { sink } = createPowertoolsAuditSink({ writeLine: (l) => lines.push(l), serviceName, namespace });
  sink.write(record);
  return lines;
}

// Strings with quotes, backslashes, control and non-ASCII characters, and the empty string (dropped).
const text = fc.oneof(
  fc.string({ maxLength: 12, unit: 'binary' }),
  fc.constantFrom('', 'a"b\\c', 'é\u2028\u0001', 'x'),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const milliseconds = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
const count = fc.integer({ min: 0, max: 2_000_000 });
const hmacHex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });

// No cast: a field added to AuditRecord does not compile here until the arbitrary generates it too.
const recordArb: fc.Arbitrary<AuditRecord> = fc.record({
  ts: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  requestId: fc.uuid(),
  principal: maybe(hmacHex),
  department: maybe(text),
  useCase: maybe(text),
  environment: maybe(text),
  endpoint: fc.constantFrom('chat', 'embeddings', 'classify', 'models', 'other'),
  stream: fc.boolean(),
  modelAlias: maybe(text),
  backend: maybe(fc.constantFrom('private', 'bedrock', 'openai', 'we"ird')),
  backendModel: maybe(text),
  route: fc.constantFrom('private', 'cloud', 'block', 'none'),
  decisionRoute: maybe(fc.constantFrom('private', 'cloud', 'block', 'redact-then-cloud')),
  reasons: fc.array(text, { maxLength: 3 }),
  categories: fc.array(
    fc.record({ id: fc.constantFrom('pii.email', 'fin.iban', 'topic.legal'), count: count }),
    { maxLength: 3 },
  ),
  sensitive: maybe(fc.boolean()),
  redacted: fc.boolean(),
  policyVersion: maybe(text),
  attempts: fc.array(
    fc.record(
      {
        backend: text,
        status: fc.constantFrom('ok', 'saturated', 'timeout'),
        ms: milliseconds,
        httpStatus: fc.integer({ min: 100, max: 599 }),
      },
      { requiredKeys: ['backend', 'status', 'ms'] },
    ),
    { maxLength: 3 },
  ),
  fallback: fc.boolean(),
  status: fc.constantFrom('ok', 'rejected', 'unavailable', 'stream_error', 'client_disconnected'),
  httpStatus: fc.integer({ min: 200, max: 599 }),
  errorCode: maybe(text),
  latencyMs: fc.record({ classify: milliseconds, backend: milliseconds, total: milliseconds }),
  tokens: fc.record({ in: count, out: count, estimated: fc.boolean() }),
  costUsd: maybe(fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true })),
  promptHash: maybe(hmacHex),
});

describe('the audit sink lines compared with Powertools', () => {
  const savedTrace = process.env._X_AMZN_TRACE_ID;

  beforeEach(() => {
    jest.useFakeTimers({ now: FIXED_NOW, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    delete process.env._X_AMZN_TRACE_ID;
  });

  afterEach(() => {
    jest.useRealTimers();
    if (savedTrace === undefined) delete process.env._X_AMZN_TRACE_ID;
    else process.env._X_AMZN_TRACE_ID = savedTrace;
  });

  it('writes, for any record, the same audit line and EMF blob as Powertools Logger and Metrics', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        // GIVEN any audit record / WHEN both write it / THEN the lines are identical
        expect(sinkLines(record, 'hybrid-ai-router', 'HybridAi')).toEqual(
          powertoolsLines(record, 'hybrid-ai-router', 'HybridAi'),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('writes the service name and namespace it was given, escaped as Powertools escapes them', () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom('svc', 'my "svc"'), fc.constantFrom('Ns', 'N\\s'), (r, s, n) => {
        expect(sinkLines(r, s, n)).toEqual(powertoolsLines(r, s, n));
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['a full trace header', 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1'],
    ['a bare trace id', '1-5759e988-bd862e3fe1be46a994272793'],
    ['a header without a root', 'Parent=53995c3f42cd8ad8;Sampled=0'],
    ['an empty root', 'Root=;Sampled=0'],
  ])('adds xray_trace_id as Powertools does for %s', (_name, header) => {
    // GIVEN a traced invocation
    process.env._X_AMZN_TRACE_ID = header;
    const record = fc.sample(recordArb, { numRuns: 1, seed: 7 })[0];
    // WHEN both write the record / THEN the audit lines are identical
    expect(sinkLines(record, 'svc', 'Ns')[0]).toBe(powertoolsLines(record, 'svc', 'Ns')[0]);
  });

  it('follows the trace header from one invocation to the next', () => {
    // GIVEN a sink that has already written a record under one trace
    const lines: string[] = [];
    const { sink } = createPowertoolsAuditSink({ writeLine: (l) => lines.push(l) });
    const record = fc.sample(recordArb, { numRuns: 1, seed: 11 })[0];
    process.env._X_AMZN_TRACE_ID = 'Root=1-00000000-000000000000000000000001';
    sink.write(record);
    // WHEN the next invocation runs under another trace
    process.env._X_AMZN_TRACE_ID = 'Root=1-00000000-000000000000000000000002';
    sink.write(record);
    // THEN its line carries the new trace id
    expect(JSON.parse(lines[0]).xray_trace_id).toBe('1-00000000-000000000000000000000001');
    expect(JSON.parse(lines[2]).xray_trace_id).toBe('1-00000000-000000000000000000000002');
  });

  it('leaves the EMF blob out when metrics are off', () => {
    const lines: string[] = [];
    const { sink } = createPowertoolsAuditSink({ writeLine: (l) => lines.push(l), emitMetrics: false });
    sink.write(fc.sample(recordArb, { numRuns: 1, seed: 3 })[0]);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).message).toBe('audit');
  });

  it('writes both lines of a request to stdout in one write, each ending in a newline', () => {
    // GIVEN the default destination (the Lambda's stdout)
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      const { sink } = createPowertoolsAuditSink();
      const record = fc.sample(recordArb, { numRuns: 1, seed: 5 })[0];
      // WHEN one record is written
      sink.write(record);
      // THEN one write carries the audit line and the EMF blob, the same lines Powertools prints
      expect(writes).toHaveLength(1);
      expect(writes[0]).toBe(powertoolsLines(record, 'hybrid-ai-router', 'HybridAi').join('\n') + '\n');
    } finally {
      spy.mockRestore();
    }
  });
});
