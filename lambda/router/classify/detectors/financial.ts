import type { Detector } from '../types';

export const financialDetectors: readonly Detector[] = [];
