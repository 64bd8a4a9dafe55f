import type { Detector, ScanDoc } from '../../types';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalChar(c: number): boolean {
  // letters, digits and . _ % + - (the unquoted local-part characters people actually use)
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})$/;
// RFC 2606 / RFC 6761 names reserved for documentation and testing: nobody's mailbox.
const RESERVED_DOMAIN = /(?:^|\.)example\.(?:com|net|org)$|\.(?:example|test|invalid|localhost)$/;

/** The domain if `domain` is a syntactically valid, non-reserved mail domain. */
function domainValid(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2 || !TOP_LEVEL.test(labels[labels.length - 1])) return false;
  for (const label of labels) if (!LABEL.test(label)) return false;
  return !RESERVED_DOMAIN.test(domain);
}

/**
 * pii.email: local@domain.tld found from each "@" outwards (each character is read at most twice,
 * so "a@a@a@…" stays linear). Not reported: documentation domains (example.com, .test…), and
 * SSH remotes such as git@github.com:org/repo, which name a service account, not a person.
 */
export const emailDetector: Detector = {
  id: 'contact.email',
  categories: ['pii.email'],
  scan(doc: ScanDoc): void {
    const lower = doc.lower;
    const n = lower.length;
    let previousAt = -1;
    for (let at = lower.indexOf('@'); at !== -1; previousAt = at, at = lower.indexOf('@', at + 1)) {
      let start = at;
      while (start > previousAt + 1 && at - start < MAX_LOCAL && isLocalChar(lower.charCodeAt(start - 1)))
        start--;
      while (start < at && lower.charCodeAt(start) === 46) start++; // a local part does not start with "."
      if (start === at || lower.charCodeAt(at - 1) === 46) continue;
      let end = at + 1;
      let firstDot = -1;
      for (; end < n && end - at <= MAX_DOMAIN && isDomainChar(lower.charCodeAt(end)); end++) {
        if (firstDot < 0 && lower.charCodeAt(end) === 46) firstDot = end;
      }
      while (end > at + 1 && (lower.charCodeAt(end - 1) === 46 || lower.charCodeAt(end - 1) === 45)) end--;
      if (firstDot < 0 || firstDot >= end - 1 || !domainValid(lower.slice(at + 1, end))) continue;
      if (lower.charCodeAt(end) === 58 && end + 1 < n && lower.charCodeAt(end + 1) > 32) continue; // git@host:path
      doc.add('pii.email', start, end, 'pii.email/address');
    }
  },
};
