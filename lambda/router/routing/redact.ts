import type { CategoryId } from '../../../lib/policy/categories';
import type { Decision, ResolvedPolicy } from '../../../lib/policy/types';
import { detect, locateFinding } from '../classify/detect';
import { markRedacted } from './guard';

// Structural fields the backend needs verbatim; they never carry free text.
const STRUCTURAL_KEYS = new Set(['model', 'role', 'type', 'tool_call_id', 'id', 'object', 'encoding_format']);

/**
 * The copy of a request that may go to the cloud under `redact-then-cloud`: every finding of the
 * decision's redact categories replaced by `[REDACTED:<category>]`. The copy is then classified
 * again as a whole; unless nothing detectable is left, the answer is `undefined` and the request
 * stays private. Classifier errors also yield `undefined` (fail closed).
 */
export function redactForCloud<T extends object>(
  request: T,
  decision: Decision,
  policy: ResolvedPolicy,
): T | undefined {
  const redact = new Set<CategoryId>(decision.redact);
  if (redact.size === 0) return undefined;
  try {
    const copy = redactValue(request, redact, policy, undefined) as T;
    const residue = detect(copy, policy);
    if (residue.categories.length > 0) return undefined;
    markRedacted(copy);
    return copy;
  } catch {
    return undefined;
  }
}

function redactValue(
  value: unknown,
  redact: ReadonlySet<CategoryId>,
  policy: ResolvedPolicy,
  key: string | undefined,
): unknown {
  if (typeof value === 'string')
    return key !== undefined && STRUCTURAL_KEYS.has(key) ? value : redactText(value, redact, policy);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact, policy, undefined));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, redact, policy, k);
    return out;
  }
  return value;
}

function redactText(text: string, redact: ReadonlySet<CategoryId>, policy: ResolvedPolicy): string {
  if (text.length === 0) return text;
  const detection = detect(text, policy);
  const spans: { start: number; end: number; category: CategoryId }[] = [];
  for (const finding of detection.findings) {
    if (!redact.has(finding.category)) continue;
    const at = locateFinding(detection.layout, finding);
    if (at && at.end > at.start) spans.push({ start: at.start, end: at.end, category: finding.category });
  }
  if (spans.length === 0) return text;
  // Overlapping findings (two detectors, one value) merge into one replacement.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.end <= cursor) continue;
    out += text.slice(cursor, Math.max(cursor, span.start));
    if (span.start >= cursor) out += `[REDACTED:${span.category}]`;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}
