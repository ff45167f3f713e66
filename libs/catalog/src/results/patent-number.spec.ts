import fc from 'fast-check';
import { cnCheckChar, isValidPatentNumber, normalisePatentNumber } from './patent-number';

describe('patent numbers', () => {
  it('computes the check character with weights 2..9,2..5 mod 11', () => {
    // 2·2+0·3+2·4+3·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 127; 127 mod 11 = 6
    expect(cnCheckChar('202310123456')).toBe('6');
    // 1·2+2·3+3·4+4·5+5·6+6·7+7·8+8·9+9·2 = 258; 258 mod 11 = 5
    expect(cnCheckChar('123456789')).toBe('5');
  });

  it('writes 10 as X', () => {
    // 0·2 … 0·9, then 5·2 = 10 → X
    expect(cnCheckChar('000000005')).toBe('X');
    expect(isValidPatentNumber('CN000000005.X')).toBe(true);
  });

  it('accepts CN numbers with or without the dot and refuses a wrong check char', () => {
    expect(isValidPatentNumber('CN202310123456.6')).toBe(true);
    expect(isValidPatentNumber('CN2023101234566')).toBe(true);
    expect(isValidPatentNumber('cn 202310123456.6')).toBe(true);
    expect(isValidPatentNumber('CN202310123456.7')).toBe(false);
    expect(isValidPatentNumber('CN123456789.5')).toBe(true);
    expect(isValidPatentNumber('CN12345678.5')).toBe(false);
    expect(isValidPatentNumber('CN2023101234.6')).toBe(false);
    expect(normalisePatentNumber('cn202310123456.6')).toBe('CN202310123456.6');
  });

  it('keeps other offices\' numbers as given', () => {
    expect(normalisePatentNumber('US10123456B2')).toBe('US10123456B2');
    expect(normalisePatentNumber('EP3456789A1')).toBe('EP3456789A1');
    expect(normalisePatentNumber('WO2021/123456')).toBe('WO2021/123456');
    expect(isValidPatentNumber('12345')).toBe(false);
  });

  it('accepts exactly one check char per 12-digit number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (digits) => {
        const valid = [...'0123456789X'].filter((check) => isValidPatentNumber(`CN${digits}.${check}`));
        return valid.length === 1 && valid[0] === cnCheckChar(digits);
      }),
    );
  });
});
