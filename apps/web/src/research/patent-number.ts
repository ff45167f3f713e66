/**
 * The browser's copy of the server's rule for patent numbers
 * (libs/catalog/src/results/patent-number.ts), so a typo is caught before the form is sent.
 * The server checks again; `patent-number.test.ts` runs both on the same random inputs so the
 * two cannot drift apart.
 *
 * Chinese application numbers (专利申请号): `CN` + 9 or 12 digits, then a check character,
 * optionally after a '.'. Over the digits d_1…d_n with weights cycling 2,3,4,5,6,7,8,9,2,3,4,5,
 * check = (Σ d_i × w_i) mod 11, where 10 is written 'X'. Other offices' numbers (US…, EP…, WO…)
 * are only checked for shape.
 */
const CN_PATTERN = /^CN(\d{9}|\d{12})\.?([0-9X])$/;
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function cnCheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * WEIGHTS[i % WEIGHTS.length];
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

export type PatentNumberProblem = 'format' | 'checkChar';

/** Normalised number, or why it is refused. */
export function checkPatentNumber(raw: string): { ok: true; value: string } | { ok: false; problem: PatentNumberProblem; expected?: string } {
  const value = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (!value.startsWith('CN')) {
    return /^[A-Z]{2}[A-Z0-9./-]{1,38}$/.test(value) ? { ok: true, value } : { ok: false, problem: 'format' };
  }
  const match = CN_PATTERN.exec(value);
  if (!match) return { ok: false, problem: 'format' };
  const expected = cnCheckChar(match[1]);
  return expected === match[2] ? { ok: true, value } : { ok: false, problem: 'checkChar', expected };
}

export function normalisePatentNumber(raw: string): string | null {
  const checked = checkPatentNumber(raw);
  return checked.ok ? checked.value : null;
}

export function isValidPatentNumber(raw: string): boolean {
  return checkPatentNumber(raw).ok;
}
