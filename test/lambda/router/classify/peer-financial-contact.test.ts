/**
 * Presidio's recognizer test vectors (shared/peer, MIT) for the entities our financial, US-id and
 * contact detectors cover: every positive must report the mapped category, every negative must
 * not, except the cases listed in EXCEPTIONS with the reason we decide differently.
 */
import { categoriesOf } from '../../../support/detect-categories';
import { peerEntityMap, peerVectors, type PeerVector } from '../../../support/shared-data';

const ENTITIES = [
  'ABA_ROUTING_NUMBER',
  'US_BANK_NUMBER',
  'CREDIT_CARD',
  'CRYPTO',
  'IBAN_CODE',
  'EMAIL_ADDRESS',
  'IP_ADDRESS',
  'PHONE_NUMBER',
  'PH_MOBILE_NUMBER',
  'TR_PHONE_NUMBER',
  'US_ITIN',
  'US_SSN',
];

const NON_PUBLIC_IP =
  'not a public unicast address (private, loopback, link-local, unspecified, multicast, broadcast or documentation range): identifies no one, so not personal data by design (validators/ip.ts)';
const OUTSIDE_GLOBAL_UNICAST =
  'IPv6 outside 2000::/3, the only block assigned for global unicast: not a routable public address';
const BARE_NEEDS_CONTEXT =
  'Presidio weak/low-score candidate: a bare digit string without a context word is as likely an order or reference number';

const EXCEPTIONS: Readonly<Record<string, string>> = {
  'presidio-iban-163':
    'negative only because of mixed case ("bANK"); IBANs are matched case-insensitively by design and this one passes mod 97',
  'presidio-ph_mobile_number-37':
    'negative only for a recognizer restricted to the Philippines; after "Numero" a 10-digit number is a phone number in NANP and many other plans',
  'presidio-us_bank-1': `${BARE_NEEDS_CONTEXT} (US bank accounts have no checksum; we need an account word)`,
  'presidio-us_itin-1': `${BARE_NEEDS_CONTEXT} (irregular grouping "911-701234")`,
  'presidio-us_itin-2': `${BARE_NEEDS_CONTEXT} (bare 9 digits; ITIN groups cover a third of 9xx numbers)`,
  'presidio-us_ssn-1': `${BARE_NEEDS_CONTEXT} (irregular grouping "078-051121")`,
  'presidio-us_ssn-2': `${BARE_NEEDS_CONTEXT} (bare 9 digits)`,
  'presidio-tr_phone_number-9': `${BARE_NEEDS_CONTEXT} (10 digits, no trunk 0, no "+90")`,
  'presidio-tr_phone_number-10': `${BARE_NEEDS_CONTEXT} (Turkish grouping without trunk 0 or "+90")`,
  'presidio-tr_phone_number-11': `${BARE_NEEDS_CONTEXT} (Turkish grouping without trunk 0 or "+90")`,
  'presidio-tr_phone_number-16': `${BARE_NEEDS_CONTEXT} (10 digits, no trunk 0)`,
  'presidio-tr_phone_number-22': `${BARE_NEEDS_CONTEXT} (10 digits, no trunk 0)`,
  'presidio-tr_phone_number-23': `${BARE_NEEDS_CONTEXT} (10 digits, no trunk 0)`,
  'presidio-tr_phone_number-24': `${BARE_NEEDS_CONTEXT} (10 digits, no trunk 0)`,
  'presidio-tr_phone_number-32': `${BARE_NEEDS_CONTEXT} (dotted groups without trunk 0 read as a version or IP-like number)`,
  'presidio-ip-1': NON_PUBLIC_IP,
  'presidio-ip-3': OUTSIDE_GLOBAL_UNICAST,
  'presidio-ip-4': OUTSIDE_GLOBAL_UNICAST,
  'presidio-ip-9': NON_PUBLIC_IP,
  'presidio-ip-10': NON_PUBLIC_IP,
  'presidio-ip-11': NON_PUBLIC_IP,
  'presidio-ip-12': NON_PUBLIC_IP,
  'presidio-ip-14': NON_PUBLIC_IP,
  'presidio-ip-15': NON_PUBLIC_IP,
  'presidio-ip-16': NON_PUBLIC_IP,
  'presidio-ip-17': NON_PUBLIC_IP,
  'presidio-ip-18': NON_PUBLIC_IP,
  'presidio-ip-19': OUTSIDE_GLOBAL_UNICAST,
  'presidio-ip-20': NON_PUBLIC_IP,
  'presidio-ip-21': NON_PUBLIC_IP,
  'presidio-ip-23': NON_PUBLIC_IP,
  'presidio-ip-24': NON_PUBLIC_IP,
  'presidio-ip-25': NON_PUBLIC_IP,
  'presidio-ip-26': NON_PUBLIC_IP,
  'presidio-ip-27': NON_PUBLIC_IP,
  'presidio-ip-28': NON_PUBLIC_IP,
  'presidio-ip-29': NON_PUBLIC_IP,
  'presidio-ip-30': NON_PUBLIC_IP,
  'presidio-ip-31': NON_PUBLIC_IP,
  'presidio-ip-32': NON_PUBLIC_IP,
  'presidio-ip-33': NON_PUBLIC_IP,
  'presidio-ip-34': NON_PUBLIC_IP,
  'presidio-ip-35': NON_PUBLIC_IP,
  'presidio-ip-36': NON_PUBLIC_IP,
  'presidio-ip-37': NON_PUBLIC_IP,
  'presidio-ip-38': NON_PUBLIC_IP,
  'presidio-ip-41': NON_PUBLIC_IP,
  'presidio-ip-42': NON_PUBLIC_IP,
  'presidio-ip-43': NON_PUBLIC_IP,
  'presidio-ip-44': NON_PUBLIC_IP,
  'presidio-ip-46': NON_PUBLIC_IP,
  'presidio-ip-47': NON_PUBLIC_IP,
  'presidio-ip-48': NON_PUBLIC_IP,
  'presidio-ip-50': NON_PUBLIC_IP,
  'presidio-ip-51': NON_PUBLIC_IP,
  'presidio-ip-52': NON_PUBLIC_IP,
  'presidio-ip-67': NON_PUBLIC_IP,
  'presidio-ip-68': NON_PUBLIC_IP,
  'presidio-ip-69': NON_PUBLIC_IP,
  'presidio-ip-70': NON_PUBLIC_IP,
  'presidio-ip-71': NON_PUBLIC_IP,
  'presidio-ip-73': NON_PUBLIC_IP,
  'presidio-ip-76': NON_PUBLIC_IP,
  'presidio-ip-85': NON_PUBLIC_IP,
  'presidio-ip-86': NON_PUBLIC_IP,
  'presidio-ip-87': NON_PUBLIC_IP,
  'presidio-ip-88': NON_PUBLIC_IP,
  'presidio-ip-89': NON_PUBLIC_IP,
  'presidio-ip-90': NON_PUBLIC_IP,
  'presidio-ip-91': NON_PUBLIC_IP,
  'presidio-ip-92': NON_PUBLIC_IP,
  'presidio-ip-93': NON_PUBLIC_IP,
  'presidio-ip-94': NON_PUBLIC_IP,
  'presidio-ip-95': NON_PUBLIC_IP,
  'presidio-ip-96': NON_PUBLIC_IP,
  'presidio-ip-97': NON_PUBLIC_IP,
  'presidio-ip-98': NON_PUBLIC_IP,
  'presidio-ip-99': NON_PUBLIC_IP,
  'presidio-ip-100': NON_PUBLIC_IP,
  'presidio-ip-101': NON_PUBLIC_IP,
  'presidio-ip-102': NON_PUBLIC_IP,
  'presidio-ip-103': NON_PUBLIC_IP,
  'presidio-ip-104': NON_PUBLIC_IP,
  'presidio-ip-105': NON_PUBLIC_IP,
  'presidio-ip-106': NON_PUBLIC_IP,
  'presidio-ip-107': NON_PUBLIC_IP,
  'presidio-ip-108': NON_PUBLIC_IP,
  'presidio-ip-109': NON_PUBLIC_IP,
  'presidio-ip-110': NON_PUBLIC_IP,
  'presidio-ip-111': NON_PUBLIC_IP,
  'presidio-ip-112': NON_PUBLIC_IP,
  'presidio-ip-113': NON_PUBLIC_IP,
  'presidio-ip-114': NON_PUBLIC_IP,
  'presidio-ip-115': NON_PUBLIC_IP,
};

const categoryOf = peerEntityMap();
const vectors = peerVectors(ENTITIES);
const checked = vectors.filter((v) => !(v.id in EXCEPTIONS));
const label = (v: PeerVector) => `${v.id} (${v.entity}, ${v.tier}): ${JSON.stringify(v.text).slice(0, 80)}`;

describe('Presidio vectors for financial, US-id and contact entities', () => {
  it('covers every requested entity and lists only exceptions that exist', () => {
    expect(new Set(vectors.map((v) => v.entity))).toEqual(new Set(ENTITIES));
    const ids = new Set(vectors.map((v) => v.id));
    expect(Object.keys(EXCEPTIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(checked.filter((v) => v.expected_count > 0).map((v) => [label(v), v] as const))(
    'positive %s reports its category',
    (_label, vector) => {
      expect(categoriesOf(vector.text)).toContain(categoryOf[vector.entity]);
    },
  );

  it.each(checked.filter((v) => v.expected_count === 0).map((v) => [label(v), v] as const))(
    'negative %s does not report its category',
    (_label, vector) => {
      expect(categoriesOf(vector.text)).not.toContain(categoryOf[vector.entity]);
    },
  );
});
