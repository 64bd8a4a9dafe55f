/**
 * SWIFT/BIC (ISO 9362): 4-letter institution code, ISO 3166-1 alpha-2 country, 2-character
 * location, optional 3-character branch. The structure alone matches many all-caps words
 * ("HOSTNAME" reads as HOST-NA-ME), so callers also weigh context; this module only judges form.
 */

// ISO 3166-1 alpha-2 codes in use, plus XK (Kosovo), which SWIFT assigns.
const COUNTRIES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK';

export const ISO_COUNTRIES: ReadonlySet<string> = new Set(COUNTRIES.split(' '));

const BIC_SHAPE = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/** True when `compact` (upper case, no spaces) has the BIC structure with a real country code. */
export function bicValid(compact: string): boolean {
  return BIC_SHAPE.test(compact) && ISO_COUNTRIES.has(compact.slice(4, 6));
}

/** True when the location code holds a digit: rare in words, common in real BICs (e.g. "2A", "3N"). */
export function bicLocationHasDigit(compact: string): boolean {
  return /[0-9]/.test(compact.slice(6, 8));
}
