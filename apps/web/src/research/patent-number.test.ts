import { describe, expect, it } from 'vitest';
import * as server from '../../../../libs/catalog/src/results/patent-number';
import { checkPatentNumber, cnCheckChar, isValidPatentNumber, normalisePatentNumber } from './patent-number';

describe('patent numbers in the browser', () => {
  it('computes the check character with weights 2..9,2..5 mod 11', () => {
    expect(cnCheckChar('202310123456')).toBe('6');
    expect(cnCheckChar('97101765')).toBe('4');
    expect(cnCheckChar('95115608')).toBe('X');
  });

  it('accepts good CN numbers with or without the dot, in any case and spacing', () => {
    expect(isValidPatentNumber('CN202310123456.6')).toBe(true);
    expect(isValidPatentNumber('CN2023101234566')).toBe(true);
    expect(normalisePatentNumber('cn 202310123456.6')).toBe('CN202310123456.6');
    expect(isValidPatentNumber('CN95115608.X')).toBe(true);
    expect(isValidPatentNumber('CN97101765.4')).toBe(true);
    // No 9-digit form exists, whatever its check character.
    expect(isValidPatentNumber('CN123456789.5')).toBe(false);
  });

  it('says why a number is refused and which check character was expected', () => {
    expect(checkPatentNumber('CN202310123456.7')).toEqual({
      ok: false,
      problem: 'checkChar',
      expected: '6',
    });
    expect(checkPatentNumber('CN2023101234.6')).toEqual({
      ok: false,
      problem: 'format',
    });
    expect(checkPatentNumber('12345')).toEqual({
      ok: false,
      problem: 'format',
    });
  });

  it('keeps other offices\u2019 numbers', () => {
    expect(normalisePatentNumber('US10123456B2')).toBe('US10123456B2');
    expect(normalisePatentNumber('WO2021/123456')).toBe('WO2021/123456');
  });

  it('agrees with the server on random inputs', () => {
    let seed = 20260;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = (chars: string, length: number) => Array.from({ length }, () => chars[next(chars.length)]).join('');
    for (let i = 0; i < 3000; i += 1) {
      const digits = pick('0123456789', [9, 12, 8, 11, 13][next(5)]);
      const candidates = [
        `CN${digits}.${pick('0123456789X', 1)}`,
        `CN${digits}${pick('0123456789XY', 1)}`,
        `cn ${digits}.${cnCheckChar(digits)}`,
        `${pick('CNUSEPWO', 2)}${pick('0123456789AB/.-', 1 + next(12))}`,
      ];
      for (const candidate of candidates) {
        expect(normalisePatentNumber(candidate), candidate).toBe(server.normalisePatentNumber(candidate));
      }
      expect(cnCheckChar(digits)).toBe(server.cnCheckChar(digits));
    }
  });
});
