/**
 * Topic classifier: the probability that a text is an organisation-internal healthcare, legal,
 * financial or HR matter (a patient's case, a pending lawsuit, unreleased results, an employee's
 * termination), as opposed to a general-knowledge question in the same field. See
 * docs/topic-classifier.md for the model, its training data and how to retrain it.
 */
import type { TopicCategoryId } from '../../../../lib/policy/categories';
import { decodeArtifact, type TopicModelArtifact } from './artifact';
import { topicLogits, sigmoid, type TopicModel } from './model';
import shippedArtifact from './model.json';

/** Probability per topic that the text is an organisation-internal matter of that domain. */
export type TopicScores = Readonly<Record<TopicCategoryId, number>>;

export type { TopicModel } from './model';
export type { TopicModelArtifact } from './artifact';
export { decodeArtifact, encodeArtifact } from './artifact';

let shipped: TopicModel | undefined;

/** The model shipped in `model.json`, decoded on first use. */
export function shippedTopicModel(): TopicModel {
  shipped ??= decodeArtifact(shippedArtifact as TopicModelArtifact);
  return shipped;
}

/** Score `text` against the shipped topic model. */
export function scoreTopics(text: string): TopicScores {
  return scoreTopicsWith(shippedTopicModel(), text);
}

/** Score `text` against `model`; a topic the model does not know scores 0. */
export function scoreTopicsWith(model: TopicModel, text: string): TopicScores {
  const logits = topicLogits(model, text, new Float64Array(model.labels.length));
  const scores: Record<TopicCategoryId, number> = {
    'topic.healthcare': 0,
    'topic.legal': 0,
    'topic.financial': 0,
    'topic.hr': 0,
  };
  for (let k = 0; k < model.labels.length; k++) scores[model.labels[k]] = sigmoid(logits[k]);
  return scores;
}
