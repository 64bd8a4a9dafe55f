import type { CategoryId } from '../../../lib/policy/categories';
import type { ResolvedPolicy } from '../../../lib/policy/types';
import { deobfuscate, mergeViewFindings } from './deobfuscate';
import { BUILT_IN_DETECTORS, customDetectors } from './detectors';
import { extractTexts } from './extract';
import { normalize, type Normalized } from './normalize';
import { Document } from './scan-doc';
import { SEGMENT_JOINER } from './segment-joiner';
import { scoreTopics, type TopicScores } from './topics';
import type { Finding } from './types';

/** Raised when classification overruns its time budget; the caller must treat the request as sensitive. */
export class ClassificationTimeoutError extends Error {
  constructor(budgetMs: number) {
    super(`classification exceeded its time budget of ${budgetMs} ms`);
    this.name = 'ClassificationTimeoutError';
  }
}

/** What the detectors found in a request. Counts and ids only, never a detected value. */
export interface Detection {
  /** Categories found by detectors (not topics), with the number of distinct findings each. */
  readonly categories: readonly { readonly id: CategoryId; readonly count: number }[];
  /** Topic probabilities (empty when the topic classifier is disabled). */
  readonly topicScores: Partial<TopicScores>;
  /** Content parts the classifier could not read (images, audio, files, token arrays). */
  readonly attachments: number;
  /** Number of text segments scanned. */
  readonly segments: number;
  /** UTF-16 code units scanned. */
  readonly chars: number;
  /** Findings with offsets into the joined normalized text (internal: for redaction and tests). */
  readonly findings: readonly Finding[];
  /** Segment table to map a finding back to its segment and original offsets. */
  readonly layout: SegmentLayout;
}

export interface DetectOptions {
  /** Time budget in milliseconds. @default - the policy's `classification.timeBudgetMs` */
  readonly timeBudgetMs?: number;
}

/** Where each segment sits in the joined normalized text. */
export interface SegmentLayout {
  readonly originals: readonly string[];
  readonly normalized: readonly Normalized[];
  readonly offsets: readonly number[];
}

/** Run every detector (and the topic model) over the texts of `request`. */
export function detect(request: unknown, policy: ResolvedPolicy, options: DetectOptions = {}): Detection {
  const budget = options.timeBudgetMs ?? policy.classification.timeBudgetMs;
  const started = performance.now();
  const checkBudget = () => {
    if (performance.now() - started > budget) throw new ClassificationTimeoutError(budget);
  };

  const { segments, attachments } = extractTexts(request);
  const normalized: Normalized[] = [];
  const offsets: number[] = [];
  let joined = '';
  for (const seg of segments) {
    const n = normalize(seg);
    if (joined.length > 0) joined += SEGMENT_JOINER;
    offsets.push(joined.length);
    joined += n.text;
    normalized.push(n);
  }
  checkBudget();

  const doc = new Document(joined);
  const detectors = [...BUILT_IN_DETECTORS, ...customDetectors(policy)];
  for (const detector of detectors) {
    detector.scan(doc);
    checkBudget();
  }
  // Obfuscations normalization cannot undo (spelled digits, O/l for 0/1, homoglyph or "[at]"
  // emails): scan a de-obfuscated view as well and merge its findings, moved onto the source words.
  let findings: readonly Finding[] = doc.findings;
  const view = deobfuscate(doc);
  if (view !== undefined) {
    const viewDoc = new Document(view.text);
    for (const detector of detectors) {
      detector.scan(viewDoc);
      checkBudget();
    }
    findings = mergeViewFindings(view, doc.findings, viewDoc.findings);
  }
  const topicScores = policy.topics.enabled && joined.length > 0 ? scoreTopics(joined) : {};
  checkBudget();

  return {
    categories: countCategories(findings),
    topicScores,
    attachments,
    segments: segments.length,
    chars: joined.length,
    findings,
    layout: { originals: segments, normalized, offsets },
  };
}

/** Distinct findings per category: the same span found twice (two detectors) counts once. */
function countCategories(findings: readonly Finding[]): { id: CategoryId; count: number }[] {
  const spans = new Map<CategoryId, Set<string>>();
  for (const f of findings) {
    let set = spans.get(f.category);
    if (!set) spans.set(f.category, (set = new Set()));
    set.add(`${f.start}:${f.end}`);
  }
  return [...spans.entries()]
    .map(([id, set]) => ({ id, count: set.size }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Map a finding back to its segment index and offsets in the original segment text. */
export function locateFinding(
  layout: SegmentLayout,
  finding: Finding,
): { segment: number; start: number; end: number } | undefined {
  let seg = -1;
  for (let i = 0; i < layout.offsets.length; i++) {
    if (layout.offsets[i] <= finding.start) seg = i;
    else break;
  }
  if (seg < 0) return undefined;
  const base = layout.offsets[seg];
  const n = layout.normalized[seg];
  const localStart = finding.start - base;
  const localEnd = Math.min(finding.end - base, n.text.length);
  const map = n.map;
  return {
    segment: seg,
    start: map ? map[localStart] : localStart,
    end: map ? map[localEnd] : localEnd,
  };
}
