import { Token } from 'aws-cdk-lib';

/**
 * Synth-time checks shared by the constructs. Every check skips unresolved tokens (a value only
 * known at deploy time cannot be judged here) and throws a message naming the bad value and the fix.
 */

const IPV4_OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);
const IPV4_CIDR = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}/([0-9]|[12][0-9]|3[0-2])$`);

/** Returns true when `value` is a dotted-quad IPv4 address. */
export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

/** Throws unless `value` is an IPv4 address; `what` names the prop in the message. */
export function assertIpv4(what: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  if (!isIpv4(value)) {
    throw new Error(`${what} must be an IPv4 address such as 203.0.113.10, got '${value}'`);
  }
}

/** Throws unless `value` is an IPv4 CIDR block whose address has no bits beyond the prefix. */
export function assertIpv4Cidr(what: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  if (!IPV4_CIDR.test(value)) {
    throw new Error(`${what} must be an IPv4 CIDR block such as 10.0.0.0/16, got '${value}'`);
  }
  const [address, prefixText] = value.split('/');
  const prefix = Number(prefixText);
  const bits = ipv4ToNumber(address);
  const hostMask = prefix === 32 ? 0 : 2 ** (32 - prefix) - 1;
  if (bits % (hostMask + 1) !== 0) {
    const network = numberToIpv4(bits - (bits % (hostMask + 1)));
    throw new Error(`${what} '${value}' has host bits set; use the network address ${network}/${prefix}`);
  }
}

/** Whether two IPv4 CIDR blocks share any address. Both must be valid, resolved CIDRs. */
export function cidrsOverlap(a: string, b: string): boolean {
  const [startA, endA] = cidrRange(a);
  const [startB, endB] = cidrRange(b);
  return startA <= endB && startB <= endA;
}

function cidrRange(cidr: string): [number, number] {
  const [address, prefixText] = cidr.split('/');
  const size = 2 ** (32 - Number(prefixText));
  const start = ipv4ToNumber(address);
  return [start, start + size - 1];
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/**
 * ASNs a customer gateway may use: 1–4294967294, minus 0, 23456 (AS_TRANS), 65535 and 4294967295
 * (reserved by RFC 7300), and 7224 / 9059 / 10124 / 17943 which AWS reserves in its regions.
 */
const RESERVED_ASNS: ReadonlySet<number> = new Set([7224, 9059, 10124, 17943, 23456, 65535]);

/** Throws unless `value` is a BGP ASN a customer gateway may use. */
export function assertBgpAsn(what: string, value: number): void {
  if (Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < 1 || value > 4294967294) {
    throw new Error(`${what} must be an integer between 1 and 4294967294, got ${value}`);
  }
  if (RESERVED_ASNS.has(value)) {
    throw new Error(
      `${what} ${value} is reserved; choose a private ASN such as 65000 (64512-65534 or 4200000000-4294967294)`,
    );
  }
}

/** Throws unless `value` is an Amazon-side ASN for a virtual private or transit gateway. */
export function assertAmazonSideAsn(what: string, value: number): void {
  if (Token.isUnresolved(value)) return;
  const inPrivate16 = value >= 64512 && value <= 65534;
  const inPrivate32 = value >= 4200000000 && value <= 4294967294;
  if (!Number.isInteger(value) || !(inPrivate16 || inPrivate32)) {
    throw new Error(`${what} must be a private ASN (64512-65534 or 4200000000-4294967294), got ${value}`);
  }
}

/** Options for `assertBackendUrl`. */
export interface BackendUrlRules {
  /** Accept `http:` (for a TLS-terminating proxy in the same network). */
  readonly allowInsecureHttp: boolean;
}

/** Throws unless `value` is an absolute http(s) URL without credentials, query or fragment. */
export function assertBackendUrl(what: string, value: string, rules: BackendUrlRules): void {
  if (Token.isUnresolved(value)) return;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${what} must be an absolute URL such as https://vllm.example.internal/v1, got '${value}'`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${what} must use https, got '${value}'`);
  }
  if (url.protocol === 'http:' && !rules.allowInsecureHttp) {
    throw new Error(
      `${what} must use https, got '${value}'; set allowInsecureHttp: true only if TLS ends at a proxy inside the private network`,
    );
  }
  if (url.username || url.password) {
    throw new Error(
      `${what} must not embed credentials, got '${url.protocol}//${url.host}…'; put the API key in apiKeySecret`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`${what} must not carry a query or fragment, got '${value}'`);
  }
}

/** The TCP port a resolved URL connects to. */
export function urlPort(value: string): number {
  const url = new URL(value);
  if (url.port) return Number(url.port);
  return url.protocol === 'http:' ? 80 : 443;
}

/** Throws when both members of a paired prop are given: "either X or Y, not both". */
export function assertNotBoth(what: string, first: [string, unknown], second: [string, unknown]): void {
  if (first[1] !== undefined && second[1] !== undefined) {
    throw new Error(`${what}: pass either ${first[0]} or ${second[0]}, not both`);
  }
}

/** Throws unless `value` is an integer within [min, max]. */
export function assertIntegerInRange(what: string, value: number, min: number, max: number): void {
  if (Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${what} must be an integer between ${min} and ${max}, got ${value}`);
  }
}
