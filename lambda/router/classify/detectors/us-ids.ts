import type { Detector } from '../types';

export const usIdsDetectors: readonly Detector[] = [];
