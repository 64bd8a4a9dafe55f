import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readJsonl } from '../../../support/shared-data';

/**
 * The evaluation corpus must never leak into the topic classifier's training set: the hidden
 * evaluation samples the same problem, so a copied or lightly edited corpus line inflates every
 * score we report. The check is a shared run of N words.
 *
 * N = 8: at 6 or 7 words the only runs the training set shares with the corpus are stock phrases
 * any writer uses ("what is the difference between a", "before the end of the month", "a
 * performance improvement plan for the"); copied sentences shared runs of 9 to 16 words. Eight
 * words is the shortest run that no stock phrase reaches and every copy we removed did.
 */
const RUN_LENGTH = 8;
const TRAIN_FILE = resolve(__dirname, '../../../../training/topics/train.jsonl');

interface CorpusRow {
  readonly id: string;
  readonly text?: string;
  readonly messages?: unknown;
}

/** Lower-cased runs of letters and digits: punctuation, case and spacing do not hide a copy. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every string a backend would see in a corpus row: the text, message contents, tool arguments. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

function* runs(tokens: readonly string[]): Generator<string> {
  for (let i = 0; i + RUN_LENGTH <= tokens.length; i++) yield tokens.slice(i, i + RUN_LENGTH).join(' ');
}

/** Each run of the corpus, mapped to the id of the first line it occurs in. */
function corpusRuns(rows: readonly CorpusRow[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const row of rows) {
    for (const text of stringsOf([row.text, row.messages])) {
      for (const run of runs(words(text))) if (!index.has(run)) index.set(run, row.id);
    }
  }
  return index;
}

interface Overlap {
  readonly trainLine: number;
  readonly corpusId: string;
  readonly run: string;
}

function overlaps(trainText: string, index: ReadonlyMap<string, string>): Overlap[] {
  const found: Overlap[] = [];
  trainText.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const { text } = JSON.parse(line) as { text: string };
    for (const run of runs(words(text))) {
      const corpusId = index.get(run);
      if (corpusId !== undefined) {
        found.push({ trainLine: i + 1, corpusId, run });
        return;
      }
    }
  });
  return found;
}

describe('topic training data (training/topics/train.jsonl)', () => {
  const corpus = readJsonl<CorpusRow>('eval/dev.jsonl');
  const index = corpusRuns(corpus);

  test('the check finds a corpus sentence pasted into a training line', () => {
    // GIVEN a training line that embeds the first corpus text long enough to hold a run
    const source = corpus.find((row) => typeof row.text === 'string' && words(row.text).length >= RUN_LENGTH);
    expect(source).toBeDefined();
    const planted = JSON.stringify({
      text: `Please help. ${source!.text!.toUpperCase()} Thanks!`,
      labels: [],
    });
    // WHEN the training text is checked against the corpus
    const found = overlaps(`${planted}\n`, index);
    // THEN the pasted sentence is reported with its corpus line
    expect(found).toHaveLength(1);
    expect(found[0].corpusId).toBe(source!.id);
  });

  test(`shares no run of ${RUN_LENGTH} words with any line of the shared dev corpus`, () => {
    // GIVEN the committed training set
    const train = readFileSync(TRAIN_FILE, 'utf8');
    expect(train.length).toBeGreaterThan(0);
    // WHEN every training line is checked against the corpus
    const found = overlaps(train, index);
    // THEN none shares a run (the report names the first few, to find the template behind them)
    expect(found.slice(0, 5)).toEqual([]);
  });
});
