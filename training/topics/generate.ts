/**
 * Writes training/topics/train.jsonl: synthetic, labeled prompts for the topic classifier.
 *
 *   npx tsx training/topics/generate.ts [--out training/topics/train.jsonl] [--seed 20250611]
 *
 * Deterministic (seeded PRNG, no clock). Every example is composed from the hand-written
 * templates and slot fillers in ./templates: positives are organisation-internal matters (a
 * patient's case, our pending lawsuit, unreleased results, an employee's termination); negatives
 * are general-knowledge questions in the same four fields, neutral business work (meeting notes,
 * code, product docs, marketing), and everyday text. The same frames (greetings, emails, length
 * and tone requests, surrounding notes) wrap both, so a frame never predicts a label.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../../lambda/router/classify/topics/train';
import { CORE, expand, type Bank, type LanguagePack, type Random } from './templates/expand';
import { LANGUAGES } from './templates/languages';

const { values: flags } = parseArgs({
  options: {
    out: { type: 'string', default: resolve(__dirname, 'train.jsonl') },
    seed: { type: 'string', default: '20250611' },
  },
});

const FRAMED_SHARE = 0.45;
const CONTEXT_SHARE = 0.12;

interface Row {
  readonly text: string;
  readonly labels: readonly string[];
  readonly lang: string;
  readonly bank: string;
}

function main(): void {
  const random = mulberry32(Number(flags.seed));
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const pack of LANGUAGES) {
    for (const bank of pack.banks) draw(pack, bank, random, rows, seen);
  }
  const lines = rows.map((r) =>
    JSON.stringify({ text: r.text, labels: r.labels, lang: r.lang, bank: r.bank }),
  );
  writeFileSync(flags.out, lines.join('\n') + '\n');
  const positives = rows.filter((r) => r.labels.length > 0).length;
  console.log(
    `wrote ${rows.length} examples (${positives} positive, ${rows.length - positives} negative) to ${flags.out}`,
  );
}

function draw(pack: LanguagePack, bank: Bank, random: Random, rows: Row[], seen: Set<string>): void {
  let made = 0;
  // Templates with few fillers run out of distinct texts; stop instead of looping forever.
  for (let attempt = 0; made < bank.count && attempt < bank.count * 8; attempt++) {
    const core = expand(pick(bank.templates, random), pack.slots, random);
    const text = frame(pack, core, random);
    if (seen.has(text)) continue;
    seen.add(text);
    rows.push({ text, labels: bank.labels, lang: pack.lang, bank: bank.name });
    made++;
  }
}

function frame(pack: LanguagePack, core: string, random: Random): string {
  let text = core;
  // The frame is expanded around a marker, so nothing in the core is read as template syntax.
  if (random() < FRAMED_SHARE)
    text = expand(pick(pack.frames, random), pack.slots, random).replace(CORE, () => core);
  if (random() < CONTEXT_SHARE) {
    const context = expand(pick(pack.context, random), pack.slots, random);
    text = random() < 0.5 ? `${context}\n\n${text}` : `${text}\n\n${context}`;
  }
  return text;
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)];
}

main();
