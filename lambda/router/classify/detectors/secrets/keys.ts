import type { Detector, ScanDoc } from '../../types';
import { isPlaceholder } from './placeholders';

/**
 * Key material: PEM / OpenSSH / PGP private keys, PuTTY key files, and AWS secret access keys
 * (40 characters of base64 next to an access key id or an "aws_secret_access_key" label).
 */

// The armor line alone appears in questions about PEM formats; a key follows it with base64.
const PEM_BEGIN =
  /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP|ED25519|SSH2?) )?PRIVATE KEY(?: BLOCK)?-----/g;
const PUTTY = /PuTTY-User-Key-File-[23]: /g;
const PUTTY_PRIVATE_LINES = /Private-Lines: ?[0-9]{1,3}\s{1,4}[A-Za-z0-9+/=]{32}/;

/**
 * True when base64 key material follows: at least `MIN_KEY_BASE64` base64 characters in the next
 * `window` characters, one line of them at least `MIN_LINE` long (PEM lines are 64 characters),
 * stopping at the END armor line. Words that happen to follow an armor line do not qualify.
 */
function keyMaterialFollows(text: string, from: number, window: number): boolean {
  let count = 0;
  let line = 0;
  let classes = 0; // bit 1 upper, 2 lower, 4 digit, within the current line
  let keyLine = false;
  const to = Math.min(text.length, from + window);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const cls =
      c >= 65 && c <= 90
        ? 1
        : c >= 97 && c <= 122
          ? 2
          : c >= 48 && c <= 57
            ? 4
            : c === 43 || c === 47 || c === 61
              ? 8
              : 0;
    if (cls !== 0) {
      count++;
      line++;
      classes |= cls;
      // Random key bytes in base64 mix upper case, lower case and digits on every line.
      if (line >= MIN_LINE && (classes & 7) === 7) keyLine = true;
    } else {
      line = 0;
      classes = 0;
      if (c === 45 && text.startsWith('-----END', i)) break;
    }
  }
  return count >= MIN_KEY_BASE64 && keyLine;
}

const MIN_KEY_BASE64 = 64;
const MIN_LINE = 40;

function scanPrivateKeys(doc: ScanDoc): void {
  const text = doc.text;
  if (text.includes('PRIVATE KEY')) {
    PEM_BEGIN.lastIndex = 0;
    for (let m = PEM_BEGIN.exec(text); m !== null; m = PEM_BEGIN.exec(text)) {
      const bodyStart = m.index + m[0].length;
      // Encrypted PEM keeps "Proc-Type"/"DEK-Info" headers before the body; the window allows them.
      if (keyMaterialFollows(text, bodyStart, 256)) {
        doc.add('secret.private_key', m.index, bodyStart, 'secret.private_key/pem');
      }
    }
  }
  if (text.includes('PuTTY-User-Key-File-')) {
    PUTTY.lastIndex = 0;
    for (let m = PUTTY.exec(text); m !== null; m = PUTTY.exec(text)) {
      const window = text.slice(m.index, m.index + 4096);
      if (PUTTY_PRIVATE_LINES.test(window)) {
        doc.add('secret.private_key', m.index, m.index + m[0].length, 'secret.private_key/putty');
      }
    }
  }
}

// 40 base64 characters standing alone (not part of a longer run).
const AWS_SECRET_VALUE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
// What announces a secret access key: its label, an access key id, or "AWS … secret".
const AWS_SECRET_CONTEXT =
  /aws_?secret|secret_?access_?key|secretaccesskey|secret access key|\b(?:akia|asia)[a-z2-7]{16}\b|aws.{0,40}secret|secret.{0,20}aws/g;
const AWS_SECRET_WINDOW = 200;
const AWS_SECRET_LENGTH = 40;

/** Issued secret keys mix upper case, lower case and digits; hex digests and words do not. */
function looksLikeAwsSecret(value: string): boolean {
  return (
    /[A-Z]/.test(value) &&
    /[a-z]/.test(value) &&
    /[0-9]/.test(value) &&
    !isPlaceholder(value) &&
    !/EXAMPLE/.test(value)
  );
}

/** Look for the 40-character value only in the window after each piece of context. */
function scanAwsSecrets(doc: ScanDoc): void {
  const lower = doc.lower;
  if (!lower.includes('secret') && !lower.includes('akia') && !lower.includes('asia')) return;
  const text = doc.text;
  let searchedTo = 0;
  AWS_SECRET_CONTEXT.lastIndex = 0;
  for (let c = AWS_SECRET_CONTEXT.exec(lower); c !== null; c = AWS_SECRET_CONTEXT.exec(lower)) {
    const from = Math.max(c.index, searchedTo);
    const to = Math.min(text.length, c.index + c[0].length + AWS_SECRET_WINDOW);
    if (from >= to) continue;
    // Search a slice that ends just past the last value that may start in the window (and keeps one
    // character on each side for the lookarounds): over the whole text, a failed search would run
    // to its end once per context word, quadratic in a text full of "secret".
    const sliceFrom = Math.max(0, from - 1);
    const window = text.slice(sliceFrom, Math.min(text.length, to + AWS_SECRET_LENGTH + 1));
    AWS_SECRET_VALUE.lastIndex = from - sliceFrom;
    for (let m = AWS_SECRET_VALUE.exec(window); m !== null; m = AWS_SECRET_VALUE.exec(window)) {
      const start = sliceFrom + m.index;
      if (start >= to) break;
      if (looksLikeAwsSecret(m[0]))
        doc.add('secret.aws_key', start, start + AWS_SECRET_LENGTH, 'secret.aws_key/secret-access-key');
    }
    searchedTo = to;
  }
}

export const privateKeyDetector: Detector = {
  id: 'secrets.private-keys',
  categories: ['secret.private_key'],
  scan: scanPrivateKeys,
};

export const awsSecretKeyDetector: Detector = {
  id: 'secrets.aws-secret-key',
  categories: ['secret.aws_key'],
  scan: scanAwsSecrets,
};
