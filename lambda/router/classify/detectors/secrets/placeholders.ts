/**
 * Values that stand in for a secret in documentation, templates and config: variable references,
 * env lookups, masks and "your-password-here". A credential detector reports none of them.
 */

// Variable references and lookups: ${DB_PASSWORD}, $DB_PASS, %PASS%, {{ secrets.x }}, <password>,
// [PASSWORD], process.env.X, os.environ["X"], getenv("X"), ENV['X'], !Ref X, vault:/ssm: references.
const REFERENCE =
  /^(?:\$\{[^}]{1,80}\}?$|\$\([^)]{1,80}\)?$|\$[A-Za-z_][A-Za-z0-9_]{0,63}$|%[A-Za-z_][A-Za-z0-9_]*%|\{\{|<[^>]{0,64}>?$|\[[^\]]{0,64}\]?$|\(?\s*(?:process\.env|os\.environ|os\.getenv|getenv|system\.getenv|env\s*[([.]|environment\.|secrets\.|vault:|ssm:|arn:aws:secretsmanager|!ref\b|!sub\b|!getatt\b|config\[|settings\.))/i;

// Masks and fillers: ****, xxxx, ...., ••••, ____, ----, ####.
const MASK = /^(?:[*xX•.…_#-]{3,}|(?:x{2,}|\*{2,})[^a-z0-9]*)$/;

// Words that describe a value instead of being one.
const DESCRIPTIVE = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'apikey',
  'api_key',
  'key',
  'changeme',
  'change_me',
  'change-me',
  'redacted',
  'removed',
  'hidden',
  'masked',
  'omitted',
  'sensitive',
  'example',
  'sample',
  'dummy',
  'placeholder',
  'test',
  'null',
  'nil',
  'none',
  'undefined',
  'empty',
  'blank',
  'true',
  'false',
  'string',
  'str',
  'text',
  'varchar',
  'required',
  'optional',
  'value',
  'todo',
  'tbd',
  'n/a',
  'contraseña',
  'passwort',
  'kennwort',
  'motdepasse',
  'senha',
  'wachtwoord',
  'hasło',
  'lösenord',
  'salasana',
  'geheim',
  'secreto',
  'segreto',
  'secret123',
  'password123',
  'yourpassword',
  'mypassword',
]);

// Fill-in-the-blank phrasing: your-password-here, YOUR_SECRET_ACCESS_KEY, <insert token>, enter_password.
const FILL_IN =
  /(?:^|[^a-z])(?:your|my|insert|enter|replace|put|some|example|sample|dummy|fake|placeholder)(?:[^a-z]|$)|here$|_here|-here|(?:^|[^a-z])(?:redacted|example|placeholder)(?:[^a-z]|$)/i;

// An identifier in SCREAMING_SNAKE_CASE (DB_PASSWORD, SECRET_KEY) names a variable, not a value.
const CONSTANT_NAME = /^[A-Z][A-Z_]{2,63}$/;

/** True when `value` is a stand-in for a secret rather than a secret. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (REFERENCE.test(v) || MASK.test(v) || CONSTANT_NAME.test(v)) return true;
  const lower = v.toLowerCase();
  if (DESCRIPTIVE.has(lower) || DESCRIPTIVE.has(lower.replace(/[\s_-]+/g, ''))) return true;
  if (FILL_IN.test(v)) return true;
  return isOneRepeatedCharacter(v);
}

function isOneRepeatedCharacter(v: string): boolean {
  for (let i = 1; i < v.length; i++) if (v[i] !== v[0]) return false;
  return true;
}
