import type { Detector } from '../../types';
import { addressDetector } from './addresses';
import { personNameDetector } from './names';

export { personNameSpans } from './names';

/** pii.person_name and pii.address. */
export const peopleDetectors: readonly Detector[] = [personNameDetector, addressDetector];
