import { DEFAULT_POLICY } from '../../../lib/policy/defaults';
import type { Decision, RequestContext, ResolvedPolicy } from '../../../lib/policy/types';
import { ClassificationTimeoutError, detect, type Detection } from '../classify/detect';
import { decide, type ClassificationFailure } from './decide';

/** Where the time went, in microseconds. */
export interface DecisionTimings {
  /** Normalization, detectors and topic model (up to the failure, when classification failed). */
  readonly detectUs: number;
  /** The policy engine. */
  readonly decideUs: number;
  readonly totalUs: number;
}

export interface ClassifiedRequest {
  readonly decision: Decision;
  /**
   * The detection with its findings (offsets, never values), for redaction. Absent when
   * classification failed: the decision is then private (or block) and nothing may be redacted.
   */
  readonly detection?: Detection;
  readonly timings: DecisionTimings;
}

/**
 * Classify a request and decide its route, failing closed: any exception inside classification, or
 * a time-budget overrun, yields a sensitive decision with reason `classifier.error` or
 * `classifier.timeout`, so a broken classifier can never send a request to the cloud.
 */
export function classifyRequest(
  request: unknown,
  context: RequestContext = {},
  policy: ResolvedPolicy = DEFAULT_POLICY,
): ClassifiedRequest {
  const started = performance.now();
  let detection: Detection | undefined;
  let failure: ClassificationFailure | undefined;
  try {
    detection = detect(request, policy);
  } catch (error) {
    failure = { failure: error instanceof ClassificationTimeoutError ? 'timeout' : 'error' };
  }
  const detected = performance.now();
  const decision = decide(detection ?? failure ?? { failure: 'error' }, context, policy);
  const finished = performance.now();
  return {
    decision,
    detection,
    timings: {
      detectUs: microseconds(detected - started),
      decideUs: microseconds(finished - detected),
      totalUs: microseconds(finished - started),
    },
  };
}

function microseconds(ms: number): number {
  return Math.round(ms * 1000);
}
