/**
 * Trains the topic classifier and writes its artifact: `npm run train:topics [-- flags]`.
 *
 *   --data FILE             labeled JSONL, repeatable (default training/topics/train.jsonl)
 *   --holdout FILE          labeled JSONL to report on, never trained on, repeatable
 *                           (default training/topics/holdout.jsonl when it exists)
 *   --out FILE              artifact to write (default lambda/router/classify/topics/model.json)
 *   --check                 train, then compare with --out instead of writing it; exit 1 on a difference
 *   --threshold P           probability at which the report counts a topic as flagged (default 0.5)
 *   --epochs N --seed N --hash-bits N --window N --learning-rate X --l2 X --positive-weight X --dropout X
 *   --average-of N          average the weights of N runs with seeds seed..seed+N-1 (default 9)
 *
 * A JSONL line is {"text": "...", "labels": ["topic.hr", ...]}; "labels": [] marks a negative.
 * Other fields (id, lang, note) are ignored. See docs/topic-classifier.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TOPIC_CATEGORIES, type TopicCategoryId } from '../lib/policy/categories';
import { encodeArtifact } from '../lambda/router/classify/topics/artifact';
import { evaluateTopicModel, type Evaluation } from '../lambda/router/classify/topics/evaluate';
import {
  DEFAULT_TRAIN_OPTIONS,
  trainTopicModel,
  type LabeledText,
} from '../lambda/router/classify/topics/train';

const root = resolve(__dirname, '..');
const { values: flags } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    holdout: { type: 'string', multiple: true },
    out: { type: 'string', default: resolve(root, 'lambda/router/classify/topics/model.json') },
    check: { type: 'boolean', default: false },
    threshold: { type: 'string', default: '0.5' },
    epochs: { type: 'string' },
    seed: { type: 'string' },
    'hash-bits': { type: 'string' },
    window: { type: 'string' },
    'learning-rate': { type: 'string' },
    l2: { type: 'string' },
    'positive-weight': { type: 'string' },
    dropout: { type: 'string' },
    'average-of': { type: 'string' },
  },
});

function main(): number {
  const dataFiles = flags.data ?? [resolve(root, 'training/topics/train.jsonl')];
  const defaultHoldout = resolve(root, 'training/topics/holdout.jsonl');
  const holdoutFiles = flags.holdout ?? (existsSync(defaultHoldout) ? [defaultHoldout] : []);
  const threshold = numberFlag('threshold', flags.threshold) ?? 0.5;
  const options = {
    epochs: integerFlag('epochs', flags.epochs) ?? DEFAULT_TRAIN_OPTIONS.epochs,
    seed: integerFlag('seed', flags.seed) ?? DEFAULT_TRAIN_OPTIONS.seed,
    hashBits: integerFlag('hash-bits', flags['hash-bits']) ?? DEFAULT_TRAIN_OPTIONS.hashBits,
    window: integerFlag('window', flags.window) ?? DEFAULT_TRAIN_OPTIONS.window,
    learningRate: numberFlag('learning-rate', flags['learning-rate']) ?? DEFAULT_TRAIN_OPTIONS.learningRate,
    l2: numberFlag('l2', flags.l2) ?? DEFAULT_TRAIN_OPTIONS.l2,
    positiveWeight:
      numberFlag('positive-weight', flags['positive-weight']) ?? DEFAULT_TRAIN_OPTIONS.positiveWeight,
    dropout: numberFlag('dropout', flags.dropout) ?? DEFAULT_TRAIN_OPTIONS.dropout,
    averageOf: integerFlag('average-of', flags['average-of']) ?? DEFAULT_TRAIN_OPTIONS.averageOf,
  };

  const digest = createHash('sha256');
  const examples = dataFiles.flatMap((file) => readLabeled(file, digest));
  const holdout = holdoutFiles.flatMap((file) => readLabeled(file));
  console.log(
    `training on ${examples.length} examples from ${dataFiles.length} file(s): ${countByLabel(examples)}`,
  );

  const model = trainTopicModel(examples, {
    ...options,
    onEpoch: (epoch, loss) =>
      console.log(`  epoch ${String(epoch).padStart(2)}  mean log loss ${loss.toFixed(4)}`),
  });
  const artifact = encodeArtifact(model, undefined, {
    examples: examples.length,
    dataSha256: digest.digest('hex'),
    options,
  });
  const json = JSON.stringify(artifact, null, 2) + '\n';
  const thresholds = Object.fromEntries(TOPIC_CATEGORIES.map((t) => [t, threshold]));
  report('training set', evaluateTopicModel(model, examples, thresholds));
  for (const file of holdoutFiles)
    report(`holdout ${file}`, evaluateTopicModel(model, readLabeled(file), thresholds));
  if (holdoutFiles.length > 1) report('all holdouts', evaluateTopicModel(model, holdout, thresholds));
  console.log(`artifact: ${artifact.features} features, ${(json.length / 1024).toFixed(0)} KiB`);

  const out = resolve(flags.out);
  if (flags.check) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === json;
    console.log(same ? `${out} is reproduced byte for byte` : `${out} differs from the retrained model`);
    return same ? 0 : 1;
  }
  writeFileSync(out, json);
  console.log(`wrote ${out}`);
  return 0;
}

function readLabeled(file: string, digest?: ReturnType<typeof createHash>): LabeledText[] {
  const content = readFileSync(file, 'utf8');
  digest?.update(content);
  const known = new Set<string>(TOPIC_CATEGORIES);
  const examples: LabeledText[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not valid JSON`);
    }
    const { text, labels } = (row ?? {}) as { text?: unknown; labels?: unknown };
    if (typeof text !== 'string' || text.length === 0)
      throw new Error(`${where}: "text" must be a non-empty string`);
    if (!Array.isArray(labels))
      throw new Error(`${where}: "labels" must be an array of topic ids ([] for none)`);
    for (const label of labels) {
      if (!known.has(label))
        throw new Error(
          `${where}: label ${JSON.stringify(label)} is not one of ${TOPIC_CATEGORIES.join(', ')}`,
        );
    }
    examples.push({ text, labels: labels as TopicCategoryId[] });
  });
  return examples;
}

function countByLabel(examples: readonly LabeledText[]): string {
  const counts = TOPIC_CATEGORIES.map((t) => `${t} ${examples.filter((e) => e.labels.includes(t)).length}`);
  return [...counts, `none ${examples.filter((e) => e.labels.length === 0).length}`].join(', ');
}

function report(title: string, evaluation: Evaluation): void {
  console.log(`${title}:`);
  for (const m of evaluation.perTopic) {
    console.log(
      `  ${m.topic.padEnd(17)} recall ${fmt(m.recall)} (${m.truePositives}/${m.positives})  precision ${fmt(m.precision)}  false positives ${m.falsePositives}`,
    );
  }
  const rate = evaluation.flaggedNegatives / evaluation.negatives;
  console.log(`  unlabeled flagged ${fmt(rate)} (${evaluation.flaggedNegatives}/${evaluation.negatives})`);
}

function fmt(x: number): string {
  return Number.isNaN(x) ? '  -  ' : x.toFixed(3);
}

function numberFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got '${value}'`);
  return n;
}

function integerFlag(name: string, value: string | undefined): number | undefined {
  const n = numberFlag(name, value);
  if (n !== undefined && !Number.isInteger(n))
    throw new Error(`--${name} must be an integer, got '${value}'`);
  return n;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`train-topics: ${(error as Error).message}`);
  process.exitCode = 2;
}
