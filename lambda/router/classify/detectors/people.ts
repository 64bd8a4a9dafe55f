import type { Detector } from '../types';

export const peopleDetectors: readonly Detector[] = [];
