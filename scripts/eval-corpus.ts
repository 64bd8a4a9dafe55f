/**
 * Runs the classifier over a labeled JSONL corpus (default: ../shared/eval/dev.jsonl) and writes
 * predictions in the scorer's format. Development tool:
 *   npx tsx scripts/eval-corpus.ts [corpus.jsonl] [predictions.jsonl] [--only=cat1,cat2]
 * then: node ../shared/eval/score.mjs ../shared/eval/dev.jsonl predictions.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_POLICY } from '../lib/policy/defaults';
import { detect } from '../lambda/router/classify/detect';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const corpus = resolve(args[0] ?? '../shared/eval/dev.jsonl');
const out = resolve(args[1] ?? '.bench/predictions.jsonl');
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
const preds: string[] = [];
for (const line of lines) {
  const row = JSON.parse(line);
  const d = detect(row.messages ? { messages: row.messages } : row.text, DEFAULT_POLICY);
  const categories = d.categories.map((c) => c.id as string);
  for (const [topic, score] of Object.entries(d.topicScores)) if ((score ?? 0) >= 0.5) categories.push(topic);
  const dept = String(row.context?.department ?? '').toLowerCase();
  const forced = DEFAULT_POLICY.departments[dept] === 'private';
  preds.push(JSON.stringify({ id: row.id, route: forced || categories.length > 0 ? 'private' : 'cloud', categories }));
}
writeFileSync(out, preds.join('\n') + '\n');
console.log(`wrote ${preds.length} predictions to ${out}`);
