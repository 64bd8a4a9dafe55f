import type { TopicCategoryId } from '../../../../lib/policy/categories';

/** Probability per topic that the text is an organisation-internal matter of that domain. */
export type TopicScores = Readonly<Record<TopicCategoryId, number>>;

/** Score `text` against the shipped topic model. Filled in by the topic-classifier work. */
export function scoreTopics(_text: string): TopicScores {
  return { 'topic.healthcare': 0, 'topic.legal': 0, 'topic.financial': 0, 'topic.hr': 0 };
}
