import { joseHeaderValid, prefixedTokenChecksumValid } from '../../validators/secrets';
import type { Detector, ScanDoc } from '../../types';

/**
 * Credentials recognisable by a vendor prefix: AWS access key ids, API tokens of the common
 * providers and JWTs. One pass of one regex whose branches all start with a literal prefix; the
 * look-behind makes a token start at a word edge, so a long run of token characters is tried once.
 */
const PREFIXED = new RegExp(
  '(?<![A-Za-z0-9_-])(?:' +
    [
      '(?<aws>(?:AKIA|ASIA)[A-Z2-7]{16})(?![A-Za-z0-9])',
      '(?<crc>(?:gh[pousr]|npm)_[A-Za-z0-9]{36})(?![A-Za-z0-9])',
      '(?<jwt>eyJ[A-Za-z0-9_-]{8,2048}\\.\\r?\\n?eyJ[A-Za-z0-9_-]{2,8192}\\.\\r?\\n?[A-Za-z0-9_-]{0,2048})',
      [
        'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
        'xox[abprse]-[0-9]{8,14}-[0-9]{8,14}(?:-[0-9]{8,14})?-[A-Za-z0-9]{24,34}',
        'xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{32,80}',
        'https://hooks\\.slack\\.com/(?:services|workflows)/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,40}',
        '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}',
        'whsec_[A-Za-z0-9+/]{24,64}',
        'sk-ant-(?:api|admin|sid)[0-9]{2}-[A-Za-z0-9_-]{80,120}',
        'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}',
        'sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}',
        'sk-[A-Za-z0-9]{32,64}',
        'AIza[0-9A-Za-z_-]{35}',
        'gl(?:pat|rt|dt|ptt|cbt|imt|oas|ft|soat)-[A-Za-z0-9_-]{20,64}',
        'SK[0-9a-f]{32}',
        'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}',
        'hf_[A-Za-z0-9]{34}',
        'shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}',
        'do[opr]_v1_[a-f0-9]{64}',
        'key-[0-9a-f]{32}',
      ]
        .map((branch) => `(?:${branch})(?![A-Za-z0-9])`)
        .join('|'),
    ].join('|') +
    ')',
  'g',
);

/** Cheap gate: every branch contains one of these; most prompts contain none. */
const HINT =
  /\b(?:AKIA|ASIA|eyJ|gh[pousr]_|npm_|github_pat_|xox[abprse]-|xapp-|[sr]k_(?:live|test)_|whsec_|sk-|AIza|gl[a-z]{1,4}-|SK[0-9a-f]{8}|SG\.|hf_|shp[a-z]{2}_|do[opr]_v1_|key-[0-9a-f]{8})|hooks\.slack\.com/;

/** A random token body mixes character classes; "sk-abcdefghijklmnopqrstuvwxyzabcdef" does not. */
function looksRandom(s: string): boolean {
  const classes = Number(/[0-9]/.test(s)) + Number(/[a-z]/.test(s)) + Number(/[A-Z]/.test(s));
  return classes >= 2;
}

function scanTokens(doc: ScanDoc): void {
  const text = doc.text;
  if (!HINT.test(text)) return;
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(text); m !== null; m = PREFIXED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.groups!;
    if (g.aws !== undefined) {
      // AWS's documentation key (AKIAIOSFODNN7EXAMPLE) is published, not issued.
      if (!g.aws.endsWith('EXAMPLE')) doc.add('secret.aws_key', start, end, 'secret.aws_key/access-key-id');
    } else if (g.crc !== undefined) {
      if (prefixedTokenChecksumValid(g.crc))
        doc.add('secret.api_token', start, end, 'secret.api_token/crc32');
    } else if (g.jwt !== undefined) {
      const header = g.jwt.slice(0, g.jwt.indexOf('.'));
      if (joseHeaderValid(header)) doc.add('secret.jwt', start, end, 'secret.jwt/jose-header');
    } else if (looksRandom(m[0].slice(m[0].search(/[_.-]/) + 1))) {
      doc.add('secret.api_token', start, end, 'secret.api_token/prefix');
    }
  }
}

export const tokenDetector: Detector = {
  id: 'secrets.tokens',
  categories: ['secret.aws_key', 'secret.api_token', 'secret.jwt'],
  scan: scanTokens,
};
