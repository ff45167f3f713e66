import { isValidPatentNumber } from '../../results/patent-number';

/**
 * Check characters of the identifiers the demo data carries, so the seeded rows pass the same
 * validation as user input.
 */

/** Unified social credit code alphabet (GB 32100-2015): digits and letters without I, O, S, V, Z. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character of an 18-character credit code: (31 − Σ value·weight mod 31) mod 31 over the first 17. */
export function creditCodeCheckChar(prefix17: string): string {
  if (prefix17.length !== 17) throw new Error(`A credit code prefix has 17 characters: ${prefix17}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_CHARSET.indexOf(prefix17[i]);
    if (value < 0) throw new Error(`Not a credit code character: ${prefix17[i]}`);
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Check character of the nine-character organization code embedded at positions 9–17 of a credit
 * code (GB 11714): C = 11 − (Σ value·weight mod 11) over eight characters (digits 0–9, A=10 … Z=35);
 * 10 → 'X', 11 → '0'.
 */
export function organizationCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new Error(`An organization code body has 8 characters: ${body8}`);
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += parseInt(body8[i], 36) * ORGANIZATION_CODE_WEIGHTS[i];
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * A full credit code: registration authority and organization type (2 characters), the six-digit
 * administrative division, the organization code (8 characters + its GB 11714 check) and the
 * GB 32100 check character.
 */
export function buildCreditCode(registration: string, division: string, organizationBody8: string): string {
  const prefix = registration + division + organizationBody8 + organizationCodeCheckChar(organizationBody8);
  return prefix + creditCodeCheckChar(prefix);
}

const PATENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/**
 * Check character of a Chinese patent application number (CNIPA): Σ dᵢ·wᵢ mod 11 over the digits,
 * weights cycling 2,3,4,5,6,7,8,9,2,3,4,5; a remainder of 10 is written 'X'. Works for the old
 * 8-digit and the current 12-digit numbers (year, type, serial).
 */
export function patentCheckChar(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new Error(`A patent application number is all digits: ${digits}`);
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * PATENT_WEIGHTS[i % PATENT_WEIGHTS.length];
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** `CN` + year (4) + type (1 invention, 2 utility model, 3 design) + serial (7) + '.' + check, e.g. `CN202310123456.6`. */
export function buildPatentNumber(year: number, type: 1 | 2 | 3, serial: number): string {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  if (digits.length !== 12) throw new Error(`Patent number out of range: ${digits}`);
  return `CN${digits}.${patentCheckChar(digits)}`;
}

/** True when a `CN…` number written with or without the '.' is well formed with the right check character. */
export function isValidChinesePatentNumber(number: string): boolean {
  return number.startsWith('CN') && isValidPatentNumber(number);
}
