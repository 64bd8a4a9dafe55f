import type { Detector } from '../../types';
import { bankAccountDetector } from './bank-account';
import { bicDetector } from './bic';
import { cardDetector } from './cards';
import { cryptoDetector } from './crypto';
import { ibanDetector } from './iban';

export const financialDetectors: readonly Detector[] = [
  cardDetector,
  ibanDetector,
  bicDetector,
  bankAccountDetector,
  cryptoDetector,
];
