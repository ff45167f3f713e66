/**
 * Chinese patent application numbers (专利申请号), checked as CNIPA writes them:
 *
 * - filed from 1 October 2003: 12 digits — year (4), type (1), serial (7) — e.g. `CN202310123456.6`;
 * - filed before: 8 digits — year (2, 85–03), type (1), serial (5) — e.g. `CN95115608.X`;
 *
 * each followed by a check character, optionally after a '.'. The type is 1 invention,
 * 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model. The check character (CNIPA's
 * mod-11 scheme): over the digits d_1…d_n left to right with weights 2,3,4,5,6,7,8,9 (then 2,3,4,5
 * for the 12-digit form), check = (Σ d_i × w_i) mod 11, a remainder of 10 written 'X'.
 * No 9-digit form exists: a "CN" + 9 digits is refused whatever its check character.
 *
 * Any other office's number (US…, EP…, WO…, JP…) is kept as given.
 */
const CN_PATTERN = /^CN(\d{8}|\d{12})\.?([0-9X])$/;
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const TYPES = new Set(['1', '2', '3', '8', '9']);

export function cnCheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * WEIGHTS[i % WEIGHTS.length];
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** Year and type agree with the form: the 8-digit one ran from 1985 to September 2003, the 12-digit one since. */
function plausible(digits: string): boolean {
  if (digits.length === 8) {
    const year = Number(digits.slice(0, 2));
    return (year >= 85 || year <= 3) && TYPES.has(digits[2]);
  }
  const year = Number(digits.slice(0, 4));
  return year >= 2003 && year <= new Date().getUTCFullYear() + 1 && TYPES.has(digits[4]);
}

export type PatentNumberCheck = { ok: true; value: string } | { ok: false; problem: 'format' | 'checkChar'; expected?: string };

/**
 * The normalised number (spacing and case), or why it is refused: its format, or a wrong check
 * character (with the one its digits give). The console imports this same function.
 */
export function checkPatentNumber(raw: string): PatentNumberCheck {
  const value = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (!value.startsWith('CN')) return /^[A-Z]{2}[A-Z0-9./-]{1,38}$/.test(value) ? { ok: true, value } : { ok: false, problem: 'format' };
  const match = CN_PATTERN.exec(value);
  if (!match || !plausible(match[1])) return { ok: false, problem: 'format' };
  const expected = cnCheckChar(match[1]);
  return expected === match[2] ? { ok: true, value } : { ok: false, problem: 'checkChar', expected };
}

/** Normalises spacing and case; returns null when a CN number's format or check char is wrong. */
export function normalisePatentNumber(raw: string): string | null {
  const checked = checkPatentNumber(raw);
  return checked.ok ? checked.value : null;
}

export function isValidPatentNumber(raw: string): boolean {
  return normalisePatentNumber(raw) !== null;
}
