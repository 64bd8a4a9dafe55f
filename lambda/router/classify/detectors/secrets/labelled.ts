import type { Detector, ScanDoc } from '../../types';
import { isPlaceholder } from './placeholders';
import { readValue } from './values';

/**
 * API keys of providers without a recognisable prefix, found by their label: `api_key=…`,
 * `"client_secret": "…"`, `X-API-Key: …`, `Authorization: Bearer …`. The value must look issued
 * (20+ characters mixing letters and digits) and not be a placeholder or a variable.
 */
const LABEL =
  /(?<![a-z])(?:api[_-]?key|apikey|api[_-]?token|access[_-]?token|auth[_-]?token|secret[_-]?key|client[_-]?secret|app[_-]?secret|private[_-]?token|x-api-key|bearer)(?![a-z])["'`]?[ \t]{0,4}(?:[:=]|:=|=>)?[ \t]{0,4}/g;

const HINT =
  /api[_-]?key|apikey|api[_-]?token|access[_-]?token|auth[_-]?token|secret[_-]?key|client[_-]?secret|app[_-]?secret|private[_-]?token|bearer/;

function looksIssued(value: string): boolean {
  if (value.length < 20 || value.length > 512 || isPlaceholder(value)) return false;
  if (!/^[A-Za-z0-9_\-.+/=~]+$/.test(value)) return false;
  // A UUID under such a label is a key too (some providers issue UUID keys).
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

function scanLabelledSecrets(doc: ScanDoc): void {
  const lower = doc.lower;
  if (!HINT.test(lower)) return;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(lower); m !== null; m = LABEL.exec(lower)) {
    const { value, end } = readValue(doc.text, m.index + m[0].length);
    if (looksIssued(value)) doc.add('secret.api_token', m.index, end, 'secret.api_token/labelled');
  }
}

export const labelledSecretDetector: Detector = {
  id: 'secrets.labelled',
  categories: ['secret.api_token'],
  scan: scanLabelledSecrets,
};
