import type { Detector, ScanDoc } from '../../types';
import { isPlaceholder } from './placeholders';
import { readValue } from './values';

/**
 * A password written out: `password: …`, `DB_PASSWORD=…`, `"temp_password":"…"`, "the admin
 * password is …", in English, Spanish, German, French, Portuguese, Dutch, Polish, Swedish, Finnish
 * and Italian. The word alone, a placeholder or an env lookup is not a password. When the
 * assignment sits inside an ADO/JDBC connection string (`Server=…;Password=…`), the string is
 * reported as a connection string too.
 */

// Keyword, then the closing quote of a JSON/YAML key, then the separator. Matched on the lower-cased
// text; "pass"/"mdp"/"clave"/"pwd" alone are common words or abbreviations, so they need `:` or `=`.
const ASSIGNMENT = new RegExp(
  '(?<![a-z])(?:' +
    "(?<word>password|passwort|passwd|passphrase|kennwort|contraseña|contrasena|mot de passe|senha|wachtwoord|hasło|haslo|lösenord|losenord|salasana|parola d'ordine)" +
    '|(?<short>pass|pwd|pw|mdp|clave|pin_code)' +
    ')(?![a-z])["\'`]?[ \\t]{0,4}' +
    '(?:(?<sep>:=|=>|->|[:=])|(?<verb>(?:is|was|ist|lautet|est|es|era|é|è|är|on|jest|wordt|will be)(?: (?:currently|now|still|set to|temporarily|just|simply|actually|:))?)|(?<bare>(?= )))' +
    '[ \\t]{0,8}',
  'g',
);

// Cheap gate for every keyword above and the login-pair phrases: a first letter, then the rest.
const HINT =
  /[pmcklswh](?:ass|wd|w\s{0,2}[:=]|in_code|arola|dp|lave|ontrase|ennwort|enha|achtwoord|as[lł]o|[öo]senord|alasana|og-?in|ogon|redential|reds|ign-?in)/;

// Connection-string keys before the password in the same string: ADO.NET, ODBC, JDBC URL params.
const CONNECTION_CONTEXT =
  /(?:server|data source|host|hostname|initial catalog|database|user id|uid|username|user)\s?=[^;\n]{1,200};[^\n]{0,300}$|jdbc:[a-z0-9]{2,20}:[^\s]{0,300}[?&;]$|[a-z][a-z0-9+.-]{1,24}:\/\/[^\s]{1,300}[?&;]$/;

/** Prose ("the password is required") needs a value that looks made up, not a dictionary word. */
function looksLikePassword(value: string, prose: boolean): boolean {
  // A quoted sentence ("password: 'is required'") is text; passwords with spaces are too rare to
  // outweigh that.
  if (isPlaceholder(value) || /\s/.test(value)) return false;
  const hasDigit = /[0-9]/.test(value);
  const hasSymbol = /[^A-Za-z0-9\s]/.test(value);
  const mixedCase = /[a-z]/.test(value) && /[A-Z]/.test(value.slice(1));
  if (prose) return value.length >= 6 && (hasDigit || hasSymbol || mixedCase) && !/\s/.test(value);
  if (value.length < 4) return false;
  // `password: string` in a schema, `password = input(...)` in code: identifiers, not values.
  if (/^[a-z][a-z_]{0,11}$/.test(value)) return false;
  if (/^[A-Za-z_][A-Za-z0-9_.]{0,40}\(/.test(value)) return false;
  return true;
}

/** Letters with digits or symbols: a made-up string rather than a word. */
function madeUp(value: string): boolean {
  return /\p{L}/u.test(value) && /[0-9]/.test(value) && value.length >= 6;
}

// "The admin login … is admin / Tiger#purple39", "credentials: jdoe / S3cret!".
const LOGIN_PAIR =
  /\b(?:login|log-in|logon|credentials?|creds|sign-?in|user(?:name)? ?(?:and|\/|&) ?password)\b[^\n]{0,60}?(?:\bis|\bare|:)[ \t]{1,3}[^\s/]{1,64}[ \t]?(?:\/|\||:)[ \t]?/g;

function scanLoginPairs(doc: ScanDoc): void {
  LOGIN_PAIR.lastIndex = 0;
  for (let m = LOGIN_PAIR.exec(doc.lower); m !== null; m = LOGIN_PAIR.exec(doc.lower)) {
    const { value, end } = readValue(doc.text, m.index + m[0].length);
    if (value.length > 0 && looksLikePassword(value, true))
      doc.add('secret.password', m.index, end, 'secret.password/login-pair');
  }
}

function scanPasswords(doc: ScanDoc): void {
  const lower = doc.lower;
  if (!HINT.test(lower)) return;
  scanLoginPairs(doc);
  const text = doc.text;
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(lower); m !== null; m = ASSIGNMENT.exec(lower)) {
    const g = m.groups!;
    if (g.short !== undefined && g.sep === undefined) continue;
    const valueStart = m.index + m[0].length;
    const { value, quoted, end } = readValue(text, valueStart);
    if (value.length === 0) continue;
    if (!looksLikePassword(value, g.sep === undefined && !quoted)) continue;
    // "password V3lv3t220$" has no separator: only a value no sentence would contain counts.
    if (g.bare !== undefined && !quoted && !madeUp(value)) continue;
    doc.add('secret.password', m.index, end, 'secret.password/assignment');
    const lineStart = Math.max(0, m.index - 400);
    if (CONNECTION_CONTEXT.test(lower.slice(lineStart, m.index))) {
      doc.add('secret.connection_string', m.index, end, 'secret.connection_string/key-value');
    }
  }
}

export const passwordDetector: Detector = {
  id: 'secrets.passwords',
  categories: ['secret.password', 'secret.connection_string'],
  scan: scanPasswords,
};
