import type { Detector } from '../types';

export const diagnosisDetectors: readonly Detector[] = [];
