/**
 * The shipped form of a topic model (`model.json`): small, deterministic, and readable enough to
 * audit. Weights are quantized to multiples of `weightStep`; features whose weights all round to
 * zero are dropped. The remaining ones are packed, in ascending feature order, as LEB128 varints:
 * the gap from the previous feature id, then one zigzag-encoded integer weight per label. The
 * whole packing is base64 in `weights`. Decoding is the inverse and nothing else.
 */
import { TOPIC_CATEGORIES, type TopicCategoryId } from '../../../../lib/policy/categories';
import type { TopicModel } from './model';

export const ARTIFACT_FORMAT = 'hybrid-ai-topic-model/1';

export interface TopicModelArtifact {
  readonly format: typeof ARTIFACT_FORMAT;
  readonly labels: readonly TopicCategoryId[];
  readonly hashBits: number;
  readonly window: number;
  /** A stored integer `q` means the weight `q * weightStep`. */
  readonly weightStep: number;
  /** Intercepts, as integers in `weightStep` units. */
  readonly bias: readonly number[];
  /** Number of features packed in `weights`. */
  readonly features: number;
  /** Base64 of the varint packing described above. */
  readonly weights: string;
  /** How the model was trained (data digest, options); informational. */
  readonly training?: Readonly<Record<string, unknown>>;
}

/** The default quantization: 0.01 in logit units, far below any weight that decides a prompt. */
export const DEFAULT_WEIGHT_STEP = 0.01;

export function encodeArtifact(
  model: TopicModel,
  weightStep: number = DEFAULT_WEIGHT_STEP,
  training?: Readonly<Record<string, unknown>>,
): TopicModelArtifact {
  const labelCount = model.labels.length;
  const slots = 2 ** model.hashBits;
  const bytes: number[] = [];
  const quantized = new Array<number>(labelCount);
  let previous = 0;
  let features = 0;
  for (let feature = 0; feature < slots; feature++) {
    let any = false;
    for (let k = 0; k < labelCount; k++) {
      quantized[k] = quantize(model.weights[feature * labelCount + k], weightStep);
      if (quantized[k] !== 0) any = true;
    }
    if (!any) continue;
    writeVarint(bytes, feature - previous);
    for (let k = 0; k < labelCount; k++) writeVarint(bytes, zigzag(quantized[k]));
    previous = feature;
    features++;
  }
  return {
    format: ARTIFACT_FORMAT,
    labels: [...model.labels],
    hashBits: model.hashBits,
    window: model.window,
    weightStep,
    bias: Array.from(model.bias, (b) => quantize(b, weightStep)),
    features,
    weights: Buffer.from(bytes).toString('base64'),
    ...(training ? { training } : {}),
  };
}

/** Rebuilds the model; throws with the reason when `artifact` is not a valid topic model. */
export function decodeArtifact(artifact: TopicModelArtifact): TopicModel {
  if (artifact.format !== ARTIFACT_FORMAT) {
    throw new Error(`topic model format must be '${ARTIFACT_FORMAT}', got '${String(artifact.format)}'`);
  }
  if (!Number.isInteger(artifact.hashBits) || artifact.hashBits < 8 || artifact.hashBits > 24) {
    throw new Error(`topic model hashBits must be an integer from 8 to 24, got ${artifact.hashBits}`);
  }
  if (!Number.isInteger(artifact.window) || artifact.window < 1) {
    throw new Error(`topic model window must be a positive integer, got ${artifact.window}`);
  }
  const known = new Set<string>(TOPIC_CATEGORIES);
  for (const label of artifact.labels) {
    if (!known.has(label)) throw new Error(`topic model label '${label}' is not a topic category id`);
  }
  const labelCount = artifact.labels.length;
  if (artifact.bias.length !== labelCount) {
    throw new Error(`topic model has ${labelCount} labels but ${artifact.bias.length} biases`);
  }
  const slots = 2 ** artifact.hashBits;
  const weights = new Float32Array(slots * labelCount);
  const bytes = Buffer.from(artifact.weights, 'base64');
  const cursor = { at: 0 };
  let feature = 0;
  for (let n = 0; n < artifact.features; n++) {
    feature += readVarint(bytes, cursor);
    if (feature >= slots) throw new Error(`topic model feature ${feature} is outside its hash space`);
    for (let k = 0; k < labelCount; k++)
      weights[feature * labelCount + k] = unzigzag(readVarint(bytes, cursor)) * artifact.weightStep;
  }
  if (cursor.at !== bytes.length) throw new Error('topic model weights have trailing bytes');
  return {
    labels: [...artifact.labels],
    hashBits: artifact.hashBits,
    window: artifact.window,
    bias: Float64Array.from(artifact.bias, (q) => q * artifact.weightStep),
    weights,
  };
}

function quantize(value: number, step: number): number {
  const q = Math.round(value / step);
  return q === 0 ? 0 : q; // no -0 in the artifact
}

function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 5; i++) {
    if (cursor.at >= bytes.length) throw new Error('topic model weights end inside a number');
    const byte = bytes[cursor.at++];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
  }
  throw new Error('topic model weights hold a number longer than 5 bytes');
}
