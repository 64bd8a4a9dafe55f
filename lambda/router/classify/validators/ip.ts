/**
 * IP address parsing and the "does this address identify someone" test. Only public unicast
 * addresses are personal data: they are assigned to a subscriber and appear in logs as the
 * source of a request. Private (RFC 1918), loopback, link-local, carrier-grade NAT, multicast,
 * documentation and other special-purpose ranges (IANA special-purpose registries) identify no
 * one outside the network that uses them, so a question about a router at 192.168.0.1 or a VPC
 * CIDR stays on the cloud route.
 */

/** Parse dotted-quad IPv4 (no leading zeros beyond a single 0) to a 32-bit number. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part) || (part.length > 1 && part[0] === '0')) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

// [network, prefix length] of IPv4 special-purpose blocks (IANA IPv4 Special-Purpose Registry, plus multicast).
const IPV4_SPECIAL: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const IPV4_SPECIAL_RANGES = IPV4_SPECIAL.map(([network, bits]) => {
  const size = 2 ** (32 - bits);
  const start = parseIpv4(network)!;
  return [start, start + size - 1] as const;
});

/** True for a public unicast IPv4 address (given as a 32-bit number). */
export function ipv4IsPublic(value: number): boolean {
  for (const [start, end] of IPV4_SPECIAL_RANGES) if (value >= start && value <= end) return false;
  return true;
}

/** An IPv6 address as its 8 hextets, plus the embedded IPv4 value when written in dotted form. */
export interface Ipv6 {
  readonly hextets: readonly number[];
  /** Number of hextets written out (not implied by "::"), counting a dotted IPv4 tail as two. */
  readonly written: number;
}

/** Parse RFC 4291 text forms: full, "::"-compressed, and with a dotted IPv4 tail. */
export function parseIpv6(text: string): Ipv6 | undefined {
  if (text.length < 2 || text.length > 45) return undefined;
  const doubleColon = text.indexOf('::');
  if (doubleColon !== -1 && text.indexOf('::', doubleColon + 1) !== -1) return undefined;
  const head = doubleColon === -1 ? text : text.slice(0, doubleColon);
  const tail = doubleColon === -1 ? '' : text.slice(doubleColon + 2);
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === '' ? [] : tail.split(':');
  const parsePart = (parts: string[]): number[] | undefined => {
    const out: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (v4 === undefined) return undefined;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) out.push(parseInt(part, 16));
      else return undefined;
    }
    return out;
  };
  // A dotted IPv4 tail may only end the address.
  if (doubleColon !== -1 && headParts.some((p) => p.includes('.'))) return undefined;
  const before = parsePart(headParts);
  const after = parsePart(tailParts);
  if (before === undefined || after === undefined) return undefined;
  const written = before.length + after.length;
  if (doubleColon === -1) return written === 8 ? { hextets: before, written } : undefined;
  if (written > 7) return undefined;
  return { hextets: [...before, ...new Array<number>(8 - written).fill(0), ...after], written };
}

/**
 * True for a public IPv6 address: global unicast (2000::/3) outside the documentation prefixes
 * (2001:db8::/32, 3fff::/20); IPv4-mapped, IPv4-compatible and NAT64 forms are judged by their
 * IPv4 part.
 */
export function ipv6IsPublic(ip: Ipv6): boolean {
  const h = ip.hextets;
  const embeddedV4 = h[6] * 65536 + h[7];
  const zeroPrefix = h[0] === 0 && h[1] === 0 && h[2] === 0 && h[3] === 0 && h[4] === 0;
  if (zeroPrefix && (h[5] === 0xffff || h[5] === 0) && embeddedV4 > 1) return ipv4IsPublic(embeddedV4);
  if (h[0] === 0x64 && h[1] === 0xff9b && h[2] === 0 && h[3] === 0 && h[4] === 0 && h[5] === 0) {
    return ipv4IsPublic(embeddedV4);
  }
  if (h[0] < 0x2000 || h[0] > 0x3fff) return false;
  if (h[0] === 0x2001 && h[1] === 0x0db8) return false;
  if (h[0] === 0x3fff && h[1] < 0x1000) return false;
  return true;
}
