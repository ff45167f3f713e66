import fc from 'fast-check';

import { cnCheckChar, isValidPatentNumber, normalisePatentNumber } from './patent-number';

describe('patent numbers', () => {
  it('computes the check character with weights 2..9,2..5 mod 11', () => {
    // 2·2+0·3+2·4+3·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 127; 127 mod 11 = 6
    expect(cnCheckChar('202310123456')).toBe('6');
    // CNIPA's own examples of the 8-digit form: 9·2+7·3+1·4+0·5+1·6+7·7+6·8+5·9 = 191 ≡ 4.
    expect(cnCheckChar('97101765')).toBe('4');
    // 201710601862.3, as CNIPA publishes it.
    expect(cnCheckChar('201710601862')).toBe('3');
  });

  it('writes 10 as X', () => {
    // ZL95115608.X: 9·2+5·3+1·4+1·5+5·6+6·7+0·8+8·9 = 186 ≡ 10 → X
    expect(cnCheckChar('95115608')).toBe('X');
    expect(isValidPatentNumber('CN95115608.X')).toBe(true);
    expect(isValidPatentNumber('CN95115608.9')).toBe(false);
  });

  it('accepts real numbers filed before October 2003 (8 digits) and refuses made-up 9-digit ones', () => {
    expect(isValidPatentNumber('CN97101765.4')).toBe(true);
    expect(isValidPatentNumber('CN971017654')).toBe(true);
    expect(isValidPatentNumber('CN 03 1 43220.' + cnCheckChar('03143220'))).toBe(true);
    expect(isValidPatentNumber('CN97101765.5')).toBe(false);
    // Nine digits were never a form: refused whatever the check character.
    for (const check of '0123456789X') expect(isValidPatentNumber(`CN123456789.${check}`)).toBe(false);
    // An 8-digit number from 2004 on, or a 12-digit one before 2003, does not exist; nor does type 4.
    expect(isValidPatentNumber(`CN04100001.${cnCheckChar('04100001')}`)).toBe(false);
    expect(isValidPatentNumber(`CN200210000001.${cnCheckChar('200210000001')}`)).toBe(false);
    expect(isValidPatentNumber(`CN97401765.${cnCheckChar('97401765')}`)).toBe(false);
  });

  it('accepts CN numbers with or without the dot and refuses a wrong check char', () => {
    expect(isValidPatentNumber('CN202310123456.6')).toBe(true);
    expect(isValidPatentNumber('CN2023101234566')).toBe(true);
    expect(isValidPatentNumber('cn 202310123456.6')).toBe(true);
    expect(isValidPatentNumber('CN202310123456.7')).toBe(false);
    expect(isValidPatentNumber('CN123456789.5')).toBe(false);
    expect(isValidPatentNumber('CN1234567.5')).toBe(false);
    expect(isValidPatentNumber('CN2023101234.6')).toBe(false);
    expect(normalisePatentNumber('cn202310123456.6')).toBe('CN202310123456.6');
  });

  it("keeps other offices' numbers as given", () => {
    expect(normalisePatentNumber('US10123456B2')).toBe('US10123456B2');
    expect(normalisePatentNumber('EP3456789A1')).toBe('EP3456789A1');
    expect(normalisePatentNumber('WO2021/123456')).toBe('WO2021/123456');
    expect(isValidPatentNumber('12345')).toBe(false);
  });

  it('accepts exactly one check char per 12-digit and per 8-digit number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^20(0[3-9]|1\d|2[0-5])[12389]\d{7}$/), fc.stringMatching(/^(8[5-9]|9\d|0[0-3])[12389]\d{5}$/)), (digits) => {
        const valid = [...'0123456789X'].filter((check) => isValidPatentNumber(`CN${digits}.${check}`));
        return valid.length === 1 && valid[0] === cnCheckChar(digits);
      }),
    );
  });
});
