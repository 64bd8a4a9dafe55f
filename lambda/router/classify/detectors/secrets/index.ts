import type { Detector } from '../../types';
import { connectionStringDetector } from './connection-strings';
import { awsSecretKeyDetector, privateKeyDetector } from './keys';
import { labelledSecretDetector } from './labelled';
import { passwordDetector } from './passwords';
import { tokenDetector } from './tokens';

/** secret.*: AWS keys, private keys, JWTs, API tokens, passwords and connection strings. */
export const secretsDetectors: readonly Detector[] = [
  tokenDetector,
  labelledSecretDetector,
  awsSecretKeyDetector,
  privateKeyDetector,
  passwordDetector,
  connectionStringDetector,
];
