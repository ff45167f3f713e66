import { creditCodeCheckChar, isValidCreditCode } from './credit-code';

describe('unified social credit code', () => {
  it('accepts published codes of real companies', () => {
    expect(isValidCreditCode('914403001922038216')).toBe(true);
    expect(isValidCreditCode('91110000802100433B')).toBe(true);
  });

  it('refuses a wrong check character', () => {
    expect(isValidCreditCode('914403001922038217')).toBe(false);
    expect(isValidCreditCode('91110000802100433C')).toBe(false);
  });

  it('refuses wrong lengths and letters outside the alphabet', () => {
    expect(isValidCreditCode('91440300192203821')).toBe(false);
    expect(isValidCreditCode('9144030019220382160')).toBe(false);
    expect(isValidCreditCode('9144030019220382I6')).toBe(false);
    expect(isValidCreditCode('91A403001922038216')).toBe(false);
    expect(isValidCreditCode('91110000802100433b')).toBe(false);
  });

  it('builds codes that validate, and every single-character change breaks them', () => {
    const prefix = '91370200MA3C12345';
    const code = prefix + creditCodeCheckChar(prefix);
    expect(isValidCreditCode(code)).toBe(true);
    for (let i = 0; i < 18; i += 1) {
      const replacement = code[i] === '1' ? '2' : '1';
      expect(isValidCreditCode(code.slice(0, i) + replacement + code.slice(i + 1))).toBe(false);
    }
  });
});
