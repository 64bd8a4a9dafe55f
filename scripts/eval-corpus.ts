/**
 * Runs the classifier over a labeled JSONL corpus (default: ../shared/eval/dev.jsonl) and writes
 * predictions in the scorer's format. Development tool:
 *   npx tsx scripts/eval-corpus.ts [corpus.jsonl] [predictions.jsonl]
 * then: node ../shared/eval/score.mjs ../shared/eval/dev.jsonl predictions.jsonl
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { classify, resolvePolicy } from '../lambda/router';

// The default policy with a budget a busy machine cannot overrun: this measures what the classifier
// finds, and a timeout would show up as a (fail-closed) private route.
const policy = resolvePolicy({ classification: { timeBudgetMs: 10_000 } });

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const corpus = resolve(args[0] ?? '../shared/eval/dev.jsonl');
const out = resolve(args[1] ?? '.bench/predictions.jsonl');
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
const preds: string[] = [];
for (const line of lines) {
  const row = JSON.parse(line);
  const decision = classify(row.messages ? { messages: row.messages } : row.text, row.context ?? {}, policy);
  preds.push(
    JSON.stringify({ id: row.id, route: decision.route, categories: decision.categories.map((c) => c.id) }),
  );
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, preds.join('\n') + '\n');
console.log(`wrote ${preds.length} predictions to ${out}`);
