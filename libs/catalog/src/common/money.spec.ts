import { compareMoney, toCents } from './money';

describe('money comparison', () => {
  it('compares decimal strings exactly', () => {
    expect(toCents('1250000.5')).toBe(125000050n);
    expect(compareMoney('999999999999.99', '1000000000000.00')).toBe(-1);
    expect(compareMoney('10', '10.00')).toBe(0);
    expect(compareMoney('10.01', '10')).toBe(1);
  });
});
