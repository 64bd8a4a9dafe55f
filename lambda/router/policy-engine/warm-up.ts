import type { ResolvedPolicy } from '../../../lib/policy/types';
import { detect } from '../classify/detect';

// Synthetic text touching most detectors (digit runs, contact data, keys, names, context words).
const SAMPLE = [
  'Patient Jane Example, DOB 01/02/1980, MRN 0000000, phone +1 555 0100, mail jane@example.com.',
  'Card 4000 0000 0000 0000, IBAN GB00 TEST 0000 0000 0000 00, server 192.0.2.1, key AKIAEXAMPLE.',
  'CONFIDENTIAL: the pending lawsuit and the quarterly results were discussed with HR.',
].join('\n');

/**
 * Run the classifier once on a synthetic sample, without a time budget, so one-time work (topic
 * model decoding, regular-expression compilation, JIT warm-up, the policy's custom detectors)
 * happens now rather than inside the first request's budget, where it would read as a timeout.
 * Call it at start-up (Lambda init, CLI start). Never throws: a broken classifier is left for the
 * first request to discover, and that request fails closed.
 */
export function warmUpClassifier(policy: ResolvedPolicy): void {
  try {
    for (let round = 0; round < 3; round++)
      detect({ messages: [{ role: 'user', content: SAMPLE }] }, policy, { timeBudgetMs: 60_000 });
  } catch {
    // the first real request reports it, as classifier.error
  }
}
