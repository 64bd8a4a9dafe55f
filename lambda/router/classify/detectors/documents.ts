import type { Detector } from '../types';

export const documentsDetectors: readonly Detector[] = [];
