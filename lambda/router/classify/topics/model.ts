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
import { forEachFeature } from './features';

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
  const window = model.window;
  const weights = model.weights;
  // Per-token contributions of the last `window` tokens, so the oldest one can leave a sum. A
  // segment's window is a suffix of the whole text's, so both slide over the same ring.
  const ring = new Float64Array(window * labelCount);
  const token = new Float64Array(labelCount);
  const wholeSums = new Float64Array(labelCount);
  const wholeBest = new Float64Array(labelCount).fill(Number.NEGATIVE_INFINITY);
  const segmentSums = new Float64Array(labelCount);
  const segmentBest = new Float64Array(labelCount).fill(Number.NEGATIVE_INFINITY);
  const best = new Float64Array(labelCount).fill(Number.NEGATIVE_INFINITY);
  let current = 0;
  let closed = 0;
  let segmentLength = 0;

  const closeToken = () => {
    const slot = (closed % window) * labelCount;
    const wholeFull = closed >= window;
    const segmentFull = segmentLength >= window;
    for (let k = 0; k < labelCount; k++) {
      const leaving = ring[slot + k];
      wholeSums[k] += token[k] - (wholeFull ? leaving : 0);
      segmentSums[k] += token[k] - (segmentFull ? leaving : 0);
      ring[slot + k] = token[k];
      token[k] = 0;
    }
    closed++;
    segmentLength++;
    if (closed >= window)
      for (let k = 0; k < labelCount; k++) if (wholeSums[k] > wholeBest[k]) wholeBest[k] = wholeSums[k];
    if (segmentLength >= window)
      for (let k = 0; k < labelCount; k++)
        if (segmentSums[k] > segmentBest[k]) segmentBest[k] = segmentSums[k];
  };

  const closeSegment = () => {
    if (segmentLength === 0) return;
    for (let k = 0; k < labelCount; k++) {
      const candidate = segmentLength >= window ? segmentBest[k] : segmentSums[k];
      if (candidate > best[k]) best[k] = candidate;
      segmentSums[k] = 0;
      segmentBest[k] = Number.NEGATIVE_INFINITY;
    }
    segmentLength = 0;
  };

  const tokens = forEachFeature(
    text,
    model.hashBits,
    (feature, ordinal) => {
      if (ordinal !== current) {
        closeToken();
        current = ordinal;
      }
      const row = feature * labelCount;
      for (let k = 0; k < labelCount; k++) token[k] += weights[row + k];
    },
    (tokensBefore) => {
      if (closed < tokensBefore) closeToken();
      current = tokensBefore;
      closeSegment();
    },
  );
  if (closed < tokens) closeToken();
  closeSegment();

  for (let k = 0; k < labelCount; k++) {
    const whole = closed >= window ? wholeBest[k] : wholeSums[k];
    out[k] = model.bias[k] + Math.max(whole, best[k]);
  }
  return out;
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
