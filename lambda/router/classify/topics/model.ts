/**
 * The topic model: one logistic regression per topic (one-vs-rest, so a wrongful-termination suit
 * can be both legal and HR) over the hashed features of `features.ts`.
 *
 * A prompt is scored by its most topical stretch, not by its whole length: the logit of a topic is
 * its bias plus the largest sum of token contributions over any `window` consecutive tokens. A
 * patient's case pasted into a long benign document is still found, and a long benign document
 * cannot drift over the threshold by accumulating weak evidence from end to end. Texts shorter
 * than the window are scored whole, which is how training examples are scored too.
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

/** Writes the logit of every label for `text` into `out` (length `labels.length`). */
export function topicLogits(model: TopicModel, text: string, out: Float64Array): Float64Array {
  const labelCount = model.labels.length;
  const window = model.window;
  const weights = model.weights;
  // Per-token contributions of the last `window` tokens, so the oldest one can leave the sum.
  const ring = new Float64Array(window * labelCount);
  const token = new Float64Array(labelCount);
  const sums = new Float64Array(labelCount);
  const best = new Float64Array(labelCount).fill(Number.NEGATIVE_INFINITY);
  let current = 0;
  let closed = 0;

  const closeToken = () => {
    const slot = (closed % window) * labelCount;
    const full = closed >= window;
    for (let k = 0; k < labelCount; k++) {
      sums[k] += token[k] - (full ? ring[slot + k] : 0);
      ring[slot + k] = token[k];
      token[k] = 0;
    }
    closed++;
    if (closed >= window) for (let k = 0; k < labelCount; k++) if (sums[k] > best[k]) best[k] = sums[k];
  };

  const tokens = forEachFeature(text, model.hashBits, (feature, ordinal) => {
    if (ordinal !== current) {
      closeToken();
      current = ordinal;
    }
    const row = feature * labelCount;
    for (let k = 0; k < labelCount; k++) token[k] += weights[row + k];
  });
  if (tokens > 0) closeToken();

  for (let k = 0; k < labelCount; k++) out[k] = model.bias[k] + (closed >= window ? best[k] : sums[k]);
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
