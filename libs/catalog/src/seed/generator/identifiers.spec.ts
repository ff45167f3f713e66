import { isValidCreditCode } from '@techbridge/identity';

import { buildCreditCode, buildPatentNumber, creditCodeCheckChar, isValidChinesePatentNumber, organizationCodeCheckChar, patentCheckChar } from './identifiers';

describe('demo identifiers', () => {
  it('computes the GB 32100 check character of published credit codes', () => {
    expect(creditCodeCheckChar('91440300192203821')).toBe('6');
    expect(creditCodeCheckChar('91110000802100433')).toBe('B');
  });

  it('computes the GB 11714 organization-code check embedded in those codes', () => {
    expect(organizationCodeCheckChar('19220382')).toBe('1');
    expect(organizationCodeCheckChar('80210043')).toBe('3');
    expect(organizationCodeCheckChar('12345678')).toBe('8');
  });

  it('builds credit codes the identity validator accepts', () => {
    for (const [registration, division, body] of [
      ['91', '370211', 'MA3CXY12'],
      ['12', '370200', '42740300'],
      ['52', '370212', '99999999'],
    ]) {
      const code = buildCreditCode(registration, division, body);
      expect(code).toHaveLength(18);
      expect(isValidCreditCode(code)).toBe(true);
    }
  });

  it('computes patent check digits with weights 2..9,2..5 modulo 11, 10 written X', () => {
    // 2·2+0·3+2·4+3·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 127 ≡ 6 (mod 11)
    expect(patentCheckChar('202310123456')).toBe('6');
    expect(buildPatentNumber(2023, 1, 123456)).toBe('CN202310123456.6');
    // 2·2+0·3+2·4+4·5+1·6+0·7+0·8+0·9+0·2+0·3+0·4+4·5 = 58 ≡ 3
    expect(patentCheckChar('202410000004')).toBe('3');
    const withX = Array.from({ length: 200 }, (_, i) => buildPatentNumber(2022, 1, i)).find((n) => n.endsWith('X'));
    expect(withX).toBeDefined();
    expect(isValidChinesePatentNumber(withX!)).toBe(true);
  });

  it('detects every single-digit change of a patent number', () => {
    const number = buildPatentNumber(2025, 2, 1234567);
    expect(isValidChinesePatentNumber(number)).toBe(true);
    expect(isValidChinesePatentNumber(number.replace('.', ''))).toBe(true);
    for (let i = 2; i < 14; i += 1) {
      const changed = number.slice(0, i) + String((Number(number[i]) + 1) % 10) + number.slice(i + 1);
      expect(isValidChinesePatentNumber(changed)).toBe(false);
    }
  });

  it('accepts the old 8-digit form, refuses 9 digits and other shapes', () => {
    expect(isValidChinesePatentNumber(`CN97101765.${patentCheckChar('97101765')}`)).toBe(true);
    expect(isValidChinesePatentNumber(`CN200410003.${patentCheckChar('200410003')}`)).toBe(false);
    expect(isValidChinesePatentNumber('CN2023101234.6')).toBe(false);
    expect(isValidChinesePatentNumber('US202310123456.6')).toBe(false);
  });
});
