import { categoriesOf } from '../../../support/detect-categories';
import { contactDetectors } from '../../../../lambda/router/classify/detectors/contact';
import { normalize } from '../../../../lambda/router/classify/normalize';
import { Document } from '../../../../lambda/router/classify/scan-doc';
import {
  ipv4IsPublic,
  ipv6IsPublic,
  parseIpv4,
  parseIpv6,
} from '../../../../lambda/router/classify/validators/ip';
import { internationalNumberValid, nanpValid } from '../../../../lambda/router/classify/validators/phone';

describe('pii.email detector', () => {
  it.each([
    ['plain', 'email me at maria.lopez@gmail.com'],
    ['with a plus tag', 'send it to hector.castillo+shop@icloud.com'],
    ['in angle brackets', 'From: Alex Kim <alex.kim@outlook.co.uk>'],
    ['punycode domain', 'user@xn--80ak6aa92e.com'],
    ['fullwidth', 'ｍａｒｉａ＠ｇｍａｉｌ．ｃｏｍ'],
    ['zero-width characters and soft hyphens', 'maria\u200b.lo\u00adpez@gm\u200dail.com'],
    ['at the end of a sentence', 'Write to ana@proton.me.'],
  ])('given an email %s, reports pii.email', (_form, text) => {
    expect(categoriesOf(text)).toContain('pii.email');
  });

  it.each([
    ['a documentation domain', 'we show user@example.com and admin@example.org in docs'],
    ['a reserved test TLD', 'login as qa@shop.test'],
    ['an SSH remote', 'git clone git@github.com:acme/web.git fails'],
    ['a scoped npm package', 'What is @types/node?'],
    ['a decorator', 'What does @Override do?'],
    ['a package pinned to a version', 'install lodash@4.17.21'],
    ['a domain without a TLD', 'my email is info@presidio.'],
  ])('given %s, does not report pii.email', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('pii.email');
  });
});

describe('phone number rules', () => {
  it('applies NANP area code and exchange rules', () => {
    expect(nanpValid('4155550132')).toBe(true);
    expect(nanpValid('1235550132')).toBe(false); // area code starts with 1
    expect(nanpValid('4151550132')).toBe(false); // exchange starts with 1
    expect(nanpValid('9115550132')).toBe(false); // N11 area code
  });

  it('checks the national length of the country code', () => {
    expect(internationalNumberValid('33142685300')).toBe(true); // France: 9 digits
    expect(internationalNumberValid('3314268530')).toBe(false);
    expect(internationalNumberValid('5511984565666')).toBe(true); // Brazil: 11 digits
    expect(internationalNumberValid('99912345678')).toBe(false); // 999 is no country code
  });
});

describe('pii.phone detector', () => {
  it.each([
    ['NANP with parentheses', 'Unit 4B — J. Doe — (978) 526-1483 — lease ends'],
    ['NANP dashed', 'Voicemail from 248-274-0077 at 9:42'],
    ['NANP dotted after a parenthesis', 'call (404).295.2155'],
    ['+1 with parentheses', 'Voicemail from +1 (702) 250-9112'],
    ['E.164 compact', 'My mobile number is +639171234567.'],
    ['UK international', 'my cell is +44 7490 378865'],
    ['France international', 'rappeler au +33 1 78 87 79 81'],
    ['Brazil with area code in parentheses', 'Call me at +55 (71) 99928-3099'],
    ['UK with (0)', 'office +44 (0)20 7946 0958'],
    ['every digit spaced out', 'my cell is + 1 9 5 4 9 8 8 3 8 3 1'],
    ['fullwidth digits', 'Mi número de celular es ＋３４ ６５３ ５４６ １７２'],
    ['mathematical digits', 'Phone: (𝟺𝟶𝟺) 𝟼𝟿𝟾-𝟹𝟹𝟿𝟾'],
    ['look-alike dashes and zero-width characters', 'my cell is 213\u2060\u22122\u200d57-８８８４'],
    ['a German national number after "Phone"', 'Phone: 069 74584570'],
    ['a French national number after "Mobile"', 'Mobile: 04 12 56 73 44'],
    ['a UK national mobile in groups', 'reach Sam on 07981 624744'],
    ['a Japanese national number', 'My Japanese number is 090-1234-5678'],
    ['a bare national mobile with trunk 0', '09171234567'],
    ['a bare number after "call"', 'please call 5321234567 tomorrow'],
  ])('given a phone number: %s, reports pii.phone', (_form, text) => {
    expect(categoriesOf(text)).toContain('pii.phone');
  });

  it.each([
    ['an ISO date', 'Deadline 2024-03-15 10:30'],
    ['a dotted date', 'born 15.03.1987'],
    ['a price', 'costs $2,115.61 after 16% off'],
    ['a version number', 'Chrome 126.0.5456.42 broke it'],
    ['an IP address', 'router at 192.168.100.120'],
    ['an ISBN-13 near the word "call"', 'call the tool: is the book 979-8-7132-3527-7 in stock?'],
    ['an ISBN-10', 'ISBN 0-306-40615-2'],
    ['an epoch time', 'Convert the Unix timestamp 1704930161 to a date'],
    ['an emergency short number', 'is it 112 everywhere?'],
    ['an IBAN fragment with a trunk-0 look', 'reference NL73 RABO 0130 3328 00'],
    ['a NANP-shaped number with an invalid area code', 'code 123-456-7890'],
    ['an order number', 'Order #2105678901 arrived'],
    ['a bare 10-digit number without context', 'ticket 4155550132 closed'],
  ])('given %s, does not report pii.phone', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('pii.phone');
  });
});

describe('IP address rules', () => {
  it.each([
    ['10.1.2.3', false],
    ['172.31.255.255', false],
    ['192.168.0.1', false],
    ['127.0.0.1', false],
    ['169.254.1.1', false],
    ['100.64.0.1', false],
    ['203.0.113.9', false],
    ['224.0.0.1', false],
    ['8.8.8.8', true],
    ['184.135.55.76', true],
  ])('treats %s as public: %s', (ip, expected) => {
    expect(ipv4IsPublic(parseIpv4(ip)!)).toBe(expected);
  });

  it.each([
    ['2a01:4f8:3808:546f:ce5e:6542:df9d:419e', true],
    ['2001:4860:c4eb::8f12:7a7b', true],
    ['::ffff:8.8.8.8', true],
    ['2001:db8::1', false],
    ['fe80::1', false],
    ['::1', false],
    ['fd12:3456::1', false],
    ['::ffff:10.0.0.1', false],
  ])('treats %s as public: %s', (ip, expected) => {
    expect(ipv6IsPublic(parseIpv6(ip)!)).toBe(expected);
  });

  it.each(['2001::db8::1', '12345:db8::1', '1:2:3:4:5:6:7', 'gggg::1', '2001:db8::256.1.1.1'])(
    'does not parse %s as IPv6',
    (text) => {
      expect(parseIpv6(text)).toBeUndefined();
    },
  );
});

describe('pii.ip_address detector', () => {
  it.each([
    ['IPv4 in a sentence', 'The only anomalous login came from 184.135.55.76, tied to a user.'],
    ['IPv4 in JSON', '{"ip":"134.79.156.167"}'],
    ['IPv4 CIDR', 'Add 193.13.218.0/24 to the deny list'],
    ['IPv4 with fullwidth digits', '１７０．５６．５．４９ - - [12/Mar/2025]'],
    ['IPv4 with soft hyphens', '24.240.\u00ad189.249'],
    ['full IPv6', 'ip 2a02:c7f:23b6:5157:899b:d71d:60c1:db58'],
    ['compressed IPv6', 'laptop IP is 2001:4860:c4eb::8f12:7a7b on VPN'],
    ['IPv6 with zero-width characters', '2601:646:\u2060f3ed:dba3:683\u200b3:5a6d:9b55:12bf'],
    ['IPv6 in brackets with a port', 'curl http://[2001:4860:4860::8888]:8080/'],
  ])('given %s, reports pii.ip_address', (_form, text) => {
    expect(categoriesOf(text)).toContain('pii.ip_address');
  });

  it.each([
    ['a private router address', "My router's admin page is at 192.168.0.1"],
    ['loopback with a port', 'reach my dev server at 127.0.0.1:3000'],
    ['private CIDR blocks', 'difference between 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16'],
    ['a section number', 'See section 9.9.9.5 of the spec'],
    ['a version number', 'upgrade to version 8.8.4.4 today'],
    ['a four-part number with a fifth part', 'build 8.8.8.8.1'],
    ['an octet above 255', 'value 256.8.8.8'],
    ['a documentation IPv6 prefix', 'Server IP: 2001:db8::1'],
    ['a time of day', 'Time 12:34:56'],
    ['a MAC address', 'MAC aa:bb:cc:dd:ee:ff'],
    ['a C++ scope', 'std::cout and MyClass::toString'],
  ])('given %s, does not report pii.ip_address', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('pii.ip_address');
  });
});

describe('contact detectors on a 1 MB adversarial input', () => {
  it.each([
    ['a@a@a@…', 'a@'.repeat(1 << 19)],
    ['dots in a domain', 'x@' + 'a.'.repeat(1 << 19)],
    ['colons', '1:'.repeat(1 << 19)],
    ['hex and colons', 'ffff:'.repeat(1 << 18)],
    ['dotted digits', '1.'.repeat(1 << 19)],
    ['parentheses and digits', '(212) '.repeat(1 << 17)],
    ['plus signs', '+1 '.repeat(1 << 18)],
    ['nested brackets', '(['.repeat(1 << 19)],
  ])('given %s, every contact detector finishes', (shape, input) => {
    const doc = new Document(normalize(input).text);
    const started = performance.now();
    for (const detector of contactDetectors) detector.scan(doc);
    console.log(`contact detectors, ${shape}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(doc.text.length).toBeGreaterThan(500_000);
  });
});

describe('pii.phone: a number broken over two lines', () => {
  it.each([
    [
      'the country code alone on the line before',
      'Customer record:\nUnit 4B — H. Cole — +81\n70 7388 4362 — lease ends',
    ],
    ['the area code alone on the line before', 'Pouvez-vous rappeler M. Pillai au 916\n624 4457 demain ?'],
    ['the last group alone on the line after', 'call me at 415 555\n0132 tomorrow'],
    ['a Windows line break', 'Voicemail from 248 274\r\n0077 at 9:42'],
  ])('given %s, reports pii.phone', (_form, text) => {
    expect(categoriesOf(text)).toContain('pii.phone');
  });

  it.each([
    ['a number after an unrelated line ending in digits', 'Totals:\n123\n456 7890 units'],
    ['an order line and an item count', 'Invoice 88\n12 items shipped'],
  ])('given %s, does not report pii.phone', (_why, text) => {
    expect(categoriesOf(text)).not.toContain('pii.phone');
  });

  it('given a number after a year line, reports the number on its own line only', () => {
    const doc = new Document(normalize('Order 2024\n415 555 0132').text);
    for (const detector of contactDetectors) detector.scan(doc);
    const phones = doc.findings.filter((f) => f.category === 'pii.phone');
    expect(phones.map((f) => doc.text.slice(f.start, f.end))).toEqual(['415 555 0132']);
  });

  it('finishes 1 MB of short numbers on alternating lines', () => {
    const doc = new Document(normalize('+81\n70 7388 4362\n916\n'.repeat(50_000)).text);
    const started = performance.now();
    for (const detector of contactDetectors) detector.scan(doc);
    console.log(
      `contact detectors, numbers over line breaks: ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(doc.findings.some((f) => f.category === 'pii.phone')).toBe(true);
  });
});
