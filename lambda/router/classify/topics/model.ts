/**
 * The topic model: one logistic regression per topic (one-vs-rest, so a wrongful-termination suit
 * can be both legal and HR) over the hashed features of `features.ts`.
 *
 * A prompt is scored by its most topical stretch, not by its whole length: the logit of a topic is
 * its bias plus the largest sum of token contributions over any `window` consecutive tokens. A
 * patient's case pasted into a long benign document is still found, and a long benign document
 * cannot drift over the threshold by accumulating weak evidence from end to end. Texts shorter
 * than the window are scored whole. Training (train.ts) picks its windows the same way.
 */
import type { TopicCategoryId } from '../../../../lib/policy/categories';
import { collectFeatures, FeatureBuffer } from './features';

export interface TopicModel {
  /** The topics, in the order of the weight columns. */
  readonly labels: readonly TopicCategoryId[];
  /** The feature space has `2^hashBits` slots. */
  readonly hashBits: number;
  /** Tokens in the scoring window. */
  readonly window: number;
  /** One intercept per label. */
  readonly bias: Float64Array;
  /** Row-major `[feature * labels.length + label]`. */
  readonly weights: Float32Array | Float64Array;
}

/**
 * Writes the logit of every label for `text` into `out` (length `labels.length`).
 *
 * Candidates are the best window of each segment (each message of a chat, see features.ts) and
 * the best window of the whole text; a label's logit uses its highest candidate. Scoring messages
 * one by one keeps a short "thanks, and a checklist please" turn, or a generic system prompt, from
 * diluting the message that holds the matter; scoring the whole keeps a matter spread over turns.
 */
export function topicLogits(model: TopicModel, text: string, out: Float64Array): Float64Array {
  const labelCount = model.labels.length;
  const { features, tokenStarts, segmentEnds, tokenCount, segmentEndCount } = collectFeatures(
    text,
    model.hashBits,
    sharedFeatures,
  );
  // Labels are scored one at a time, so that every sum of a label stays in a register.
  for (let k = 0; k < labelCount; k++) {
    const best = bestWindowSum(model, k, features, tokenStarts, tokenCount, segmentEnds, segmentEndCount);
    out[k] = model.bias[k] + best;
  }
  return out;
}

/**
 * Label `k`'s largest sum of token contributions over a window: the best of the whole text's
 * best window and each segment's (the whole sum of a text or segment shorter than the window).
 */
function bestWindowSum(
  model: TopicModel,
  k: number,
  features: Int32Array,
  tokenStarts: Int32Array,
  tokenCount: number,
  segmentEnds: Int32Array,
  segmentEndCount: number,
): number {
  const labelCount = model.labels.length;
  const window = model.window;
  const weights = model.weights;
  // Contributions of the last `window` tokens, so the oldest one can leave a sum. A segment's
  // window is a suffix of the whole text's, so both slide over the same ring.
  const ring = ringOf(window);
  let slot = 0;
  let wholeSum = 0;
  let wholeBest = Number.NEGATIVE_INFINITY;
  let segmentSum = 0;
  let segmentBest = Number.NEGATIVE_INFINITY;
  let segmentLength = 0;
  let best = Number.NEGATIVE_INFINITY;
  let segment = 0;
  // Index of the next token's first feature; token 0's features start the buffer.
  let start = 0;
  for (let token = 0; token <= tokenCount; token++) {
    // A segment separator before this token ends the segment: its best window is a candidate.
    for (; segment < segmentEndCount && segmentEnds[segment] <= token; segment++) {
      if (segmentLength === 0) continue;
      const candidate = segmentLength >= window ? segmentBest : segmentSum;
      if (candidate > best) best = candidate;
      segmentSum = 0;
      segmentBest = Number.NEGATIVE_INFINITY;
      segmentLength = 0;
    }
    if (token === tokenCount) break;

    let contribution = 0;
    const next = tokenStarts[token + 1];
    for (; start < next; start++) contribution += weights[(features[start] >>> 0) * labelCount + k];
    const leaving = ring[slot];
    wholeSum += contribution - (token >= window ? leaving : 0);
    segmentSum += contribution - (segmentLength >= window ? leaving : 0);
    ring[slot] = contribution;
    slot = slot + 1 === window ? 0 : slot + 1;
    segmentLength++;
    if (token + 1 >= window && wholeSum > wholeBest) wholeBest = wholeSum;
    if (segmentLength >= window && segmentSum > segmentBest) segmentBest = segmentSum;
  }
  if (segmentLength > 0) {
    const candidate = segmentLength >= window ? segmentBest : segmentSum;
    if (candidate > best) best = candidate;
  }
  const whole = tokenCount >= window ? wholeBest : wholeSum;
  return Math.max(whole, best);
}

/**
 * Working memory kept between calls, since scoring runs on every request; scoring is synchronous,
 * so no two calls share it at once.
 */
const sharedFeatures = new FeatureBuffer();
let sharedRing = new Float64Array(0);

function ringOf(window: number): Float64Array {
  if (sharedRing.length !== window) sharedRing = new Float64Array(window);
  return sharedRing;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Probability per label, in the order of `model.labels`. */
export function topicProbabilities(model: TopicModel, text: string): Float64Array {
  const out = topicLogits(model, text, new Float64Array(model.labels.length));
  for (let k = 0; k < out.length; k++) out[k] = sigmoid(out[k]);
  return out;
}
