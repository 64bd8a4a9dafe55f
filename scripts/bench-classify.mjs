#!/usr/bin/env node
/**
 * Classification latency and throughput: hybrid-ai-cdk's classifier beside the npm packages
 * redact-pii and openredaction on the same inputs, in the same process and run.
 *
 *   npm run bench [-- --iterations 2000 --json out.json]
 *
 * Runs the compiled library (dist/, built by `npm run build`, which `npm ci` runs). Prompts of
 * about 200 B, 4 KB and 64 KB are built deterministically from business prose with a few
 * identifiers in it, so every detector has something to look at. Numbers are wall-clock per call
 * on this machine; compare ratios, not absolutes, across machines.
 */
import { createRequire } from 'node:module';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const entry = resolve(root, 'dist/lambda/router/index.js');
if (!existsSync(entry)) {
  console.error(`compiled classifier not found at ${entry}; run npm run build first`);
  process.exit(1);
}
const { classify } = require(entry);

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '' },
    json: { type: 'string' },
    'skip-peers': { type: 'boolean', default: false },
  },
});

const PROSE = [
  'Please summarize the quarterly planning notes below for the operations team and list the open actions.',
  'The migration of the reporting service to the new cluster finished on schedule; latency improved by 18 percent.',
  'We agreed to review the vendor contract renewal terms next week and to compare three alternative offers.',
  'Customer feedback highlighted slow onboarding, unclear pricing pages and a confusing export dialog.',
  'Action items: update the runbook, rotate the on-call schedule, and archive the old dashboards by Friday.',
  'The design review covered caching, retries with jittered backoff, and how to keep the audit log immutable.',
  'Marketing wants a short blog post about the release, two social posts, and an updated product sheet.',
  'Budget for the offsite is approved; travel should be booked through the usual portal before the 15th.',
];
const IDENTIFIERS = [
  'Reach Maria Gonzalez at maria.gonzalez@example.org or +1 415 555 0132.',
  'Card on file: 4539 1488 0343 6467, expiry 09/27.',
  'Wire to IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX.',
  'Patient MRN 00482913, DOB 1984-03-12, NPI 1245319599.',
  'SSN 536-22-8726 was entered in the intake form.',
  'Server 203.0.113.54 uses key AKIAIOSFODNN7EXAMPLF in the deploy script.',
];

/** A deterministic prompt of about `bytes` bytes: prose with an identifier every few sentences. */
function makePrompt(bytes) {
  let text = '';
  let i = 0;
  while (Buffer.byteLength(text) < bytes) {
    text += (i % 5 === 4 ? IDENTIFIERS[((i / 5) % IDENTIFIERS.length) | 0] : PROSE[i % PROSE.length]) + ' ';
    i++;
  }
  return Buffer.from(text)
    .subarray(0, bytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(fn, input, iterations) {
  const warmup = Math.max(20, iterations / 10);
  for (let k = 0; k < warmup; k++) await fn(input);
  const times = new Float64Array(iterations);
  const started = process.hrtime.bigint();
  for (let k = 0; k < iterations; k++) {
    const t0 = process.hrtime.bigint();
    await fn(input);
    times[k] = Number(process.hrtime.bigint() - t0) / 1000; // µs
  }
  const totalSec = Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = Array.from(times).sort((a, b) => a - b);
  return {
    p50us: percentile(sorted, 50),
    p99us: percentile(sorted, 99),
    mbPerSec: (Buffer.byteLength(input) * iterations) / 1e6 / totalSec,
  };
}

const contenders = [{ name: 'hybrid-ai-cdk', fn: (text) => classify(text) }];
if (!args['skip-peers']) {
  const { SyncRedactor } = require('redact-pii');
  const redactPii = new SyncRedactor();
  contenders.push({ name: 'redact-pii', fn: (text) => redactPii.redact(text) });
  const { OpenRedaction } = require('openredaction');
  const openRedaction = new OpenRedaction({ redactionMode: 'placeholder' });
  contenders.push({ name: 'openredaction', fn: (text) => openRedaction.detect(text) });
}

const SIZES = [
  { label: '200 B', bytes: 200, iterations: 5000 },
  { label: '4 KB', bytes: 4096, iterations: 1000 },
  { label: '64 KB', bytes: 65536, iterations: 60 },
];

const results = [];
console.log(`node ${process.version}, ${process.arch}`);
console.log('size    library          p50 (µs)    p99 (µs)     MB/s');
for (const size of SIZES) {
  const input = makePrompt(size.bytes);
  for (const c of contenders) {
    const iterations =
      Number(args.iterations) ||
      (c.name === 'hybrid-ai-cdk' ? size.iterations : Math.max(20, size.iterations / 10));
    const r = await measure(c.fn, input, iterations);
    results.push({ size: size.label, library: c.name, iterations, ...r });
    console.log(
      `${size.label.padEnd(8)}${c.name.padEnd(17)}${r.p50us.toFixed(1).padStart(9)}${r.p99us.toFixed(1).padStart(12)}${r.mbPerSec.toFixed(1).padStart(9)}`,
    );
  }
}
console.log('\nspeed-up of hybrid-ai-cdk (p50 of the other / p50 of ours):');
for (const size of SIZES) {
  const ours = results.find((r) => r.size === size.label && r.library === 'hybrid-ai-cdk');
  const others = results.filter((r) => r.size === size.label && r.library !== 'hybrid-ai-cdk');
  console.log(
    `  ${size.label.padEnd(6)} ${others.map((o) => `${o.library} ×${(o.p50us / ours.p50us).toFixed(1)}`).join(', ')}`,
  );
}
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2));
