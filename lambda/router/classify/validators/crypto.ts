/**
 * Cryptocurrency address checks: Base58Check (Bitcoin, Litecoin, Dogecoin; XRP with the Ripple
 * alphabet), bech32 / bech32m segwit addresses (BIP-173, BIP-350) and Ethereum EIP-55.
 */
import { createHash } from 'node:crypto';
import { keccak256 } from './keccak';

const BITCOIN_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const RIPPLE_ALPHABET = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';

function alphabetTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const BITCOIN_TABLE = alphabetTable(BITCOIN_ALPHABET);
const RIPPLE_TABLE = alphabetTable(RIPPLE_ALPHABET);

/** Base58 decode with the given alphabet table; undefined on a character outside it. */
function base58Decode(text: string, table: Int8Array): Uint8Array | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? table[code] : -1;
    if (value < 0) return undefined;
    let carry = value;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j] * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  // Each leading zero digit (the alphabet's first character) encodes a leading zero byte.
  const zeroDigit = table.indexOf(0);
  for (let i = 0; i < text.length && text.charCodeAt(i) === zeroDigit; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** Version byte of a valid 25-byte Base58Check payload (checksum = first 4 bytes of SHA-256²). */
function base58CheckVersion(text: string, table: Int8Array): number | undefined {
  const bytes = base58Decode(text, table);
  if (bytes === undefined || bytes.length !== 25) return undefined;
  const checksum = sha256(sha256(bytes.subarray(0, 21)));
  for (let i = 0; i < 4; i++) if (checksum[i] !== bytes[21 + i]) return undefined;
  return bytes[0];
}

// Version bytes of pay-to-pubkey-hash and pay-to-script-hash addresses on each main network.
const BASE58_VERSIONS: ReadonlyMap<string, readonly number[]> = new Map([
  ['1', [0x00]], // Bitcoin P2PKH
  ['3', [0x05]], // Bitcoin P2SH (also Litecoin's legacy P2SH)
  ['L', [0x30]], // Litecoin P2PKH
  ['M', [0x32]], // Litecoin P2SH
  ['D', [0x1e]], // Dogecoin P2PKH
]);

/** A Base58Check address of Bitcoin, Litecoin or Dogecoin with the right version byte. */
export function base58AddressValid(address: string): boolean {
  if (address.length < 26 || address.length > 35) return false;
  const versions = BASE58_VERSIONS.get(address[0]);
  if (versions === undefined) return false;
  const version = base58CheckVersion(address, BITCOIN_TABLE);
  return version !== undefined && versions.includes(version);
}

/** An XRP Ledger classic address: Ripple alphabet, account-id version 0, Base58Check. */
export function xrpAddressValid(address: string): boolean {
  if (address.length < 25 || address.length > 35 || address[0] !== 'r') return false;
  return base58CheckVersion(address, RIPPLE_TABLE) === 0;
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_TABLE = alphabetTable(BECH32_CHARSET);
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GENERATOR[i];
  }
  return chk >>> 0;
}

/** Regroup 5-bit values into bytes; undefined when the padding is not zero or too long. */
function fiveToEight(data: readonly number[]): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  for (const value of data) {
    acc = (acc << 5) | value;
    bits += 5;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits >= 5 || acc !== 0) return undefined;
  return out;
}

/** Human-readable parts of the segwit main networks accepted: Bitcoin and Litecoin. */
export const SEGWIT_PREFIXES: readonly string[] = ['bc', 'ltc'];

/**
 * A segwit address (BIP-173 / BIP-350): single case, known prefix, witness version 0 with a
 * 20- or 32-byte program under bech32, or version 1-16 with a 2-40 byte program under bech32m.
 */
export function segwitAddressValid(address: string): boolean {
  if (address.length > 90 || (address !== address.toLowerCase() && address !== address.toUpperCase()))
    return false;
  const lower = address.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator - 1 < 7) return false;
  const hrp = lower.slice(0, separator);
  if (!SEGWIT_PREFIXES.includes(hrp)) return false;
  const data: number[] = [];
  for (let i = separator + 1; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const value = code < 128 ? BECH32_TABLE[code] : -1;
    if (value < 0) return false;
    data.push(value);
  }
  const expanded: number[] = [];
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) >> 5);
  expanded.push(0);
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) & 31);
  const check = polymod([...expanded, ...data]);
  const version = data[0];
  if (version > 16) return false;
  if (check !== (version === 0 ? BECH32_CONST : BECH32M_CONST)) return false;
  const program = fiveToEight(data.slice(1, -6));
  if (program === undefined || program.length < 2 || program.length > 40) return false;
  return version !== 0 || program.length === 20 || program.length === 32;
}

/**
 * An Ethereum address (`0x` + 40 hex). All-lower or all-upper hex carries no checksum and is
 * accepted; mixed case must match EIP-55 (upper case where the keccak-256 nibble of the
 * lower-case hex is 8 or more).
 */
export function ethereumAddressValid(address: string): boolean {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) return false;
  const hex = address.slice(2);
  const lower = hex.toLowerCase();
  if (hex === lower || hex === hex.toUpperCase()) return true;
  const hash = keccak256(new TextEncoder().encode(lower));
  for (let i = 0; i < 40; i++) {
    const c = hex.charCodeAt(i);
    if (c < 0x41) continue; // digits have no case
    const nibble = i % 2 === 0 ? hash[i >> 1] >> 4 : hash[i >> 1] & 0x0f;
    const upper = c <= 0x46;
    if (upper !== nibble >= 8) return false;
  }
  return true;
}
