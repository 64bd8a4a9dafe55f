/**
 * Phone number plausibility: ITU-T E.164 country calling codes with the national significant
 * number lengths each country uses, and the North American Numbering Plan rules.
 */

// "code:min-max" of national significant number lengths (digits after the country code).
const CALLING_CODES =
  '1:10 7:10 20:8-10 27:9 30:10 31:9 32:8-9 33:9 34:9 36:8-9 39:6-11 40:9 41:9 43:4-13 44:9-10 ' +
  '45:8 46:7-10 47:8 48:9 49:6-13 51:8-9 52:10 53:8 54:10-11 55:10-11 56:9 57:8-10 58:10 60:8-10 ' +
  '61:9 62:8-12 63:8-10 64:8-10 65:8 66:8-9 81:9-10 82:8-10 84:9-10 86:9-11 90:10 91:10 92:9-10 ' +
  '93:9 94:9 95:8-10 98:10 211:9 212:9 213:9 216:8 218:9-10 220:7 221:9 222:8 223:8 224:9 225:10 ' +
  '226:8 227:8 228:8 229:8-10 230:7-8 231:7-9 232:8 233:9 234:8-10 235:8 236:8 237:9 238:7 239:7 ' +
  '240:9 241:7-8 242:9 243:9 244:9 245:9 248:7 249:9 250:9 251:9 252:7-9 253:8 254:9-10 255:9 ' +
  '256:9 257:8 258:8-9 260:9 261:9 262:9 263:9 264:8-9 265:7-9 266:8 267:7-8 268:8 269:7 290:4-5 ' +
  '291:7 297:7 298:6 299:6 350:8 351:9 352:4-11 353:7-9 354:7-9 355:8-9 356:8 357:8 358:5-12 ' +
  '359:8-9 370:8 371:8 372:7-8 373:8 374:8 375:9 376:6 377:8-9 378:6-10 380:9 381:8-9 382:8 ' +
  '383:8 385:8-9 386:8 387:8 389:8 420:9 421:9 423:7-9 500:5 501:7 502:8 503:8 504:8 505:8 506:8 ' +
  '507:7-8 509:8 590:9 591:8 592:7 593:8-9 594:9 595:9 596:9 597:6-7 598:8 599:7-8 670:7-8 673:7 ' +
  '675:7-8 676:5-7 677:5-7 678:5-7 679:7 680:7 685:5-7 852:8 853:8 855:8-9 856:8-10 880:10 ' +
  '886:8-9 960:7 961:7-8 962:8-9 963:9 964:10 965:8 966:9 967:9 968:8 970:9 971:8-9 972:8-9 ' +
  '973:8 974:8 975:8 976:8 977:8-10 992:9 993:8 994:9 995:9 996:9 998:9';

const NATIONAL_LENGTHS: ReadonlyMap<string, readonly [number, number]> = new Map(
  CALLING_CODES.split(' ').map((entry) => {
    const [code, lengths] = entry.split(':');
    const [min, max] = lengths.split('-').map(Number);
    return [code, [min, max ?? min] as const];
  }),
);

/** The country calling code that `digits` starts with, if any (codes are prefix-free). */
export function callingCode(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (NATIONAL_LENGTHS.has(code)) return code;
  }
  return undefined;
}

/**
 * NANP 10-digit number NPA-NXX-XXXX: area code and exchange start with 2-9 and are not N11
 * service codes (211…911).
 */
export function nanpValid(national: string): boolean {
  if (!/^[2-9][0-9]{2}[2-9][0-9]{6}$/.test(national)) return false;
  const n11 = (at: number) => national[at + 1] === '1' && national[at + 2] === '1';
  return !n11(0) && !n11(3);
}

/**
 * An international number (the digits after "+", country code first): a known calling code and
 * a national number of a length that country uses; NANP numbers also pass the NANP rules.
 */
export function internationalNumberValid(digits: string): boolean {
  const code = callingCode(digits);
  if (code === undefined) return false;
  const national = digits.slice(code.length);
  const [min, max] = NATIONAL_LENGTHS.get(code)!;
  if (national.length < min || national.length > max) return false;
  return code !== '1' || nanpValid(national);
}
