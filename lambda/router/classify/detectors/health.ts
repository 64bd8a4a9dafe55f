import type { Detector } from '../types';

export const healthDetectors: readonly Detector[] = [];
