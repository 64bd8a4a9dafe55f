/**
 * Precision and recall of a topic model on labeled texts, per topic, at given thresholds: what the
 * training script prints for a holdout, and what a retraining organisation compares.
 */
import type { TopicCategoryId } from '../../../../lib/policy/categories';
import { topicProbabilities, type TopicModel } from './model';
import type { LabeledText } from './train';

export interface TopicMetrics {
  readonly topic: TopicCategoryId;
  readonly positives: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  /** Share of the topic's examples scored at or above the threshold (NaN without examples). */
  readonly recall: number;
  /** Share of flagged examples that carry the topic (NaN when none is flagged). */
  readonly precision: number;
}

export interface Evaluation {
  readonly perTopic: readonly TopicMetrics[];
  /** Examples with no label. */
  readonly negatives: number;
  /** Unlabeled examples flagged with any topic. */
  readonly flaggedNegatives: number;
}

export function evaluateTopicModel(
  model: TopicModel,
  examples: readonly LabeledText[],
  thresholds: Readonly<Partial<Record<TopicCategoryId, number>>> = {},
): Evaluation {
  const labelCount = model.labels.length;
  const positives = new Array<number>(labelCount).fill(0);
  const truePositives = new Array<number>(labelCount).fill(0);
  const falsePositives = new Array<number>(labelCount).fill(0);
  let negatives = 0;
  let flaggedNegatives = 0;
  for (const example of examples) {
    const p = topicProbabilities(model, example.text);
    let flaggedAny = false;
    for (let k = 0; k < labelCount; k++) {
      const topic = model.labels[k];
      const flagged = p[k] >= (thresholds[topic] ?? 0.5);
      const labeled = example.labels.includes(topic);
      if (labeled) positives[k]++;
      if (flagged && labeled) truePositives[k]++;
      if (flagged && !labeled) falsePositives[k]++;
      flaggedAny ||= flagged;
    }
    if (example.labels.length === 0) {
      negatives++;
      if (flaggedAny) flaggedNegatives++;
    }
  }
  return {
    perTopic: model.labels.map((topic, k) => ({
      topic,
      positives: positives[k],
      truePositives: truePositives[k],
      falsePositives: falsePositives[k],
      recall: truePositives[k] / positives[k],
      precision: truePositives[k] / (truePositives[k] + falsePositives[k]),
    })),
    negatives,
    flaggedNegatives,
  };
}
