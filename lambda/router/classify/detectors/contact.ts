import type { Detector } from '../types';

export const contactDetectors: readonly Detector[] = [];
