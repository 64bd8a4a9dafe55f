import {
  base58AddressValid,
  ethereumAddressValid,
  segwitAddressValid,
  xrpAddressValid,
} from '../../validators/crypto';
import type { Detector, ScanDoc } from '../../types';

// Literal-led candidates, each bounded, not glued to a longer token.
const BASE58_CANDIDATE = /(?<![A-Za-z0-9])[13LMDr][1-9A-HJ-NP-Za-km-z]{24,34}(?![A-Za-z0-9])/g;
const SEGWIT_CANDIDATE = /(?<![A-Za-z0-9])(?:bc1|ltc1)[ac-hj-np-z02-9]{6,87}(?![A-Za-z0-9])/gi;
const ETHEREUM_CANDIDATE = /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g;

function scanWith(doc: ScanDoc, re: RegExp, valid: (candidate: string) => boolean, detectorId: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    if (valid(m[0])) doc.add('fin.crypto_wallet', m.index, m.index + m[0].length, detectorId);
  }
}

/**
 * fin.crypto_wallet: Bitcoin / Litecoin / Dogecoin Base58Check, XRP (Ripple alphabet), segwit
 * bech32 / bech32m, and Ethereum (EIP-55 when mixed case). Every address is checksum-verified.
 */
export const cryptoDetector: Detector = {
  id: 'financial.crypto',
  categories: ['fin.crypto_wallet'],
  scan(doc: ScanDoc): void {
    scanWith(
      doc,
      BASE58_CANDIDATE,
      (c) => (c[0] === 'r' ? xrpAddressValid(c) : base58AddressValid(c)),
      'fin.crypto_wallet/base58check',
    );
    scanWith(doc, SEGWIT_CANDIDATE, segwitAddressValid, 'fin.crypto_wallet/bech32');
    scanWith(doc, ETHEREUM_CANDIDATE, ethereumAddressValid, 'fin.crypto_wallet/eip55');
  },
};
