import type { Detector } from '../types';

export const secretsDetectors: readonly Detector[] = [];
