import type { Detector } from '../types';

export const nationalIdsDetectors: readonly Detector[] = [];
