import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolvePolicy } from '../../../lib/policy/defaults';
import type { RequestContext } from '../../../lib/policy/types';
import { classify } from '../../../lambda/router';
import { readJsonl, SHARED_DIR } from '../../support/shared-data';

interface CorpusLine {
  readonly id: string;
  readonly text?: string;
  readonly messages?: unknown[];
  readonly context?: RequestContext;
}

interface Metrics {
  readonly structured_fn: number;
  readonly private_recall: number;
  readonly fp_rate: number;
  readonly missing_predictions: number;
}

const CORPUS = resolve(SHARED_DIR, 'eval/dev.jsonl');
const SCORER = resolve(SHARED_DIR, 'eval/score.mjs');
// The default policy, with a time budget that a loaded CI machine cannot overrun: this test measures
// what the classifier finds, and a timeout would count as a (fail-closed) private route.
const POLICY = resolvePolicy({ classification: { timeBudgetMs: 10_000 } });

describe('the evaluation corpus (shared/eval/dev.jsonl), scored by shared/eval/score.mjs', () => {
  let dir: string;
  let metrics: Metrics;
  let scorerStatus: number | null;

  beforeAll(() => {
    // GIVEN every corpus line classified with the default policy and the line's context
    dir = mkdtempSync(join(tmpdir(), 'hybrid-ai-eval-'));
    const predictions = readJsonl<CorpusLine>('eval/dev.jsonl').map((row) => {
      const decision = classify(
        row.messages ? { messages: row.messages } : row.text,
        row.context ?? {},
        POLICY,
      );
      return JSON.stringify({
        id: row.id,
        route: decision.route,
        categories: decision.categories.map((c) => c.id),
      });
    });
    const predictionsFile = join(dir, 'predictions.jsonl');
    const metricsFile = join(dir, 'metrics.json');
    writeFileSync(predictionsFile, predictions.join('\n') + '\n');
    // WHEN the real scorer scores them
    const run = spawnSync(
      process.execPath,
      [SCORER, CORPUS, predictionsFile, `--json=${metricsFile}`, '--quiet'],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    scorerStatus = run.status;
    if (run.status === 2 || run.error)
      throw new Error(`the scorer rejected its input: ${run.stderr || run.error}`);
    metrics = JSON.parse(readFileSync(metricsFile, 'utf8')) as Metrics;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every line has a prediction', () => {
    expect(metrics.missing_predictions).toBe(0);
  });

  test('no non-stretch structured line is routed to the cloud', () => {
    expect(metrics.structured_fn).toBe(0);
    expect(scorerStatus).toBe(0);
  });

  test('private recall is at least 0.98', () => {
    expect(metrics.private_recall).toBeGreaterThanOrEqual(0.98);
  });

  test('the false-positive rate is at most 0.03', () => {
    expect(metrics.fp_rate).toBeLessThanOrEqual(0.03);
  });
});
