import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { TOPIC_CATEGORIES } from '../../../../lib/policy/categories';
import { scoreTopicsWith } from '../../../../lambda/router/classify/topics';
import {
  decodeArtifact,
  encodeArtifact,
  type TopicModelArtifact,
} from '../../../../lambda/router/classify/topics/artifact';
import { ANCHOR_REACH, forEachFeature } from '../../../../lambda/router/classify/topics/features';
import { trainTopicModel, type LabeledText } from '../../../../lambda/router/classify/topics/train';

const TINY: readonly LabeledText[] = [
  { text: 'the patient in ward seven needs a discharge letter', labels: ['topic.healthcare'] },
  { text: 'write the discharge letter for the patient on ward two', labels: ['topic.healthcare'] },
  { text: 'opposing counsel filed a motion in our lawsuit', labels: ['topic.legal'] },
  { text: 'summarize our lawsuit before the motion hearing', labels: ['topic.legal'] },
  { text: 'the quarterly revenue miss is not public yet', labels: ['topic.financial'] },
  { text: 'unreleased revenue for the quarter is below plan', labels: ['topic.financial'] },
  { text: 'draft the termination letter for the employee', labels: ['topic.hr'] },
  { text: 'the employee termination meeting is on friday', labels: ['topic.hr'] },
  { text: 'give me a recipe for tomato soup', labels: [] },
  { text: 'plan a weekend trip to the mountains', labels: [] },
  { text: 'write a poem about the sea', labels: [] },
  { text: 'how do i sort a list in python', labels: [] },
];
const FAST = { epochs: 30, hashBits: 12, seed: 7, averageOf: 1 } as const;

describe('trainTopicModel', () => {
  test('learns to separate a tiny labeled set', () => {
    // GIVEN two examples per topic and four negatives
    // WHEN a model is trained on them
    const model = trainTopicModel(TINY, FAST);
    // THEN each example scores above 0.5 exactly for its own labels
    for (const example of TINY) {
      const scores = scoreTopicsWith(model, example.text);
      const flagged = TOPIC_CATEGORIES.filter((t) => scores[t] >= 0.5);
      expect({ text: example.text, flagged }).toEqual({ text: example.text, flagged: [...example.labels] });
    }
  });

  test('is deterministic: the same data, options and seed give identical weights', () => {
    const a = trainTopicModel(TINY, FAST);
    const b = trainTopicModel(TINY, FAST);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
  });

  test('a different seed shuffles differently and gives different weights', () => {
    const a = trainTopicModel(TINY, FAST);
    const b = trainTopicModel(TINY, { ...FAST, seed: 8 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(false);
  });

  test('fails on an empty training set', () => {
    expect(() => trainTopicModel([])).toThrow(/zero examples/);
  });
});

describe('topic model artifact', () => {
  test('round-trips a trained model within the quantization step', () => {
    // GIVEN a trained model
    const model = trainTopicModel(TINY, FAST);
    // WHEN it is encoded to the shipped form and decoded again
    const artifact = JSON.parse(JSON.stringify(encodeArtifact(model))) as TopicModelArtifact;
    const decoded = decodeArtifact(artifact);
    // THEN every weight is within half a step of the original
    let largestError = 0;
    for (let i = 0; i < model.weights.length; i++) {
      largestError = Math.max(largestError, Math.abs(model.weights[i] - decoded.weights[i]));
    }
    expect(largestError).toBeLessThanOrEqual(artifact.weightStep / 2 + 1e-6);
    expect(decoded.window).toBe(model.window);
  });

  test('rejects an artifact of another format', () => {
    const artifact = encodeArtifact(trainTopicModel(TINY, FAST));
    expect(() => decodeArtifact({ ...artifact, format: 'other/1' } as unknown as TopicModelArtifact)).toThrow(
      /format must be/,
    );
  });

  test('rejects truncated weights', () => {
    const artifact = encodeArtifact(trainTopicModel(TINY, FAST));
    const bytes = Buffer.from(artifact.weights, 'base64');
    const truncated = { ...artifact, weights: bytes.subarray(0, bytes.length - 1).toString('base64') };
    expect(() => decodeArtifact(truncated)).toThrow(/end inside a number|trailing/);
  });
});

describe('forEachFeature', () => {
  const featuresOf = (text: string) => {
    const out: number[] = [];
    forEachFeature(text, 18, (f) => out.push(f));
    return out;
  };

  test('folds case and accents, so spellings of one word share features', () => {
    expect(featuresOf('KÜNDIGUNG des Vertrags')).toEqual(featuresOf('kundigung des vertrags'));
  });

  test('ignores tokens made only of digits', () => {
    expect(featuresOf('revenue 2025 was 4.2 below plan')).toEqual(featuresOf('revenue was below plan'));
  });

  test('numbers tokens consecutively and gives words longer than the prefix a prefix feature', () => {
    const tokens: number[] = [];
    const count = forEachFeature('our termination letter', 18, (_f, t) => tokens.push(t));
    expect(count).toBe(3);
    // our: word; termination and letter: word + prefix + bigram + anchored stem (near "our")
    expect(tokens).toEqual([0, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  describe('anchored stems', () => {
    // The one feature "lawsuit" gains from a first-person anchor, whichever anchor it is.
    const anchoredLawsuit = () => {
      const plain = featuresOf('the lawsuit');
      const my = featuresOf('my lawsuit');
      return featuresOf('our lawsuit').filter((f) => my.includes(f) && !plain.includes(f));
    };

    test('gives a word near "our" or "my" one feature that both anchors share', () => {
      expect(anchoredLawsuit()).toHaveLength(1);
    });

    test('pairs an anchor with the words before it as well as after it', () => {
      // GIVEN the anchored feature of "lawsuit" learned from "our lawsuit"
      const [anchored] = anchoredLawsuit();
      // WHEN the anchor follows the word, in another language's anchor
      // THEN the same feature appears
      expect(featuresOf('lawsuit against us')).toContain(anchored);
      expect(featuresOf('lawsuit unserer Firma')).toContain(anchored);
    });

    test(`pairs words at most ${ANCHOR_REACH} tokens away, and never across a segment separator`, () => {
      const [anchored] = anchoredLawsuit();
      const gap = (n: number) => Array.from({ length: n }, () => 'a').join(' ');
      expect(featuresOf(`our ${gap(ANCHOR_REACH - 1)} lawsuit`)).toContain(anchored);
      expect(featuresOf(`our ${gap(ANCHOR_REACH)} lawsuit`)).not.toContain(anchored);
      expect(featuresOf('our\n\u001e\nlawsuit')).not.toContain(anchored);
    });

    test('gives no anchored stem to short words or to the anchors themselves', () => {
      // GIVEN texts whose other words are anchors or shorter than four letters
      // WHEN they are hashed with and without a neighbouring anchor
      // THEN the anchor adds only its own word and bigram features
      expect(featuresOf('our we')).toHaveLength(featuresOf('the we').length);
      expect(featuresOf('our tax')).toHaveLength(featuresOf('the tax').length);
    });
  });

  test('reports where each segment ends and makes no word pair across a segment separator', () => {
    // GIVEN two messages joined the way detect.ts joins them
    const ends: number[] = [];
    const joined: number[] = [];
    forEachFeature(
      'our lawsuit\n\u001e\nthanks',
      18,
      (f) => joined.push(f),
      (t) => ends.push(t),
    );
    // WHEN the same words are hashed as separate texts
    const separate = [...featuresOf('our lawsuit'), ...featuresOf('thanks')];
    // THEN the segment ends after two tokens and no bigram joins "lawsuit" to "thanks"
    expect(ends).toEqual([2]);
    expect(joined).toEqual(separate);
  });
});

describe('trainTopicModel with averaging', () => {
  test('averages the weights of runs with consecutive seeds', () => {
    // GIVEN two single runs with seeds 7 and 8
    const a = trainTopicModel(TINY, { ...FAST, averageOf: 1 });
    const b = trainTopicModel(TINY, { ...FAST, seed: 8, averageOf: 1 });
    // WHEN a model averages two runs starting at seed 7
    const averaged = trainTopicModel(TINY, { ...FAST, averageOf: 2 });
    // THEN each weight is the mean of the two runs' weights
    let largestError = 0;
    for (let i = 0; i < averaged.weights.length; i++)
      largestError = Math.max(
        largestError,
        Math.abs(averaged.weights[i] - (a.weights[i] + b.weights[i]) / 2),
      );
    expect(largestError).toBeLessThan(1e-12);
    expect(averaged.weights.some((w) => w !== 0)).toBe(true);
  });

  test('fails when asked to average zero runs', () => {
    expect(() => trainTopicModel(TINY, { ...FAST, averageOf: 0 })).toThrow(
      /averageOf must be a positive integer/,
    );
  });
});

describe('npm run train:topics', () => {
  test('reproduces the shipped model byte for byte from the committed training set', () => {
    // GIVEN training/topics/train.jsonl and the shipped model.json
    // WHEN the training script retrains with its defaults in check mode
    const root = resolve(__dirname, '../../../..');
    const output = execFileSync(
      process.execPath,
      [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/train-topics.ts', '--check'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    // THEN it reports an identical artifact (a difference exits non-zero and throws here)
    expect(output).toMatch(/reproduced byte for byte/);
  });
});
