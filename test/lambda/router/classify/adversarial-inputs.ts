/**
 * About 1 MB inputs built to make a careless scanner go quadratic or backtrack: long digit runs,
 * repeated separators, repeated triggers of context words and literal prefixes, deep nesting.
 * Shared by the adversarial test and the latency scratch scripts, so both measure the same texts.
 */

export const ADVERSARIAL_SIZE = 1 << 20;

export interface AdversarialInput {
  readonly name: string;
  readonly text: string;
}

/** `unit` repeated until the text holds `ADVERSARIAL_SIZE` UTF-16 code units (cut to size). */
function fill(unit: string): string {
  return unit.repeat(Math.ceil(ADVERSARIAL_SIZE / unit.length)).slice(0, ADVERSARIAL_SIZE);
}

/** Deterministic pseudo-random text over `alphabet` (xorshift32, fixed seed): same bytes every run. */
function soup(alphabet: readonly string[], seed: number): string {
  let state = seed >>> 0 || 1;
  const parts: string[] = [];
  let length = 0;
  while (length < ADVERSARIAL_SIZE) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const piece = alphabet[state % alphabet.length];
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, ADVERSARIAL_SIZE);
}

function nestedJson(depth: number): string {
  const open = '{"a":['.repeat(depth);
  const close = ']}'.repeat(depth);
  return fill(`${open}1${close}`);
}

const DIGITS = '0123456789'.split('');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('');

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: 'one long digit run', text: fill('1234567890') },
  { name: 'one repeated digit', text: fill('4') },
  { name: 'random digits', text: soup(DIGITS, 7) },
  { name: '"1." repeated', text: fill('1.') },
  { name: '"1:" repeated', text: fill('1:') },
  { name: '"1-" repeated', text: fill('1-') },
  { name: '"1 " repeated', text: fill('1 ') },
  { name: '"+1 " repeated', text: fill('+1 ') },
  { name: '"4539 " card-like groups', text: fill('4539 ') },
  { name: '"12/" date-like groups', text: fill('12/') },
  {
    name: 'digits with random separators',
    text: soup([...DIGITS, ' ', '.', '-', '/', '_', '\n', ' - '], 11),
  },
  { name: 'repeated separators', text: fill(' -./_\t') },
  { name: 'dotted quads', text: fill('1.1.1.1 ') },
  { name: '"::" repeated', text: fill('::') },
  { name: 'hex and colons', text: soup([...'0123456789abcdef'.split(''), ':', '::'], 13) },
  { name: 'nested square brackets', text: fill('[') },
  { name: 'nested parentheses', text: fill('(') },
  { name: 'JSON nested 10k deep', text: nestedJson(10_000) },
  { name: '"a@" repeated', text: fill('a@') },
  { name: '"a." repeated', text: fill('a.') },
  { name: 'email-ish soup', text: soup(['a', 'b', '1', '@', '.', '-', '_', '+', ' '], 17) },
  { name: 'one letter', text: fill('a') },
  { name: 'capital letters', text: fill('A') },
  { name: 'capitalised words', text: fill('Maria Gonzalez Smith ') },
  { name: '"Dr. " repeated', text: fill('Dr. ') },
  { name: '"-----BEGIN" repeated', text: fill('-----BEGIN') },
  { name: 'PEM header repeated', text: fill('-----BEGIN PRIVATE KEY-----\n') },
  { name: '"password: " repeated', text: fill('password: ') },
  { name: '"SSN " repeated', text: fill('SSN ') },
  { name: 'context word then digits repeated', text: fill('MRN 1234567 account 987654321 DOB ') },
  { name: '"0x" repeated', text: fill('0x') },
  { name: '"AKIA" repeated', text: fill('AKIA') },
  { name: '"aws secret " repeated', text: fill('aws secret ') },
  { name: '"eyJ" repeated', text: fill('eyJ.') },
  { name: '"DE89 " repeated', text: fill('DE89 ') },
  { name: '"https://a:b@" repeated', text: fill('https://a:b@') },
  { name: '"postgres://u:p@h/db " repeated', text: fill('postgres://u:p@h/db ') },
  { name: '"Bearer " repeated', text: fill('Bearer ') },
  { name: '"api_key=" repeated', text: fill('api_key=') },
  { name: '"confidential " repeated', text: fill('confidential ') },
  { name: '"diagnosed with " repeated', text: fill('diagnosed with ') },
  { name: '"12 Main Street " repeated', text: fill('12 Main Street ') },
  { name: '"[at]" and "dot" repeated', text: fill('name [at] host dot ') },
  { name: 'spelled digits repeated', text: fill('five three six ') },
  { name: 'look-alike digits repeated', text: fill('1O1l-') },
  { name: 'base64 blob', text: soup(BASE64, 19) },
  {
    name: 'mixed Unicode digits and zero-width characters',
    text: soup(['\u0661', '\u0967', '\uff14', '\u200b', '\u00ad', '5', ' '], 23),
  },
];
