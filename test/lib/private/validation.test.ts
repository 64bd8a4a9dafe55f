import {
  assertAmazonSideAsn,
  assertBackendUrl,
  assertBgpAsn,
  assertIpv4,
  assertIpv4Cidr,
  assertNotBoth,
  cidrsOverlap,
} from '../../../lib/private/validation';

describe('assertIpv4Cidr', () => {
  test.each(['10.0.0.0/8', '10.100.0.0/16', '192.168.1.0/24', '203.0.113.10/32', '0.0.0.0/0'])(
    'accepts %s',
    (cidr) => {
      expect(() => assertIpv4Cidr('cidr', cidr)).not.toThrow();
    },
  );

  test.each(['10.0.0.0', '10.0.0.0/33', '256.0.0.0/8', '10.0.0/16', 'fd00::/8', '10.0.0.0/16 ', ''])(
    'fails when the value is not an IPv4 CIDR: %p',
    (cidr) => {
      expect(() => assertIpv4Cidr('cidr', cidr)).toThrow(
        /cidr must be an IPv4 CIDR block such as 10\.0\.0\.0\/16, got/,
      );
    },
  );

  test('fails when host bits are set, and names the network address to use instead', () => {
    expect(() => assertIpv4Cidr('cidr', '10.100.5.0/16')).toThrow(
      /'10\.100\.5\.0\/16' has host bits set; use the network address 10\.100\.0\.0\/16/,
    );
  });
});

describe('cidrsOverlap', () => {
  test('reports overlap of a range and a range inside it', () => {
    expect(cidrsOverlap('10.64.0.0/16', '10.64.8.0/22')).toBe(true);
  });

  test('reports no overlap of adjacent ranges', () => {
    expect(cidrsOverlap('10.64.0.0/16', '10.65.0.0/16')).toBe(false);
  });
});

describe('assertIpv4', () => {
  test('accepts a dotted quad', () => {
    expect(() => assertIpv4('customerGatewayIp', '203.0.113.10')).not.toThrow();
  });

  test.each(['203.0.113', '203.0.113.256', 'vpn.example.com', '203.0.113.10/32'])(
    'fails when the value is not an IPv4 address: %p',
    (ip) => {
      expect(() => assertIpv4('customerGatewayIp', ip)).toThrow(
        /customerGatewayIp must be an IPv4 address such as 203\.0\.113\.10, got/,
      );
    },
  );
});

describe('assertBgpAsn', () => {
  test.each([1, 64512, 65000, 65534, 4200000000, 4294967294])('accepts %d', (asn) => {
    expect(() => assertBgpAsn('bgpAsn', asn)).not.toThrow();
  });

  test.each([0, -1, 4294967295, 65000.5])('fails when the ASN is out of range: %d', (asn) => {
    expect(() => assertBgpAsn('bgpAsn', asn)).toThrow(
      /bgpAsn must be an integer between 1 and 4294967294, got/,
    );
  });

  test.each([7224, 9059, 10124, 17943, 23456, 65535])('fails when the ASN is reserved: %d', (asn) => {
    expect(() => assertBgpAsn('bgpAsn', asn)).toThrow(
      new RegExp(`bgpAsn ${asn} is reserved; choose a private ASN`),
    );
  });
});

describe('assertAmazonSideAsn', () => {
  test('fails when the ASN is public', () => {
    expect(() => assertAmazonSideAsn('amazonSideAsn', 16509)).toThrow(
      /amazonSideAsn must be a private ASN \(64512-65534 or 4200000000-4294967294\), got 16509/,
    );
  });
});

describe('assertBackendUrl', () => {
  const strict = { allowInsecureHttp: false };

  test('accepts an https URL with a path', () => {
    expect(() => assertBackendUrl('url', 'https://vllm.corp.example:8443/v1', strict)).not.toThrow();
  });

  test('fails when the URL uses http without the explicit opt-in, naming the opt-in', () => {
    expect(() => assertBackendUrl('url', 'http://vllm.corp.example/v1', strict)).toThrow(
      /url must use https, got 'http:\/\/vllm\.corp\.example\/v1'; set allowInsecureHttp: true/,
    );
  });

  test('accepts http with the explicit opt-in', () => {
    expect(() =>
      assertBackendUrl('url', 'http://vllm.corp.example/v1', { allowInsecureHttp: true }),
    ).not.toThrow();
  });

  test('fails when the value is not a URL', () => {
    expect(() => assertBackendUrl('url', 'vllm.corp.example', strict)).toThrow(/url must be an absolute URL/);
  });

  test('fails when the URL embeds credentials, without echoing them', () => {
    const attempt = () => assertBackendUrl('url', 'https://user:s3cret@vllm.corp.example/v1', strict);
    expect(attempt).toThrow(/must not embed credentials/);
    expect(attempt).not.toThrow(/s3cret/);
  });

  test('fails when the scheme is neither http nor https', () => {
    expect(() => assertBackendUrl('url', 'ftp://vllm.corp.example/v1', strict)).toThrow(/url must use https/);
  });
});

describe('assertNotBoth', () => {
  test('fails when both members of a pair are given', () => {
    expect(() => assertNotBoth('Thing', ['existingX', 1], ['xProps', {}])).toThrow(
      /Thing: pass either existingX or xProps, not both/,
    );
  });

  test('accepts one member', () => {
    expect(() => assertNotBoth('Thing', ['existingX', undefined], ['xProps', {}])).not.toThrow();
  });
});
