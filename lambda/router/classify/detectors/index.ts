import type { Detector } from '../types';
import { contactDetectors } from './contact';
import { diagnosisDetectors } from './diagnosis';
import { documentsDetectors } from './documents';
import { financialDetectors } from './financial';
import { healthDetectors } from './health';
import { nationalIdsDetectors } from './national-ids';
import { peopleDetectors } from './people';
import { proprietaryDetectors } from './proprietary';
import { secretsDetectors } from './secrets';
import { usIdsDetectors } from './us-ids';

export { customDetectors } from './custom';

/** Every built-in detector, in the order they run. */
export const BUILT_IN_DETECTORS: readonly Detector[] = [
  ...secretsDetectors,
  ...financialDetectors,
  ...usIdsDetectors,
  ...nationalIdsDetectors,
  ...healthDetectors,
  ...documentsDetectors,
  ...contactDetectors,
  ...proprietaryDetectors,
  ...peopleDetectors,
  ...diagnosisDetectors,
];
