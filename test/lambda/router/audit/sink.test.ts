import type { AuditRecord } from '../../../../lambda/router/audit/record';
import { createPowertoolsAuditSink } from '../../../../lambda/router/audit/sink';

const record: AuditRecord = {
  ts: '2026-01-01T00:00:00.000Z',
  requestId: 'r-1',
  principal: 'ab'.repeat(32),
  department: 'finance',
  useCase: null,
  environment: 'prod',
  endpoint: 'chat',
  stream: false,
  modelAlias: 'chat-default',
  backend: 'bedrock',
  backendModel: 'claude',
  route: 'cloud',
  decisionRoute: 'cloud',
  reasons: ['default.cloud'],
  categories: [],
  sensitive: false,
  redacted: false,
  policyVersion: 'v1',
  attempts: [{ backend: 'bedrock', status: 'ok', ms: 12 }],
  fallback: false,
  status: 'ok',
  httpStatus: 200,
  errorCode: null,
  latencyMs: { classify: 0.1, backend: 12, total: 13 },
  tokens: { in: 10, out: 20, estimated: false },
  costUsd: 0.00009,
  promptHash: 'cd'.repeat(32),
};

describe('the Powertools audit sink', () => {
  it('writes the record as one structured JSON line with message "audit"', () => {
    const lines: string[] = [];
    const { sink } = createPowertoolsAuditSink({ writeLine: (l) => lines.push(l), serviceName: 'svc' });
    sink.write(record);
    const log = JSON.parse(lines[0]);
    expect(log).toMatchObject({
      level: 'INFO',
      message: 'audit',
      service: 'svc',
      requestId: 'r-1',
      route: 'cloud',
      costUsd: 0.00009,
    });
    expect(log.attempts).toEqual(record.attempts);
  });

  it('emits one EMF blob with the gateway metrics under low-cardinality dimensions', () => {
    const lines: string[] = [];
    const { sink } = createPowertoolsAuditSink({ writeLine: (l) => lines.push(l), namespace: 'Test' });
    sink.write(record);
    const emf = JSON.parse(lines[1]);
    const directive = emf._aws.CloudWatchMetrics[0];
    expect(directive.Namespace).toBe('Test');
    expect(directive.Dimensions[0]).toEqual(expect.arrayContaining(['route', 'backend', 'statusClass']));
    expect(directive.Metrics.map((m: { Name: string }) => m.Name)).toEqual(
      expect.arrayContaining([
        'Requests',
        'Route',
        'Fallbacks',
        'ClassifyLatency',
        'BackendLatency',
        'TotalLatency',
        'InputTokens',
        'OutputTokens',
        'CostUsd',
      ]),
    );
    expect(emf).toMatchObject({
      route: 'cloud',
      backend: 'bedrock',
      statusClass: '2xx',
      Requests: 1,
      OutputTokens: 20,
    });
  });

  it("keeps each request's dimensions to itself", () => {
    const lines: string[] = [];
    const { sink } = createPowertoolsAuditSink({ writeLine: (l) => lines.push(l) });
    sink.write(record);
    sink.write({ ...record, route: 'private', backend: 'private', httpStatus: 503 });
    const second = JSON.parse(lines[3]);
    expect(second).toMatchObject({ route: 'private', backend: 'private', statusClass: '5xx' });
  });
});
