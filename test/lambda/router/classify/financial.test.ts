import { categoriesOf } from '../../../support/detect-categories';
import { financialDetectors } from '../../../../lambda/router/classify/detectors/financial';
import { normalize } from '../../../../lambda/router/classify/normalize';
import { Document } from '../../../../lambda/router/classify/scan-doc';
import { cardNumberValid } from '../../../../lambda/router/classify/validators/cards';
import { ibanValid } from '../../../../lambda/router/classify/validators/iban';
import { bicValid } from '../../../../lambda/router/classify/validators/bic';
import { keccak256 } from '../../../../lambda/router/classify/validators/keccak';
import {
  base58AddressValid,
  ethereumAddressValid,
  segwitAddressValid,
  xrpAddressValid,
} from '../../../../lambda/router/classify/validators/crypto';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('card numbers (IIN + length + Luhn)', () => {
  it.each([
    ['Visa 16', '4532015112830366'],
    ['Visa 13', '4222222222222'],
    ['Mastercard 51-55', '5425233430109903'],
    ['Mastercard 2-series', '2223000481050018'],
    ['American Express', '371449635398431'],
    ['Discover 6011', '6011123456789019'],
    ['JCB', '3566002020360505'],
    ['Diners Club', '30569309025904'],
    ['UnionPay', '6214830000000009'],
    ['Maestro', '6759649826438453'],
  ])('accepts a %s number', (_brand, digits) => {
    expect(cardNumberValid(digits)).toBe(true);
  });

  it.each([
    ['a Luhn failure', '4532015112830367'],
    ['an unknown IIN that passes Luhn', '9532015112830362'],
    ['a Visa IIN at a length Visa does not issue (15)', '453201511283035'],
    ['an Amex IIN at 16 digits', '3714496353984310'],
    ['all zeros', '0000000000000000'],
  ])('rejects %s', (_why, digits) => {
    expect(cardNumberValid(digits)).toBe(false);
  });
});

describe('IBAN (ISO 13616)', () => {
  it.each([
    'DE89370400440532013000',
    'GB29NWBK60161331926819',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'NO9386011117947',
    'MT84MALT011000012345MTLCAST001S',
    'gb29nwbk60161331926819',
  ])('accepts %s', (iban) => {
    expect(ibanValid(iban)).toBe(true);
  });

  it.each([
    ['a mod-97 failure', 'DE89370400440532013001'],
    ['a length other than the country registry length', 'DE8937040044053201300'],
    ['an unknown country code', 'XX89370400440532013000'],
  ])('rejects %s', (_why, iban) => {
    expect(ibanValid(iban)).toBe(false);
  });
});

describe('BIC (ISO 9362) structure', () => {
  it.each(['DEUTDEFF', 'DEUTDEFF500', 'NWBKGB2L', 'CHASUS33'])('accepts %s', (bic) => {
    expect(bicValid(bic)).toBe(true);
  });

  it.each([
    ['a country code that does not exist', 'DEUTXXFF'],
    ['a length of 9', 'DEUTDEFF5'],
  ])('rejects %s', (_why, bic) => {
    expect(bicValid(bic)).toBe(false);
  });
});

describe('keccak-256 and crypto address checksums', () => {
  it('hashes the empty string and "abc" to the published Keccak-256 digests', () => {
    expect(hex(keccak256(new Uint8Array()))).toBe(
      'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    );
    expect(hex(keccak256(new TextEncoder().encode('abc')))).toBe(
      '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45',
    );
  });

  it.each([
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
  ])('accepts the EIP-55 example %s', (address) => {
    expect(ethereumAddressValid(address)).toBe(true);
  });

  it('rejects a mixed-case Ethereum address whose case breaks EIP-55', () => {
    expect(ethereumAddressValid('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe(false);
  });

  it.each([
    ['Bitcoin P2PKH', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
    ['Bitcoin P2SH', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['Litecoin P2SH (M)', 'LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1'],
  ])('accepts a %s Base58Check address', (_kind, address) => {
    expect(base58AddressValid(address)).toBe(true);
  });

  it('rejects a Base58 address with one character changed', () => {
    expect(base58AddressValid('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')).toBe(false);
  });

  it('accepts an XRP address and rejects it with a changed character', () => {
    expect(xrpAddressValid('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh')).toBe(true);
    expect(xrpAddressValid('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTj')).toBe(false);
  });

  it.each([
    ['BIP-173 v0, lower case', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['BIP-173 v0, upper case', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4'],
    ['BIP-350 taproot (bech32m)', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0'],
  ])('accepts a segwit address: %s', (_kind, address) => {
    expect(segwitAddressValid(address)).toBe(true);
  });

  it.each([
    ['a checksum failure', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'],
    ['mixed case', 'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['a v0 program checked with bech32m', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh'],
  ])('rejects a segwit address with %s', (_why, address) => {
    expect(segwitAddressValid(address)).toBe(false);
  });
});

describe('fin.credit_card detector', () => {
  it.each([
    ['4-4-4-4 with spaces', 'Charge my card 4532 0151 1283 0366, exp 04/28'],
    ['dashes', 'card 4532-0151-1283-0366 on file'],
    ['no separators', 'pay with 5425233430109903 please'],
    ['Amex 4-6-5', 'corporate card 3714 496353 98431'],
    ['dots', 'full number 6011.1234.5678.9019'],
    ['irregular groups', 'dispute on card 5425 2334 301 0990 3'],
    ['a line break inside', 'card 4532 0151\n1283 0366'],
    ['fullwidth digits', 'card ４５３２ ０１５１ １２８３ ０３６６'],
    ['zero-width characters', 'card 4532\u200b0151\u200c1283\u200d0366'],
    ['soft hyphens and an em dash', 'card 4532\u00ad0151\u20141283\u00ad0366'],
    ['a published test number without a test context', 'Customer card on file: 4111 1111 1111 1111'],
  ])('given a card written with %s, reports fin.credit_card', (_form, text) => {
    expect(categoriesOf(text)).toContain('fin.credit_card');
  });

  it.each([
    ['a Luhn failure', 'card 4532 0151 1283 0367'],
    ['a masked card', 'card **** **** **** 0366 and ****0366 and XXXX-XXXX-XXXX-0366'],
    ['a tracking number of card length failing the checks', 'tracking 9400 1000 0000 0000 0000'],
    ['a 16-digit order number failing Luhn', 'Order 4761003040745014 shipped'],
    ['a published test number called a test card', 'Stripe docs: use 4242 4242 4242 4242 as a test card'],
    ['digits inside a hex hash', 'commit a4532015112830366f9'],
  ])('given %s, does not report fin.credit_card', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('fin.credit_card');
  });
});

describe('fin.iban detector', () => {
  it.each([
    ['grouped by four', 'Please wire to IBAN DE89 3704 0044 0532 0130 00 today'],
    ['compact', 'IBAN: GB29NWBK60161331926819'],
    ['lower case', 'iban fr14 2004 1010 0505 0001 3m02 606'],
    ['dashes', 'NL91-ABNA-0417-1643-00'],
    ['a line break', 'CH93 0076 2011\n6238 5295 7'],
    ['every character spaced out', '<IBAN>N O 9 3 8 6 0 1 1 1 1 7 9 4 7</IBAN>'],
    ['fullwidth characters', 'ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００'],
  ])('given an IBAN %s, reports fin.iban', (_form, text) => {
    expect(categoriesOf(text)).toContain('fin.iban');
  });

  it.each([
    ['a mod-97 failure', 'reference DE89 3704 0044 0532 0130 01'],
    ['a valid IBAN glued into a longer token', 'ref DE89370400440532013000X'],
    ['prose that starts like a country code', 'there is 12 of them and more words to follow here ok'],
  ])('given %s, does not report fin.iban', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('fin.iban');
  });
});

describe('fin.swift_bic detector', () => {
  it.each([
    ['after "SWIFT"', 'Send via SWIFT DEUTDEFF, beneficiary A. Smith'],
    ['with a branch code after "BIC"', 'BIC: DEUTDEFF500'],
    ['spaced, after "BIC"', 'BIC NWBK GB 2L, Betrag 200 EUR'],
    ['with a digit in the location code and no context', 'Route it to CHASUS33 tomorrow'],
  ])('given a BIC %s, reports fin.swift_bic', (_form, text) => {
    expect(categoriesOf(text)).toContain('fin.swift_bic');
  });

  it.each([
    ['all-caps words in code', '#define HOSTNAME 1\nconst CUSTOMER = 2; // DEPARTMENT CONFIDENTIAL'],
    ['a spaced BIC shape without a payment word', 'THIS IS AN OK PLAN'],
    ['an invalid country code even after "SWIFT"', 'SWIFT code ABCDXXYY'],
  ])('given %s, does not report fin.swift_bic', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('fin.swift_bic');
  });
});

describe('fin.bank_account detector', () => {
  it.each([
    ['a bare routing number', '021000021'],
    ['a routing number in 4-4-1 groups', 'routing 0110-0001-5'],
    ['a routing number between MICR symbols', '⑆122105155⑆ 000123456789⑈'],
    ['an account number after "account"', 'Direct deposit to account 4400123456'],
    ['an account number after "Kontonummer"', 'Kontonummer: 0532013000'],
    ['an account number after "acct" with spaces', 'acct 1234 5678 9012'],
  ])('given %s, reports fin.bank_account', (_form, text) => {
    expect(categoriesOf(text)).toContain('fin.bank_account');
  });

  it.each([
    ['a routing-shaped number failing 3-7-1', 'Does 097715309 pass the checksum?'],
    ['a 3-7-1-valid number with an unassigned prefix', 'code 421042111'],
    ['the last four digits of an account', 'the account ending in 482117 was charged'],
    ['an AWS account id', 'AWS account 123456789012 in us-east-1'],
    ['an account word followed by an amount', 'account balance $1250.00'],
  ])('given %s, does not report fin.bank_account', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('fin.bank_account');
  });
});

describe('fin.crypto_wallet detector', () => {
  it.each([
    ['Bitcoin P2PKH', 'Send 0.1 BTC to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.'],
    ['bech32 with zero-width characters', 'wallet bc1qw508d6q\u200bejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['taproot', 'to bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0 now'],
    ['Ethereum (EIP-55)', 'payout 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
    ['Ethereum all lower case', 'payout 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'],
    ['XRP', 'XRP to rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh'],
    ['Litecoin', 'LTC: LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1'],
  ])('given a %s address, reports fin.crypto_wallet', (_kind, text) => {
    expect(categoriesOf(text)).toContain('fin.crypto_wallet');
  });

  it.each([
    ['a Base58 checksum failure', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'],
    ['an EIP-55 failure', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'],
    ['a SHA-256 digest', '8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189'],
    [
      'a 0x-prefixed 64-hex transaction hash',
      '0x8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189',
    ],
  ])('given %s, does not report fin.crypto_wallet', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('fin.crypto_wallet');
  });
});

describe('financial detectors on a 1 MB adversarial input', () => {
  it.each([
    ['one digit run', '4'.repeat(1 << 20)],
    ['digits and separators', '4111 - '.repeat(1 << 17)],
    ['IBAN starts', 'DE89 '.repeat(1 << 18)],
    ['BIC-shaped words', 'DEUTDEFF '.repeat(1 << 17)],
    ['Base58 runs', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2x'.repeat(1 << 15)],
    ['hex after 0x', '0x'.repeat(1 << 19)],
  ])('given %s, every financial detector finishes', (_shape, input) => {
    const doc = new Document(normalize(input).text);
    const started = performance.now();
    for (const detector of financialDetectors) detector.scan(doc);
    console.log(`financial detectors, ${_shape}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(doc.findings.length).toBeGreaterThanOrEqual(0);
    expect(doc.text.length).toBeGreaterThan(500_000);
  });
});

describe('IBANs and cards in forms found on independent corpus samples', () => {
  it.each([
    [
      'regrouped in threes, splitting the check digits',
      'IBAN SA0 380 000 000 608 010 167 519, Inhaber K. Saleh',
    ],
    ['with double spaces between irregular groups', 'IBAN: SA4  815  000  0001  2345  678  9012'],
    ['with a space between the country code and the check digits', 'IBAN DE 89 3704 0044 0532 0130 00'],
    ['compact, with a bank code and look-alike letters for digits', 'Konto IE29AIBK93ll52l2345678, danke'],
  ])('given an IBAN %s, reports fin.iban', (_form, text) => {
    expect(categoriesOf(text)).toContain('fin.iban');
  });

  it.each([
    ['a country code split by a space', 'ref G T82 TRAJ 0102 0000 0012 1002 9690'],
    ['a lower-case word before a spaced number', 'it is 12 3456 7890 1234 5678 90'],
  ])('given %s, does not report fin.iban', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('fin.iban');
  });

  it('given an IBAN-shaped reference failing mod 97 whose digits hold a Luhn-valid card, reports no card', () => {
    // GIVEN "4532 0151 1283 0002" passes IIN + Luhn, but it is the middle of an account number
    const text = 'The reference IT71 K030 4532 0151 1283 0002 777 fails the validator, why?';
    // WHEN / THEN
    expect(categoriesOf(text)).not.toContain('fin.credit_card');
  });

  it('given an IBAN and a card after it, still reports the card', () => {
    expect(categoriesOf('IBAN SA03 8000 0000 6080 1016 7519, card 4532 0151 1283 0366')).toEqual(
      expect.arrayContaining(['fin.iban', 'fin.credit_card']),
    );
  });

  it('given a card after the initials of its scheme, reports the card', () => {
    expect(categoriesOf('MC 5425 2334 3010 9903 exp 12/27 cvv 123, thanks a lot')).toContain(
      'fin.credit_card',
    );
  });

  it('given the label "IBAN" before the country code and check digits, reports no BIC', () => {
    expect(categoriesOf('IBAN DE89 3704 0044 0532 0130 00')).not.toContain('fin.swift_bic');
  });

  it.each([
    ['IBAN-shaped references holding card numbers', 'IT71 K030 4532 0151 1283 0002 777 '.repeat(1 << 15)],
    ['regrouped IBAN heads', 'SA6  145 '.repeat(1 << 17)],
  ])('given 1 MB of %s, the financial detectors finish', (_shape, input) => {
    const doc = new Document(normalize(input).text);
    const started = performance.now();
    for (const detector of financialDetectors) detector.scan(doc);
    console.log(`financial detectors, ${_shape}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(doc.findings.some((f) => f.category === 'fin.credit_card')).toBe(false);
    expect(doc.text.length).toBeGreaterThan(500_000);
  });
});
