import { fromCents, loadConfig, toCents } from '@techbridge/platform';
import fc from 'fast-check';

import { basisPointsToPercent, commissionFor, parseCommissionRates } from './commission';
import { ContractType } from './contract-type.enum';

describe('commission', () => {
  const rates = parseCommissionRates('');

  it('has the documented defaults', () => {
    expect(rates).toEqual({ DEVELOPMENT: 300, TRANSFER: 500, LICENSE: 500, CONSULTING: 800, SERVICE: 800 });
  });

  it('overrides only the types given, with two decimals of percent', () => {
    expect(parseCommissionRates('TRANSFER:5.5, SERVICE : 10')).toEqual({ DEVELOPMENT: 300, TRANSFER: 550, LICENSE: 500, CONSULTING: 800, SERVICE: 1000 });
    expect(parseCommissionRates('LICENSE:0.25').LICENSE).toBe(25);
  });

  it('refuses malformed rates, unknown types and rates above 100 %', () => {
    expect(() => parseCommissionRates('TRANSFER=5')).toThrow(/must look like/);
    expect(() => parseCommissionRates('TRANSFER:5.555')).toThrow(/must look like/);
    expect(() => parseCommissionRates('EQUITY:5')).toThrow(/unknown contract type/);
    expect(() => parseCommissionRates('SERVICE:100.01')).toThrow(/above 100/);
    expect(parseCommissionRates('SERVICE:100').SERVICE).toBe(10000);
  });

  it('accepts at boot exactly the rate lists it can parse (one pattern for both)', () => {
    for (const text of ['TRANSFER:5.5', 'SERVICE : 10, LICENSE:0.25']) {
      expect(loadConfig({ COMMISSION_RATES: text }).COMMISSION_RATES).toBe(text);
      expect(() => parseCommissionRates(text)).not.toThrow();
    }
    for (const text of ['TRANSFER=5', 'TRANSFER:5.555', 'TRANSFER:']) {
      expect(() => loadConfig({ COMMISSION_RATES: text })).toThrow(/COMMISSION_RATES/);
      expect(() => parseCommissionRates(text)).toThrow(/must look like/);
    }
  });

  it('computes exactly in cents', () => {
    expect(commissionFor('1250000.00', ContractType.TRANSFER, rates)).toEqual({ rateBasisPoints: 500, commission: '62500.00' });
    expect(commissionFor('0.10', ContractType.DEVELOPMENT, rates).commission).toBe('0.00');
    // 0.1 + 0.2 territory: 3 % of 0.70 is 0.021 → 0.02; floats would give 0.020999…
    expect(commissionFor('0.7', ContractType.DEVELOPMENT, rates).commission).toBe('0.02');
    expect(commissionFor('9999999999999.99', ContractType.CONSULTING, rates).commission).toBe('800000000000.00');
  });

  it('rounds half up to the cent', () => {
    // 3 % of 0.50 = 0.015 → 0.02; 3 % of 0.49 = 0.0147 → 0.01; 5 % of 0.10 = 0.005 → 0.01.
    expect(commissionFor('0.50', ContractType.DEVELOPMENT, rates).commission).toBe('0.02');
    expect(commissionFor('0.49', ContractType.DEVELOPMENT, rates).commission).toBe('0.01');
    expect(commissionFor('0.10', ContractType.TRANSFER, rates).commission).toBe('0.01');
    expect(commissionFor('0.09', ContractType.TRANSFER, rates).commission).toBe('0.00');
  });

  it('matches a long-hand decimal computation for any amount and rate', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 10000 }), (cents, bp) => {
        const custom = { ...rates, SERVICE: bp };
        const exact = cents * BigInt(bp); // in 1/10 000 of a cent
        const expected = exact / 10000n + (exact % 10000n >= 5000n ? 1n : 0n);
        expect(commissionFor(fromCents(cents), ContractType.SERVICE, custom).commission).toBe(fromCents(expected));
      }),
    );
  });

  it('refuses negative or non-numeric amounts', () => {
    expect(() => commissionFor('-1.00', ContractType.SERVICE, rates)).toThrow();
    expect(() => commissionFor('abc', ContractType.SERVICE, rates)).toThrow();
    expect(() => commissionFor('1e5', ContractType.SERVICE, rates)).toThrow();
  });

  it('formats basis points as a percentage', () => {
    expect(basisPointsToPercent(550)).toBe('5.50');
  });
});

describe('money in cents', () => {
  it('reads and writes decimal strings', () => {
    expect(toCents('12.3')).toBe(1230n);
    expect(toCents('-0.05')).toBe(-5n);
    expect(toCents('1.234')).toBeNull();
    expect(toCents('1,000')).toBeNull();
    expect(fromCents(-5n)).toBe('-0.05');
    expect(fromCents(100000n)).toBe('1000.00');
  });
});
