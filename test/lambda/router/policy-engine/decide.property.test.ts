import fc from 'fast-check';
import type { Decision, ResolvedPolicy } from '../../../../lib/policy/types';
import { decide, type DetectionSummary } from '../../../../lambda/router/policy-engine/decide';
import {
  anyInput,
  context,
  detection,
  failure,
  flaggedTopics,
  matchingOverrides,
  policy,
  quietDetection,
} from './arbitraries';

const RUNS = { numRuns: 1000 };

/** Anything in the detection the policy treats as sensitive (before overrides). */
function holdsSensitiveData(p: ResolvedPolicy, d: DetectionSummary): boolean {
  return (
    d.categories.length > 0 ||
    flaggedTopics(p, d).length > 0 ||
    (d.attachments > 0 && p.attachments !== 'cloud')
  );
}

/** How strict a decision is: block > kept private as sensitive > redacted > free to use the cloud. */
function strictness(d: Decision): number {
  if (d.route === 'block') return 3;
  if (d.sensitive && d.route === 'private') return 2;
  if (d.route === 'redact-then-cloud') return 1;
  return 0;
}

const RULE_ID =
  /^(override\.(department|use_case|environment)\.[^\s]+|category\.[a-z_]+\.[a-z_]+|topic\.[a-z]+|attachment|classifier\.(error|timeout)|strategy\.(cloud_first|private_first)|action\.(block|redact)\.[a-z_]+\.[a-z_]+)$/;

describe('decide: properties over generated detections, contexts and policies', () => {
  test('a request holding any sensitive category, topic or unreadable attachment is never routed cloud', () => {
    fc.assert(
      fc.property(detection, context, policy, (d, ctx, p) => {
        fc.pre(holdsSensitiveData(p, d));
        const decision = decide(d, ctx, p);
        expect(decision.route).not.toBe('cloud');
        expect(decision.sensitive).toBe(true);
      }),
      RUNS,
    );
  });

  test('a classifier failure is never routed cloud or redact-then-cloud, and is sensitive', () => {
    fc.assert(
      fc.property(failure, context, policy, (f, ctx, p) => {
        const decision = decide(f, ctx, p);
        expect(['private', 'block']).toContain(decision.route);
        expect(decision.sensitive).toBe(true);
      }),
      RUNS,
    );
  });

  test('a cloud decision is never sensitive and redacts nothing', () => {
    fc.assert(
      fc.property(anyInput, context, policy, (input, ctx, p) => {
        const decision = decide(input, ctx, p);
        fc.pre(decision.route === 'cloud');
        expect(decision.sensitive).toBe(false);
        expect(decision.redact).toEqual([]);
      }),
      RUNS,
    );
  });

  test('block wins: any block rule that applies blocks the request', () => {
    fc.assert(
      fc.property(detection, context, policy, (d, ctx, p) => {
        const blockedByCategory = d.categories.some((c) => p.categories[c.id] === 'block');
        const blockedByTopic = flaggedTopics(p, d).some((t) => p.categories[t] === 'block');
        const blockedByAttachment = d.attachments > 0 && p.attachments === 'block';
        const blockedByOverride = matchingOverrides(p, ctx).includes('block');
        fc.pre(blockedByCategory || blockedByTopic || blockedByAttachment || blockedByOverride);
        expect(decide(d, ctx, p).route).toBe('block');
      }),
      RUNS,
    );
  });

  test('a private override keeps any request off the cloud, as sensitive', () => {
    fc.assert(
      fc.property(anyInput, context, policy, (input, ctx, p) => {
        fc.pre(matchingOverrides(p, ctx).includes('private'));
        const decision = decide(input, ctx, p);
        expect(['private', 'block']).toContain(decision.route);
        expect(decision.sensitive).toBe(true);
      }),
      RUNS,
    );
  });

  test('a cloud override sends a request without sensitive data to the cloud, whatever the strategy', () => {
    fc.assert(
      fc.property(quietDetection, context, policy, (d, ctx, p) => {
        const overrides = matchingOverrides(p, ctx);
        fc.pre(overrides.includes('cloud') && overrides.every((o) => o === 'cloud'));
        expect(decide(d, ctx, p)).toMatchObject({ route: 'cloud', sensitive: false });
      }),
      RUNS,
    );
  });

  test('redact-then-cloud only when every category found is marked redact-then-cloud and nothing stricter applies', () => {
    fc.assert(
      fc.property(detection, context, policy, (d, ctx, p) => {
        const decision = decide(d, ctx, p);
        fc.pre(decision.route === 'redact-then-cloud');
        expect(d.categories.length).toBeGreaterThan(0);
        for (const c of d.categories) expect(p.categories[c.id]).toBe('redact-then-cloud');
        expect(flaggedTopics(p, d)).toEqual([]);
        expect(matchingOverrides(p, ctx).filter((o) => o !== 'cloud')).toEqual([]);
        expect([...decision.redact].sort()).toEqual(d.categories.map((c) => c.id).sort());
      }),
      RUNS,
    );
  });

  test('finding more never makes a decision less strict', () => {
    fc.assert(
      fc.property(detection, detection, context, policy, (a, b, ctx, p) => {
        const ids = new Set(a.categories.map((c) => c.id));
        const more: DetectionSummary = {
          categories: [...a.categories, ...b.categories.filter((c) => !ids.has(c.id))],
          topicScores: { ...a.topicScores },
          attachments: a.attachments + b.attachments,
        };
        expect(strictness(decide(more, ctx, p))).toBeGreaterThanOrEqual(strictness(decide(a, ctx, p)));
      }),
      RUNS,
    );
  });

  test('every decision has reasons, all of them stable rule ids, and only ids and counts as categories', () => {
    fc.assert(
      fc.property(anyInput, context, policy, (input, ctx, p) => {
        const decision = decide(input, ctx, p);
        expect(Object.keys(decision).sort()).toEqual([
          'categories',
          'policyVersion',
          'reasons',
          'redact',
          'route',
          'sensitive',
        ]);
        expect(decision.reasons.length).toBeGreaterThan(0);
        for (const reason of decision.reasons) expect(reason).toMatch(RULE_ID);
        for (const category of decision.categories)
          expect(Object.keys(category).sort()).toEqual(['count', 'id']);
      }),
      RUNS,
    );
  });
});
