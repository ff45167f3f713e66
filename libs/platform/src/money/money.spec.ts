import { centsOf, compareMoney, fromCents, isMoneyAmount, normaliseMoney, toCents } from './money';

describe('money', () => {
  it('reads decimal strings as exact cents, or null when they are not money', () => {
    expect(toCents('1250000.5')).toBe(125000050n);
    expect(toCents('12.3')).toBe(1230n);
    expect(toCents(' 7 ')).toBe(700n);
    expect(toCents('-0.05')).toBe(-5n);
    expect(toCents('1.234')).toBeNull();
    expect(toCents('1,000')).toBeNull();
    expect(toCents('1e3')).toBeNull();
    // A sum read back from SQL (the year's contract turnover) may pass the 13 digits a caller may give.
    expect(toCents('123456789012345678.90')).toBe(12345678901234567890n);
    expect(normaliseMoney('0')).toBe('0.00');
    expect(isMoneyAmount('12345678901234.00')).toBe(false);
    expect(() => centsOf('abc')).toThrow(/Not a money amount/);
  });

  it('writes cents back with two decimals and a sign', () => {
    expect(fromCents(-5n)).toBe('-0.05');
    expect(fromCents(100000n)).toBe('1000.00');
    expect(normaliseMoney('12.5')).toBe('12.50');
    expect(normaliseMoney('3')).toBe('3.00');
    expect(normaliseMoney('999999999999.99')).toBe('999999999999.99');
  });

  it('compares without floats, beyond what a double holds exactly', () => {
    expect(compareMoney('999999999999.99', '1000000000000.00')).toBe(-1);
    expect(compareMoney('10', '10.00')).toBe(0);
    expect(compareMoney('10.01', '10')).toBe(1);
    expect(compareMoney('9007199254740.93', '9007199254740.92')).toBe(1);
  });

  it('accepts as an amount a non-negative string up to the maximum, positive when asked', () => {
    expect(isMoneyAmount('1000000000000.00')).toBe(true);
    expect(isMoneyAmount('1000000000000.01')).toBe(false);
    expect(isMoneyAmount('0')).toBe(true);
    expect(isMoneyAmount('0', { positive: true })).toBe(false);
    expect(isMoneyAmount('0.01', { positive: true })).toBe(true);
    expect(isMoneyAmount('-1')).toBe(false);
    expect(isMoneyAmount('01')).toBe(false);
    expect(isMoneyAmount(12)).toBe(false);
  });
});
