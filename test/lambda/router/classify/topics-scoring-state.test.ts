import { scoreTopics } from '../../../../lambda/router/classify/topics';

// Scoring keeps its working memory between calls; no call may see what an earlier one left there.
const LONG_CHAT = [
  'You are a helpful assistant for the legal department. Answer briefly and cite the clause.',
  'Our former reseller filed a lawsuit against us over unpaid commissions and the settlement talks with opposing counsel broke down last week. '.repeat(
    12,
  ),
  'Thanks. Now the same for the employment dispute with our warehouse manager who was dismissed after the audit.',
].join('\n\u001e\n');

const LATER_PROMPT =
  'The patient in room 14 had a hypoglycemic episode overnight after we doubled her insulin, and the night nurse documented the glucose readings every hour. '.repeat(
    6,
  );

function freshScores(text: string) {
  let scores: ReturnType<typeof scoreTopics> | undefined;
  jest.isolateModules(() => {
    const fresh = jest.requireActual<typeof import('../../../../lambda/router/classify/topics')>(
      '../../../../lambda/router/classify/topics',
    );
    scores = fresh.scoreTopics(text);
  });
  return scores;
}

describe('scoreTopics working memory', () => {
  it('given a long multi-message chat scored first, when a shorter prompt is scored, then its scores equal those of a first call', () => {
    scoreTopics(LONG_CHAT);

    const afterLongChat = scoreTopics(LATER_PROMPT);

    expect(afterLongChat).toEqual(freshScores(LATER_PROMPT));
  });

  it('given the same text, when scored twice in a row, then both calls agree exactly', () => {
    const first = scoreTopics(LONG_CHAT);
    const second = scoreTopics(LONG_CHAT);

    expect(second).toEqual(first);
  });
});
