import type { Detector } from '../types';

export const proprietaryDetectors: readonly Detector[] = [];
