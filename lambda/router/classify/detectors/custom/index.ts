import type { CategoryId } from '../../../../../lib/policy/categories';
import type { CustomPattern, ResolvedPolicy } from '../../../../../lib/policy/types';
import type { Detector, ScanDoc } from '../../types';
import { dictionaryDetector } from './dictionary';
import { assertSafePattern } from '../../../../../lib/policy/safe-pattern';

export { assertSafePattern } from '../../../../../lib/policy/safe-pattern';

/** A policy's detectors, compiled once per policy object. */
const compiled = new WeakMap<ResolvedPolicy, readonly Detector[]>();

function patternDetector(pattern: CustomPattern): Detector {
  const flags = pattern.flags ?? 'i';
  // Policy validation rejects unsafe patterns; checking again here keeps an unvalidated policy from
  // reaching the hot path (the throw makes classification fail closed).
  try {
    assertSafePattern(pattern.pattern, flags);
  } catch (error) {
    throw new Error(`custom pattern "${pattern.name}": ${(error as Error).message}`);
  }
  const re = new RegExp(pattern.pattern, `${flags}g`);
  const category: CategoryId = pattern.category ?? 'prop.custom';
  const detector = `custom.${pattern.name}`;
  return {
    id: detector,
    categories: [category],
    scan(doc: ScanDoc): void {
      re.lastIndex = 0;
      for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
        if (m[0].length === 0) {
          re.lastIndex++; // an empty match would loop forever
          continue;
        }
        doc.add(category, m.index, m.index + m[0].length, detector);
      }
    },
  };
}

/** Detectors for the organisation's own patterns and dictionaries in the policy. */
export function customDetectors(policy: ResolvedPolicy): readonly Detector[] {
  let detectors = compiled.get(policy);
  if (detectors === undefined) {
    const list = policy.customPatterns.map(patternDetector);
    const dictionaries = dictionaryDetector(policy.dictionaries);
    if (dictionaries !== undefined) list.push(dictionaries);
    detectors = list;
    compiled.set(policy, detectors);
  }
  return detectors;
}
