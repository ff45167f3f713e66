import { Kind } from 'graphql';

import { MoneyScalar, parseMoney } from './money.scalar';

describe('Money', () => {
  it.each([
    ['0', '0.00'],
    ['12', '12.00'],
    ['1250000.5', '1250000.50'],
    ['1000000000000', '1000000000000.00'],
    [' 3.14 ', '3.14'],
  ])('parses %p as %p', (input, expected) => {
    expect(parseMoney(input)).toBe(expected);
  });

  it.each(['-1', '1.234', 'abc', '', '1e5', '01', '1000000000000.01', '99999999999999'])('refuses %p', (input) => {
    expect(() => parseMoney(input)).toThrow();
  });

  it.each([100, 0.1, 1e3, true, null, {}])('refuses the non-string %p', (input) => {
    expect(() => parseMoney(input)).toThrow(/decimal string/);
  });

  it('parses string literals only', () => {
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: '12.5' })).toBe('12.50');
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.INT, value: '12' })).toThrow(/string/);
  });

  it('serialises numeric strings from the database with two decimals', () => {
    expect(MoneyScalar.serialize('12')).toBe('12.00');
    expect(MoneyScalar.serialize('12.50')).toBe('12.50');
  });
});
