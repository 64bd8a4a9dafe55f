import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { categoriesOf } from '../../../support/detect-categories';
import {
  base62,
  crc32,
  decodeBase64Url,
  joseHeaderValid,
  prefixedTokenChecksumValid,
} from '../../../../lambda/router/classify/validators/secrets';

// Token fixtures: 30 random base62 characters plus their CRC-32 (computed with zlib.crc32, an
// independent implementation), so they are well-formed and belong to nobody.
const GITHUB_PAT = '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';
const GITHUB_OAUTH = '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';
const NPM_TOKEN = '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';

const b64url = (s: string) => Buffer.from(s).toString('base64url');
const JWT = [
  b64url('{"alg":"HS256","typ":"JWT"}'),
  b64url('{"sub":"4411","iat":1716021691,"exp":1716025291}'),
  'Xk3vH9Qd0yZlB2uNwR7cT4aE1sJ6mP8oI5gK_Fh-LqU',
].join('.');
const NOT_A_JWT = [b64url('{"typ":"JWT","kid":"a1"}'), b64url('{"sub":"4411"}'), 'c2lnbmF0dXJl'].join('.');

const ZERO_WIDTH = '\u200b';
const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function ecPrivateKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

describe('secret checksums and headers', () => {
  it('computes CRC-32 like zlib (check value of "123456789")', () => {
    // GIVEN the standard CRC-32 check input WHEN hashed THEN it gives the published check value
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('writes base 62 with digits, upper case, then lower case, padded to the width', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 1)).toBe('10');
  });

  it.each([GITHUB_PAT, GITHUB_OAUTH, NPM_TOKEN])('accepts the checksum of %s', (token) => {
    expect(prefixedTokenChecksumValid(token)).toBe(true);
  });

  it.each([
    ['one changed character', GITHUB_PAT.slice(0, 10) + 'Z' + GITHUB_PAT.slice(11)],
    ['a documentation token', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['a wrong length', GITHUB_PAT.slice(0, 39)],
  ])('rejects %s', (_label, token) => {
    expect(prefixedTokenChecksumValid(token)).toBe(false);
  });

  it('decodes base64url and recognises a JOSE header by its "alg" member', () => {
    expect(decodeBase64Url(b64url('{"alg":"none"}'))).toBe('{"alg":"none"}');
    expect(joseHeaderValid(JWT.split('.')[0])).toBe(true);
    expect(joseHeaderValid(NOT_A_JWT.split('.')[0])).toBe(false);
    expect(joseHeaderValid('eyJub3QganNvbg')).toBe(false);
  });
});

describe('secret detectors', () => {
  describe('secret.aws_key', () => {
    it.each([
      ['an access key id', 'export AWS_ACCESS_KEY_ID=AKIAZ3MHQ4XKT7PL2VWE'],
      ['a session key id', 'temporary creds ASIAQ7RT2MVX4KLPWZ3N for the job'],
      [
        'an access key split by zero-width characters',
        `key AKIA${ZERO_WIDTH}Z3MHQ4XK${ZERO_WIDTH}T7PL2VWE leaked`,
      ],
      ['an access key in fullwidth letters', `leaked ${fullwidth('AKIAZ3MHQ4XKT7PL2VWE')} on GitHub`],
      [
        'a secret access key under its label',
        'aws_secret_access_key = Jq8vR2mX7pLk4Tz9Wb3Nc6Yd1Fs5Gh0Ue7Ai2Ko+',
      ],
    ])('finds %s', (_label, text) => {
      expect(categoriesOf(text)).toContain('secret.aws_key');
    });

    it.each([
      [
        'the prefix named without a value',
        'Why do some AWS access key IDs start with AKIA and others with ASIA?',
      ],
      ["AWS's documentation key", 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
      [
        'placeholders',
        'aws_access_key_id = YOUR_ACCESS_KEY_ID\naws_secret_access_key = YOUR_SECRET_ACCESS_KEY',
      ],
      [
        'a git SHA-1 near the word secret',
        'the secret fix is in commit 5ba9c8b976790756b5fae8c89a76e4e374ea003c',
      ],
      ['an access-key shape with a lower-case letter', 'id AKIAz3MHQ4XKT7PL2VWE'],
    ])('ignores %s', (_label, text) => {
      expect(categoriesOf(text)).not.toContain('secret.aws_key');
    });
  });

  describe('secret.api_token', () => {
    it.each([
      ['a GitHub personal access token', `token: ${GITHUB_PAT}`],
      [
        'a GitHub OAuth token split by a zero-width space',
        `Authorization: token ${GITHUB_OAUTH.slice(0, 12)}${ZERO_WIDTH}${GITHUB_OAUTH.slice(12)}`,
      ],
      ['an npm token', `//registry.npmjs.org/:_authToken=${NPM_TOKEN}`],
      ['a fine-grained GitHub token', 'github_pat_11ABCDEFG0123456789abc_' + 'Zq7'.repeat(19) + 'Rt'],
      ['a Slack bot token', 'SLACK_BOT_TOKEN=xoxb-284619301752-3021976645123-mV8kQ2rT6nW1pZ4xL7cJ9bHs'],
      [
        'a Slack webhook',
        'post to https://hooks.slack.com/services/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',
      ],
      ['a Stripe live key', 'STRIPE_KEY=sk_live_51Hx9Qa2LkR7vT3mN8pW4zY6c'],
      ['an OpenAI project key', 'OPENAI_API_KEY=sk-proj-' + 'a1B2c3D4e5F6g7H8i9J0'.repeat(3)],
      ['an Anthropic key', 'x-api-key: sk-ant-api03-' + 'Zx9_Qw8-Er7Ty6Ui5Op4As3Df2Gh1Jk0'.repeat(3)],
      ['a Google API key', 'key=AIzaSyB7x2Kq9Lm4Np8Rt1Vw5Yz3Ab6Cd0Ef2Gh'],
      ['a GitLab token in fullwidth', fullwidth('glpat-aB3dE5fG7hJ9kL1mN3pQ')],
      ['a Twilio API key', 'TWILIO_API_KEY=SK2f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c'],
      [
        'a SendGrid key',
        'SENDGRID=SG.aB3dE5fG7hJ9kL1mN3pQ5r.' + 'sT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP9qR1sT3u',
      ],
      ['a Hugging Face token', 'HF_TOKEN=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'],
      ['an unprefixed key under an api_key label', 'MAPS_API_KEY="q8Zt3LmW9vXr2KpN7bYc4HdF"'],
      ['a bearer token', 'Authorization: Bearer 7Fq2ZkL9xW3mT8vR1bN6yC4dH0jP5sQa'],
      ['a UUID key under a label', 'HEROKU_API_KEY: 3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c'],
      ['a client secret in JSON', '{"client_id":"web","client_secret":"kX92-Lm3Qz_Rt81vBn47Yp"}'],
    ])('finds %s', (_label, text) => {
      expect(categoriesOf(text)).toContain('secret.api_token');
    });

    it.each([
      [
        'placeholders from docs',
        'The docs say to set STRIPE_SECRET_KEY=sk_live_... and OPENAI_API_KEY=sk-... — where do I get these?',
      ],
      ['a GitHub-shaped token with a bad checksum', GITHUB_PAT.slice(0, 34) + 'AAAAAA'],
      ['a documentation token', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
      ['a word after sk-', 'use the sk-learn pipeline'],
      ['a lower-case run after sk-', 'sk-abcdefghijklmnopqrstuvwxyzabcdefgh'],
      ['a placeholder under an api_key label', 'api_key = "YOUR_API_KEY_GOES_HERE_1234"'],
      ['a variable under a bearer label', 'Authorization: Bearer ${ACCESS_TOKEN}'],
      ['a short value under a label', 'api_key: abc123'],
    ])('ignores %s', (_label, text) => {
      expect(categoriesOf(text)).not.toContain('secret.api_token');
    });
  });

  describe('secret.jwt', () => {
    it('finds a JWT whose header decodes to JSON with "alg"', () => {
      expect(categoriesOf(`Authorization: Bearer ${JWT}`)).toContain('secret.jwt');
    });

    it('finds a JWT broken after a dot and split by zero-width characters', () => {
      const [h, p, s] = JWT.split('.');
      const text = `Cookie: session=${h}.\n${p.slice(0, 9)}${ZERO_WIDTH}${p.slice(9)}.${s}`;
      expect(categoriesOf(text)).toContain('secret.jwt');
    });

    it('ignores three base64url parts whose header has no "alg"', () => {
      expect(categoriesOf(`value ${NOT_A_JWT}`)).not.toContain('secret.jwt');
    });
  });

  describe('secret.private_key', () => {
    it('finds a PEM private key', () => {
      expect(categoriesOf(`Here is the key:\n${ecPrivateKeyPem()}`)).toContain('secret.private_key');
    });

    it('finds a PEM key with CRLF line ends and non-breaking spaces', () => {
      const pem = ecPrivateKeyPem()
        .replace(/\n/g, '\r\n')
        .replace(/-----BEGIN PRIVATE KEY-----/, '-----BEGIN\u00a0PRIVATE\u00a0KEY-----');
      expect(categoriesOf(pem)).toContain('secret.private_key');
    });

    it('finds an OpenSSH private key', () => {
      const body = randomBytes(300)
        .toString('base64')
        .replace(/(.{70})/g, '$1\n');
      const text = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`;
      expect(categoriesOf(text)).toContain('secret.private_key');
    });

    it('finds a PuTTY key file', () => {
      const lines = randomBytes(120)
        .toString('base64')
        .replace(/(.{64})/g, '$1\n');
      const text = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI\nPrivate-Lines: 2\n${lines}`;
      expect(categoriesOf(text)).toContain('secret.private_key');
    });

    it('ignores the armor line asked about without a key', () => {
      const text =
        'What is the difference between "-----BEGIN RSA PRIVATE KEY-----" and "-----BEGIN PRIVATE KEY-----"?';
      expect(categoriesOf(text)).not.toContain('secret.private_key');
    });
  });

  describe('secret.password', () => {
    it.each([
      ['a YAML password', 'smtp:\n  username: ops\n  password: "AAJF-4283ddrt"'],
      ['an env assignment', 'DB_HOST=db.internal\nDB_PASSWORD=Purple?nimbus51\nDB_NAME=orders'],
      ['a JSON key', '{"id":26181,"temp_password":"36_yF@ys8G_by0zxN63"}'],
      ['a value with a leading dollar sign', 'POSTGRES_PASSWORD: "$qM-Ey1f@GGX#i$nQkS"'],
      ['prose with a verb', 'The shared admin password is currently GxAidF9WJEQ1M0Lq1& until rotation.'],
      [
        'prose without a separator',
        'Wi-Fi for the offsite: network Acme-Offsite, password V3lv3t220$. Welcome!',
      ],
      ['a login pair', 'The admin login for the staging router is admin / Tiger#purple39 — write a guide.'],
      ['fullwidth characters', `DB_PASSWORD=${fullwidth('Winter1286&')}`],
      ['Spanish', 'Usuario: jperez, contraseña: Verano2024!'],
      ['German', 'Das Passwort lautet Sommer#2024x'],
      ['French', 'mot de passe : Soleil!2023'],
    ])('finds %s', (_label, text) => {
      expect(categoriesOf(text)).toContain('secret.password');
    });

    it.each([
      ['an env placeholder', 'spring.datasource.password=${DB_PASSWORD}'],
      ['a shell variable', 'export PGPASSWORD=$DB_PASS'],
      ['an angle-bracket placeholder', 'password: <password>'],
      ['a mask', 'password: ********'],
      ['fill-in text', 'password = "your-password-here"'],
      ['an env lookup', 'password = os.environ["DB_PASSWORD"]'],
      ['a function call', 'password = getpass.getpass()'],
      ['a schema type', 'password: string'],
      ['the word alone', 'How do I reset my password if I forgot it?'],
      ['a sentence about passwords', 'The password is required and must be at least 12 characters.'],
      ['a constant name', 'password: DB_PASSWORD'],
    ])('ignores %s', (_label, text) => {
      expect(categoriesOf(text)).not.toContain('secret.password');
    });
  });

  describe('secret.connection_string', () => {
    it.each([
      [
        'PostgreSQL',
        'DATABASE_URL=postgresql://webapp:Monday~winter83@orders-db.internal:5432/orders?sslmode=require',
      ],
      ['MongoDB SRV', 'mongodb+srv://admin:Rocket269-@cluster0.ab1cd.mongodb.net/app?retryWrites=true'],
      ['Redis with an empty user', 'REDIS_URL=redis://:s3cr3tPass@cache.internal:6379/0'],
      ['AMQP', 'amqps://svc_orders:Nimbus143-@rabbitmq.internal.corp:5671/%2F'],
      [
        'ADO.NET',
        'Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=admin;Password=Juniper1691.;Encrypt=True;',
      ],
      [
        'a JDBC URL with a password parameter',
        'jdbc:postgresql://10.1.2.3:5432/inventory?user=postgres&password=Panther-tiger22',
      ],
      ['a URL split by a soft hyphen', 'mysql://django:Spr\u00ading111_@10.28.55.138:3306/crm'],
    ])('finds %s', (_label, text) => {
      expect(categoriesOf(text)).toContain('secret.connection_string');
    });

    it.each([
      ['a credential-free URL', 'spring.datasource.url=jdbc:postgresql://localhost:5432/app'],
      ['a git SSH remote', 'git clone git@github.com:open-source-org/api.git fails'],
      ['placeholder credentials', 'postgres://<user>:<password>@<host>:5432/<db>'],
      ['an env placeholder', 'postgres://app:${DB_PASSWORD}@db:5432/app'],
      ['a user without a password', 'ssh://deploy@build.internal/srv/repo.git'],
      ['stock container defaults', 'postgres://postgres:postgres@localhost:5432/postgres'],
    ])('ignores %s', (_label, text) => {
      expect(categoriesOf(text)).not.toContain('secret.connection_string');
    });
  });

  it('finishes a 1 MB adversarial input and reports nothing on it', () => {
    // GIVEN a megabyte of near-misses: prefixes without bodies, unclosed quotes, '@' runs, dots
    const unit = 'AKIA eyJ. sk- ghp_ password=" ://a:b@ -----BEGIN PRIVATE KEY----- a@a@a@ ....';
    const text =
      unit.repeat(Math.ceil(1_000_000 / unit.length)) + 'x'.repeat(50_000) + 'eyJ' + 'A'.repeat(60_000);
    // WHEN classified
    const started = performance.now();
    const categories = categoriesOf(text).filter((c) => c.startsWith('secret.'));
    console.log(`secrets: 1 MB adversarial input in ${(performance.now() - started).toFixed(0)} ms`);
    // THEN it completes with no secret found (every near-miss lacks a value)
    expect(categories).toEqual([]);
  });
});

describe('secrets: values holding their own delimiters', () => {
  test("reports a URL password that contains '@' unencoded", () => {
    expect(categoriesOf('create_engine("mysql://root:F@lc0n866.@10.245.233.9:3306/crm")')).toContain(
      'secret.connection_string',
    );
  });

  test("reads a password containing '&' after `pass:`", () => {
    expect(categoriesOf('the portal login is ops-team, pass: RHQA&9484fgun (change it)')).toContain(
      'secret.password',
    );
  });

  test("still ends a query-string password at '&key='", () => {
    expect(categoriesOf('jdbc:postgresql://db:5432/app?user=svc&password=Xk29!pq&ssl=true')).toContain(
      'secret.connection_string',
    );
  });
});
