/**
 * The browser's copy of libs/identity/src/organizations/credit-code.ts (GB 32100-2015): the
 * administrator sees at a glance whether an organization's code holds together. The spec runs both
 * on the same random inputs so the copies cannot drift apart.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeCheck = { ok: true } | { ok: false; problem: 'missing' | 'shape' } | { ok: false; problem: 'checkChar'; expected: string };

export function creditCodeCheckChar(prefix: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(prefix[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function isValidCreditCode(code: string): boolean {
  return checkCreditCode(code).ok;
}

/** Why a code does not hold together: no code, wrong alphabet or length, or the check character the first 17 give. */
export function checkCreditCode(code: string | null | undefined): CreditCodeCheck {
  if (!code) return { ok: false, problem: 'missing' };
  if (!SHAPE.test(code)) return { ok: false, problem: 'shape' };
  const expected = creditCodeCheckChar(code);
  return expected === code[17] ? { ok: true } : { ok: false, problem: 'checkChar', expected };
}
