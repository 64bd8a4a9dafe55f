import { TOPIC_CATEGORIES, type TopicCategoryId } from '../../../../lib/policy/categories';
import { DEFAULT_POLICY } from '../../../../lib/policy/defaults';
import { scoreTopics, shippedTopicModel } from '../../../../lambda/router/classify/topics';

const threshold = (topic: TopicCategoryId) => DEFAULT_POLICY.topics.thresholds[topic];
const flagged = (text: string) => {
  const scores = scoreTopics(text);
  return TOPIC_CATEGORIES.filter((t) => scores[t] >= threshold(t));
};

// Written for this test; not in training/topics/*.jsonl nor in the dev corpus.
const INTERNAL_MATTERS: readonly [TopicCategoryId, string][] = [
  [
    'topic.healthcare',
    'The patient in room 14 had a hypoglycemic episode overnight after we doubled her insulin. Write the handoff note for the day team.',
  ],
  [
    'topic.healthcare',
    'Our patient Mr. Abara was readmitted with pneumonia two days after discharge. Draft the case review for the quality committee.',
  ],
  [
    'topic.healthcare',
    'Help me write to the family of the resident on the memory unit who fell and fractured her hip last night.',
  ],
  [
    'topic.healthcare',
    'A nurse on our surgical ward gave the wrong patient a dose of heparin. Draft the incident report.',
  ],
  [
    'topic.legal',
    'Our former reseller filed a lawsuit against us over unpaid commissions. Summarize our exposure for the general counsel.',
  ],
  [
    'topic.legal',
    'Opposing counsel in the warehouse injury case offered to settle. Draft a memo weighing the offer against going to trial.',
  ],
  [
    'topic.legal',
    'We received a subpoena for our customer billing records. What should our litigation hold notice cover?',
  ],
  [
    'topic.legal',
    'A competitor sent us a cease-and-desist claiming our new packaging infringes their trademark. Draft our response.',
  ],
  [
    'topic.financial',
    'Our unreleased Q2 results show revenue 9% below plan. Draft the CFO talking points for the board before the announcement.',
  ],
  [
    'topic.financial',
    'We are in confidential talks to acquire a logistics startup for $40M. Write the summary for the deal team.',
  ],
  [
    'topic.financial',
    'Our bank wants more collateral after last month’s rating downgrade. Draft the reply to our relationship manager.',
  ],
  [
    'topic.financial',
    'The preliminary close shows an operating loss we have not disclosed yet. Prepare the audit committee briefing.',
  ],
  [
    'topic.hr',
    'Draft the termination letter for the forklift driver who failed the drug test after the incident.',
  ],
  [
    'topic.hr',
    'One of my direct reports filed a harassment complaint against her manager. Outline the investigation plan.',
  ],
  [
    'topic.hr',
    'Write the performance review for the account executive on my team who missed quota three quarters in a row.',
  ],
  [
    'topic.hr',
    'Our senior designer asked for a raise because of a competing offer. Help me plan the conversation.',
  ],
];

const GENERAL_QUESTIONS: readonly string[] = [
  'What is a 401k and how does employer matching work?',
  'How does chemotherapy work?',
  'Explain tort law in simple terms.',
  'What is EBITDA?',
  'Give me tips for a job interview.',
  'What are the early symptoms of type 1 diabetes?',
  'What is the difference between a patent and a trademark?',
  'How do index funds differ from actively managed funds?',
  'How should managers give constructive feedback, in general?',
  'Write a blog post explaining how vaccines work.',
  'What is a statute of limitations?',
  'Explain compound interest with an example.',
  'Write a function in Python that removes duplicates from a list.',
  'Draft marketing copy for our new running shoes.',
  'Plan a four-day trip to Rome.',
  'Give me a recipe for vegetable curry.',
];

describe('scoreTopics with the shipped model', () => {
  test('scores every topic with a probability between 0 and 1', () => {
    // GIVEN a short text
    // WHEN it is scored
    const scores = scoreTopics('Summarize the meeting notes.');
    // THEN every topic has a finite probability
    expect(Object.keys(scores).sort()).toEqual([...TOPIC_CATEGORIES].sort());
    for (const topic of TOPIC_CATEGORIES) {
      expect(scores[topic]).toBeGreaterThanOrEqual(0);
      expect(scores[topic]).toBeLessThanOrEqual(1);
    }
  });

  test('is deterministic: the same text always gets the same scores', () => {
    const text = INTERNAL_MATTERS[0][1];
    expect(scoreTopics(text)).toEqual(scoreTopics(text));
  });

  test('loads the shipped artifact with its four topics and a non-empty weight table', () => {
    const model = shippedTopicModel();
    expect(model.labels).toEqual([...TOPIC_CATEGORIES]);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
  });

  test.each(INTERNAL_MATTERS)('flags an internal %s matter: %s', (topic, text) => {
    expect(flagged(text)).toContain(topic);
  });

  test.each(GENERAL_QUESTIONS)('does not flag general knowledge or everyday work: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  test('finds an internal matter inside a long benign document', () => {
    // GIVEN an internal HR matter between many paragraphs of unrelated prose
    const filler =
      'The team reviewed the new dashboard layout and agreed on the colors for the charts. '.repeat(20);
    const text = `${filler}\n\nAlso: ${INTERNAL_MATTERS[13][1]}\n\n${filler}`;
    // WHEN the whole text is scored
    // THEN the matter is still found, as it is in isolation
    expect(flagged(INTERNAL_MATTERS[13][1])).toContain('topic.hr');
    expect(flagged(text)).toContain('topic.hr');
  });

  test('does not flag a long benign document', () => {
    const text =
      'We moved the weekly sync to Thursday and updated the onboarding checklist for new customers. '.repeat(
        200,
      );
    expect(flagged(text)).toEqual([]);
  });

  test('scores empty and punctuation-only text without flagging anything', () => {
    expect(flagged('')).toEqual([]);
    expect(flagged('?!... --- ***')).toEqual([]);
  });

  test('scores a 1 MB adversarial input to valid probabilities', () => {
    // GIVEN one megabyte of long words, digit runs, separators and mixed scripts
    const text = ('a'.repeat(5000) + ' 1234567890'.repeat(300) + ' ---...___ ' + 'ÄéØ漢字🙂'.repeat(500))
      .repeat(20)
      .slice(0, 1 << 20);
    // WHEN it is scored
    const scores = scoreTopics(text);
    // THEN the result is still four finite probabilities
    for (const topic of TOPIC_CATEGORIES) expect(Number.isFinite(scores[topic])).toBe(true);
  });
});

describe('scoreTopics on a chat joined into one text', () => {
  // detect.ts joins every message of a request with a record separator between newlines.
  const JOINER = '\n\u001e\n';
  const HR_MATTER = INTERNAL_MATTERS[13][1];

  test('finds a matter followed by short acknowledgement turns, as it does alone', () => {
    // GIVEN an HR matter, then an assistant acknowledgement and a short follow-up
    const chat = [
      HR_MATTER,
      'Sure, I can help with that. Anything else first?',
      'Can you make it shorter?',
    ].join(JOINER);
    // WHEN the joined chat is scored
    // THEN the matter is flagged alone and in the chat
    expect(flagged(HR_MATTER)).toContain('topic.hr');
    expect(flagged(chat)).toContain('topic.hr');
  });

  test('finds a matter behind a generic system prompt', () => {
    const chat = ['You are a helpful assistant. Answer clearly and concisely.', INTERNAL_MATTERS[0][1]].join(
      JOINER,
    );
    expect(flagged(chat)).toContain('topic.healthcare');
  });

  test('does not flag a general question behind a field-specific system prompt', () => {
    const chat = ['You are an assistant for the HR team.', GENERAL_QUESTIONS[4], 'Thanks!'].join(JOINER);
    expect(flagged(chat)).toEqual([]);
  });

  test('does not flag a benign tool-call transcript', () => {
    const chat = [
      'Where is my parcel?',
      'track_parcel',
      '{"parcel_id":"88213"}',
      '{"status":"out_for_delivery"}',
      'Done, the lookup finished.',
      'Great, thanks.',
    ].join(JOINER);
    expect(flagged(chat)).toEqual([]);
  });
});
