import type { Detector, ScanDoc } from '../../types';
import { isPlaceholder } from './placeholders';

/**
 * URLs that carry a password in their user-info: `postgres://user:secret@host/db`,
 * `mongodb+srv://…`, `redis://:secret@host`, `amqps://…`, also http(s), ftp and ldap, since a
 * password in any URL is a credential. Credential-free URLs (`postgres://host/db`,
 * `git@github.com:org/repo.git`) and placeholders (`user:${PASS}@`, `<user>:<password>@`) are not.
 * Key-value strings (`Server=…;Password=…`) and JDBC `?password=` parameters are found by the
 * password detector.
 */
const SCHEME = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{1,24}:\/\//g;

const AUTHORITY_MAX = 512;

function isAuthorityStop(c: number): boolean {
  // whitespace, quotes, angle brackets, the record separator between messages
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 0x1e;
}

function scanConnectionStrings(doc: ScanDoc): void {
  const text = doc.text;
  if (!text.includes('://') || !text.includes('@')) return;
  SCHEME.lastIndex = 0;
  for (let m = SCHEME.exec(doc.lower); m !== null; m = SCHEME.exec(doc.lower)) {
    const from = m.index + m[0].length;
    let end = from;
    while (end < text.length && end - from < AUTHORITY_MAX && !isAuthorityStop(text.charCodeAt(end))) end++;
    const rest = text.slice(from, end);
    const at = userInfoEnd(rest);
    if (at <= 0) continue;
    const userInfo = rest.slice(0, at);
    const colon = userInfo.indexOf(':');
    // "host:port/path@…" is not user-info: user-info holds no '/'.
    if (colon < 0 || userInfo.slice(0, colon).includes('/')) continue;
    const user = userInfo.slice(0, colon);
    const password = userInfo.slice(colon + 1);
    if (!credentialValue(user, password)) continue;
    const host = rest.slice(at + 1);
    if (!/^[A-Za-z0-9[]/.test(host)) continue;
    doc.add('secret.connection_string', m.index, end, 'secret.connection_string/url');
  }
}

/**
 * The '@' that ends the user-info. Passwords are often pasted unencoded and may hold '@' themselves
 * (`root:F@lc0n@db:3306`), so it is the last '@' before the path starts.
 */
function userInfoEnd(rest: string): number {
  let at = rest.indexOf('@');
  for (;;) {
    const next = rest.indexOf('@', at + 1);
    if (at < 0 || next < 0) return at;
    const slash = rest.indexOf('/', at + 1);
    if (slash >= 0 && slash < next) return at;
    at = next;
  }
}

function credentialValue(user: string, password: string): boolean {
  if (password.length === 0 || isPlaceholder(password)) return false;
  if (user.length > 0 && isPlaceholder(user) && /^[<[{$%]/.test(user)) return false;
  // postgres:postgres@localhost and the like are a container image's stock defaults.
  if (password === user) return false;
  return true;
}

export const connectionStringDetector: Detector = {
  id: 'secrets.connection-strings',
  categories: ['secret.connection_string'],
  scan: scanConnectionStrings,
};
