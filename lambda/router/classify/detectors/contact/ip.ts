import { ipv4IsPublic, ipv6IsPublic, parseIpv4, parseIpv6 } from '../../validators/ip';
import { isWordCode } from '../../validators/digit-windows';
import type { DigitRun, Detector, ScanDoc } from '../../types';

// Dotted numbers that are section, version or build numbers ("section 9.9.9.5", "version 1.2.3.4").
const NOT_AN_ADDRESS =
  /(?:version|\bver\.?|release|build|section|\bsec\.?|§|chapter|clause|article|\bart\.|rule|step|figure|\bfig\.?|table|paragraph|\bpara\.?|appendix|\brev\.?|revision|firmware|patch|\bv)\s*$/;
const MAX_IPV6_TEXT = 45;

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * IPv4 from the digit runs (already assembled across dots): four groups of 1-3 digits joined by
 * single dots, not followed or preceded by another dotted group (versions like 1.2.3.4.5).
 */
function scanIpv4(doc: ScanDoc, run: DigitRun): void {
  const groups = run.groupStarts.length;
  const text = doc.text;
  for (let k = 0; k + 3 < groups; k++) {
    if ((k > 0 && run.seps[k - 1] === '.') || (k + 4 < groups && run.seps[k + 3] === '.')) continue;
    if (run.seps[k] !== '.' || run.seps[k + 1] !== '.' || run.seps[k + 2] !== '.') continue;
    const from = run.groupStarts[k];
    const to = k + 4 < groups ? run.groupStarts[k + 4] : run.digits.length;
    const start = run.positions[from];
    const end = run.positions[to - 1] + 1;
    if (start > 0 && (isWordCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) continue;
    if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
    const value = parseIpv4(text.slice(start, end));
    if (value === undefined || !ipv4IsPublic(value)) continue;
    if (doc.hasContext(start, start, NOT_AN_ADDRESS, 16, 0)) continue;
    doc.add('pii.ip_address', start, end, 'pii.ip_address/v4');
    k += 3;
  }
}

function isHexOrColon(c: number): boolean {
  return isHex(c) || c === 58;
}

/** IPv6 around each colon: the hex/colon/dot token holding it, parsed by RFC 4291 rules. */
function scanIpv6(doc: ScanDoc): void {
  const text = doc.text;
  const n = text.length;
  // `runStart` is where the run of hex digits and colons ending before `walked` starts. Each colon
  // reads backwards only down to the previous colon (or 45 characters), so "1:1:1:…" does not
  // re-read the characters before every colon.
  let walked = 0;
  let runStart = 0;
  let colon = text.indexOf(':');
  while (colon !== -1) {
    const low = Math.max(colon - MAX_IPV6_TEXT, walked);
    let p = colon;
    while (p > low && isHexOrColon(text.charCodeAt(p - 1))) p--;
    if (p > low || low > walked) runStart = p; // otherwise the run goes on from before `walked`
    walked = colon;
    const start = Math.max(runStart, colon - MAX_IPV6_TEXT);
    let end = colon;
    while (end < n && end - start < MAX_IPV6_TEXT) {
      const c = text.charCodeAt(end);
      if (!isHex(c) && c !== 58 && c !== 46) break;
      end++;
    }
    while (end > colon + 1 && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = end < n ? text.charCodeAt(end) : 32;
    if (!isWordCode(before) && before !== 46 && !isWordCode(after) && after !== 58) {
      const ip = parseIpv6(text.slice(start, end));
      // Three written groups at least: "a::b" is as likely C++ or a ratio as an address.
      if (ip !== undefined && ip.written >= 3 && ipv6IsPublic(ip))
        doc.add('pii.ip_address', start, end, 'pii.ip_address/v6');
    }
    colon = end > colon ? text.indexOf(':', end) : text.indexOf(':', colon + 1);
  }
}

/**
 * pii.ip_address: public unicast IPv4 and IPv6 addresses (CIDR forms included). Private,
 * loopback, link-local, documentation and other special-purpose addresses are not personal data
 * (see validators/ip.ts) and are not reported.
 */
export const ipDetector: Detector = {
  id: 'contact.ip',
  categories: ['pii.ip_address'],
  scan(doc: ScanDoc): void {
    for (const run of doc.digitRuns()) if (run.groupStarts.length >= 4) scanIpv4(doc, run);
    scanIpv6(doc);
  },
};
