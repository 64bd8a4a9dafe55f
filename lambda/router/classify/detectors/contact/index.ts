import type { Detector } from '../../types';
import { emailDetector } from './email';
import { ipDetector } from './ip';
import { phoneDetector } from './phone';

export const contactDetectors: readonly Detector[] = [emailDetector, phoneDetector, ipDetector];
