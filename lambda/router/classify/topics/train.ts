/**
 * Trains a topic model from labeled texts: per-topic logistic regression, AdaGrad steps with L2
 * on the weights an example touches, a few epochs over a seeded shuffle. Plain TypeScript, no
 * I/O and no clock or unseeded randomness, so the same data and options give the same model bit for bit.
 *
 * Examples are trained the way they are scored (model.ts): each topic's loss sees only that
 * topic's best window, over each segment (chat message) and over the whole text, so a long benign
 * document or chat teaches the model that none of its stretches is topical.
 */
import { TOPIC_CATEGORIES, type TopicCategoryId } from '../../../../lib/policy/categories';
import { forEachFeature } from './features';
import { sigmoid, type TopicModel } from './model';

/** One training example: a text and the topics it is an internal matter of (empty: none). */
export interface LabeledText {
  readonly text: string;
  readonly labels: readonly TopicCategoryId[];
}

export interface TrainOptions {
  /** Feature space of `2^hashBits` slots. @default 18 */
  readonly hashBits?: number;
  /** Tokens in the scoring window. @default 64 */
  readonly window?: number;
  /** Passes over the data. @default 12 */
  readonly epochs?: number;
  /** AdaGrad base learning rate. @default 0.3 */
  readonly learningRate?: number;
  /** L2 penalty per weight update. @default 0.0002 */
  readonly l2?: number;
  /** Loss weight of a positive example relative to a negative one. @default 1 */
  readonly positiveWeight?: number;
  /**
   * Share of feature occurrences hidden from each example at each visit. Dropout keeps the model
   * from leaning on the few words that identify a template, so it spreads weight over the field's
   * vocabulary and generalizes to phrasings it never saw. @default 0.5
   */
  readonly dropout?: number;
  /** Seed of the shuffle and of dropout. @default 1 */
  readonly seed?: number;
  /**
   * Models trained with seeds `seed`, `seed + 1`, … whose weights are averaged into the result.
   * One run's weights depend on its shuffle and dropout draws; the average keeps what every run
   * learned, so a retrain on slightly different data moves recall less. @default 3
   */
  readonly averageOf?: number;
  /** Called after each epoch with the mean weighted log loss. @default - nothing */
  readonly onEpoch?: (epoch: number, meanLoss: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS = {
  hashBits: 18,
  window: 64,
  epochs: 12,
  learningRate: 0.3,
  l2: 0.0002,
  positiveWeight: 1,
  dropout: 0.5,
  seed: 1,
  averageOf: 9,
} as const;

interface Encoded {
  readonly features: Int32Array;
  /** Index into `features` where each token's features start, plus the end. */
  readonly tokenStarts: Int32Array;
  /** First token of each segment (chat message), plus the token count. */
  readonly segmentStarts: Int32Array;
  readonly targets: Uint8Array;
}

export function trainTopicModel(examples: readonly LabeledText[], options: TrainOptions = {}): TopicModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...definedOnly(options) };
  if (examples.length === 0) throw new Error('cannot train a topic model on zero examples');
  if (!(Number.isInteger(o.averageOf) && o.averageOf >= 1))
    throw new Error(`averageOf must be a positive integer, got ${o.averageOf}`);
  const runs = Array.from({ length: o.averageOf }, (_, i) => trainOnce(examples, { ...o, seed: o.seed + i }));
  if (runs.length === 1) return runs[0];
  const { labels, hashBits, window } = runs[0];
  const weights = new Float64Array(runs[0].weights.length);
  const bias = new Float64Array(labels.length);
  for (const run of runs) {
    for (let i = 0; i < weights.length; i++) weights[i] += run.weights[i] / runs.length;
    for (let k = 0; k < bias.length; k++) bias[k] += run.bias[k] / runs.length;
  }
  return { labels, hashBits, window, bias, weights };
}

function trainOnce(
  examples: readonly LabeledText[],
  o: Required<Omit<TrainOptions, 'onEpoch'>> & Pick<TrainOptions, 'onEpoch'>,
): TopicModel {
  const labels = TOPIC_CATEGORIES;
  const labelCount = labels.length;
  const encoded = examples.map((e) => encode(e, o.hashBits));
  const weights = new Float64Array(2 ** o.hashBits * labelCount);
  const squaredGradients = new Float64Array(weights.length);
  const bias = new Float64Array(labelCount);
  const biasSquaredGradients = new Float64Array(labelCount);
  const random = mulberry32(o.seed);
  const order = examples.map((_, i) => i);
  const window = { start: 0, end: 0 };
  let mask: Uint8Array = new Uint8Array(256);
  if (!(o.dropout >= 0 && o.dropout < 1)) throw new Error(`dropout must be in [0, 1), got ${o.dropout}`);
  const keptScale = 1 / (1 - o.dropout);
  const epsilon = 1e-8;

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    let lossWeight = 0;
    for (const index of order) {
      const example = encoded[index];
      const kept = (mask = dropoutMask(example.features.length, o.dropout, random, mask));
      for (let k = 0; k < labelCount; k++) {
        // Inverted dropout: kept features count 1/(1-rate) times, so inference needs no rescaling.
        const sum = keptScale * bestWindow(example, kept, weights, labelCount, k, o.window, window);
        const p = sigmoid(bias[k] + sum);
        const y = example.targets[k];
        const exampleWeight = y === 1 ? o.positiveWeight : 1;
        loss -= exampleWeight * Math.log(Math.max(y === 1 ? p : 1 - p, 1e-12));
        lossWeight += exampleWeight;
        const gradient = (p - y) * exampleWeight;
        const featureGradient = gradient * keptScale;
        const from = example.tokenStarts[window.start];
        const to = example.tokenStarts[window.end];
        for (let j = from; j < to; j++) {
          if (kept[j] === 0) continue;
          const slot = example.features[j] * labelCount + k;
          const g = featureGradient + o.l2 * weights[slot];
          squaredGradients[slot] += g * g;
          weights[slot] -= (o.learningRate * g) / (Math.sqrt(squaredGradients[slot]) + epsilon);
        }
        biasSquaredGradients[k] += gradient * gradient;
        bias[k] -= (o.learningRate * gradient) / (Math.sqrt(biasSquaredGradients[k]) + epsilon);
      }
    }
    o.onEpoch?.(epoch, loss / lossWeight);
  }
  return { labels: [...labels], hashBits: o.hashBits, window: o.window, bias, weights };
}

/** Which feature occurrences an example keeps on this visit (1) or hides (0). */
function dropoutMask(length: number, rate: number, random: () => number, buffer: Uint8Array): Uint8Array {
  const mask = buffer.length >= length ? buffer : new Uint8Array(length);
  for (let j = 0; j < length; j++) mask[j] = rate > 0 && random() < rate ? 0 : 1;
  return mask;
}

function encode(example: LabeledText, hashBits: number): Encoded {
  const features: number[] = [];
  const tokenStarts: number[] = [];
  const segmentStarts: number[] = [0];
  const tokens = forEachFeature(
    example.text,
    hashBits,
    (feature, token) => {
      if (token === tokenStarts.length) tokenStarts.push(features.length);
      features.push(feature);
    },
    (tokensBefore) => {
      if (tokensBefore > segmentStarts[segmentStarts.length - 1]) segmentStarts.push(tokensBefore);
    },
  );
  tokenStarts.push(features.length);
  if (tokens > segmentStarts[segmentStarts.length - 1]) segmentStarts.push(tokens);
  const targets = new Uint8Array(TOPIC_CATEGORIES.length);
  for (const label of example.labels) {
    const k = TOPIC_CATEGORIES.indexOf(label);
    if (k < 0) throw new Error(`unknown topic label '${label}'`);
    targets[k] = 1;
  }
  return {
    features: Int32Array.from(features),
    tokenStarts: Int32Array.from(tokenStarts),
    segmentStarts: Int32Array.from(segmentStarts),
    targets,
  };
}

/**
 * Sum of label `k`'s weights over the best window of tokens, chosen as model.ts chooses it: the
 * best of each segment's best window and the whole text's. The window goes to `out`.
 */
function bestWindow(
  example: Encoded,
  kept: Uint8Array,
  weights: Float64Array,
  labelCount: number,
  k: number,
  size: number,
  out: { start: number; end: number },
): number {
  const tokens = example.tokenStarts.length - 1;
  const contributions = new Float64Array(tokens);
  for (let t = 0; t < tokens; t++) {
    let s = 0;
    for (let j = example.tokenStarts[t]; j < example.tokenStarts[t + 1]; j++) {
      if (kept[j] === 1) s += weights[example.features[j] * labelCount + k];
    }
    contributions[t] = s;
  }
  let best = Number.NEGATIVE_INFINITY;
  const consider = (from: number, to: number) => {
    const sum = bestWindowWithin(contributions, from, to, size, out, best);
    if (sum > best) best = sum;
  };
  const segments = example.segmentStarts;
  for (let i = 0; i + 1 < segments.length; i++) consider(segments[i], segments[i + 1]);
  if (segments.length > 2 || tokens === 0) consider(0, tokens);
  return best;
}

/**
 * Best window of `size` tokens within tokens `[from, to)` (all of them when fewer); writes it to
 * `out` only when its sum beats `toBeat`, and returns that sum.
 */
function bestWindowWithin(
  contributions: Float64Array,
  from: number,
  to: number,
  size: number,
  out: { start: number; end: number },
  toBeat: number,
): number {
  let sum = 0;
  const firstEnd = Math.min(to, from + size);
  for (let t = from; t < firstEnd; t++) sum += contributions[t];
  let best = sum;
  let bestStart = from;
  for (let t = firstEnd; t < to; t++) {
    sum += contributions[t] - contributions[t - size];
    if (sum > best) {
      best = sum;
      bestStart = t - size + 1;
    }
  }
  if (best > toBeat) {
    out.start = bestStart;
    out.end = Math.min(to, bestStart + size);
  }
  return best;
}

/** Small, fast, seedable PRNG (Tommy Ettinger's Mulberry32); quality is ample for shuffling. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
