/** Characters of the unified social credit code (GB 32100-2015): no I, O, S, V, Z. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Checks an 18-character Chinese unified social credit code: its alphabet, the six-digit
 * administrative division code at positions 3–8 and the mod-31 check character.
 */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(code[i]) * WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check] === code[17];
}

/** The check character for a 17-character prefix (used to build demo data). */
export function creditCodeCheckChar(prefix: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(prefix[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}
