/**
 * Chinese patent application numbers (专利申请号): `CN` + 9 digits (older form) or 12 digits
 * (year, type, serial), then a check character, optionally after a '.', e.g. `CN202310123456.6`.
 *
 * Check character rule: over the application digits d_1…d_n (9 or 12 of them, left to right),
 * with weights w cycling 2,3,4,5,6,7,8,9,2,3,4,5, check = (Σ d_i × w_i) mod 11; a value of 10 is
 * written 'X'. The demo data generator produces the 12-digit form with the same rule.
 *
 * Any other office's number (US…, EP…, WO…, JP…) is kept as given.
 */
const CN_PATTERN = /^CN(\d{9}|\d{12})\.?([0-9X])$/;
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function cnCheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * WEIGHTS[i % WEIGHTS.length];
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** Normalises spacing and case; returns null when a CN number's format or check char is wrong. */
export function normalisePatentNumber(raw: string): string | null {
  const value = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (!value.startsWith('CN')) return /^[A-Z]{2}[A-Z0-9./-]{1,38}$/.test(value) ? value : null;
  const match = CN_PATTERN.exec(value);
  if (!match) return null;
  return cnCheckChar(match[1]) === match[2] ? value : null;
}

export function isValidPatentNumber(raw: string): boolean {
  return normalisePatentNumber(raw) !== null;
}
