import type { ResolvedPolicy } from '../../../../lib/policy/types';
import type { Detector } from '../types';

/** Detectors for the organisation's own patterns and dictionaries in the policy. */
export function customDetectors(_policy: ResolvedPolicy): readonly Detector[] {
  return [];
}
