import { describe, expect, it } from 'vitest';
import * as server from '../../../../libs/identity/src/organizations/credit-code';
import { checkCreditCode, creditCodeCheckChar, isValidCreditCode } from './credit-code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZ';

function random(length: number, seed: { value: number }): string {
  let out = '';
  for (let i = 0; i < length; i += 1) {
    seed.value = (seed.value * 1103515245 + 12345) % 2 ** 31;
    out += ALPHABET[seed.value % ALPHABET.length];
  }
  return out;
}

describe('credit codes in the browser', () => {
  it('accepts a real-shaped code and names the check character of a wrong one', () => {
    expect(checkCreditCode('914403001922038216')).toEqual({ ok: true });
    expect(checkCreditCode('914403001922038217')).toEqual({ ok: false, problem: 'checkChar', expected: '6' });
    expect(checkCreditCode('91440300192203821')).toEqual({ ok: false, problem: 'shape' });
    expect(checkCreditCode('9144030019220382I6')).toEqual({ ok: false, problem: 'shape' });
    expect(checkCreditCode(null)).toEqual({ ok: false, problem: 'missing' });
  });

  it('agrees with the server on 3,000 random codes and check characters', () => {
    const seed = { value: 17 };
    let valid = 0;
    for (let i = 0; i < 3000; i += 1) {
      const prefix = `9${random(1, seed)}${String(seed.value % 1_000_000).padStart(6, '0')}${random(9, seed)}`;
      // Every third one gets the right check character, so both answers are exercised.
      const code =
        i % 3 === 0 && /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}$/.test(prefix)
          ? prefix + server.creditCodeCheckChar(prefix)
          : prefix + random(1, seed);
      expect(isValidCreditCode(code)).toBe(server.isValidCreditCode(code));
      if (/^[0-9A-HJ-NPQRTUWXY]{17}/.test(code)) expect(creditCodeCheckChar(code)).toBe(server.creditCodeCheckChar(code));
      if (server.isValidCreditCode(code)) valid += 1;
    }
    expect(valid).toBeGreaterThan(200);
  });
});
