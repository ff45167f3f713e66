import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { centsOf, fromCents, MONEY_MAX, MONEY_PATTERN } from '../money/money';

/** Parses a yuan amount given as a decimal string; returns it normalised to two decimals. */
export function parseMoney(value: unknown): string {
  // Strings only: a JSON number has already been through a float (0.1 + 0.2) before it arrives.
  const text = value;
  if (typeof text !== 'string' || text.length > 32 || !MONEY_PATTERN.test(text.trim())) {
    throw new GraphQLError('Money must be a non-negative decimal string with at most 2 decimals, e.g. "1250000.00"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const cents = centsOf(text);
  if (cents > BigInt(MONEY_MAX) * 100n) {
    throw new GraphQLError('Money must not exceed 1000000000000.00', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return fromCents(cents);
}

/** CNY yuan as a decimal string; stored as numeric, never as a float. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'CNY yuan as a decimal string with two decimals, e.g. "1250000.00" (stored as numeric).',
  serialize: (value) => {
    if (typeof value === 'string') return value.includes('.') ? value : `${value}.00`;
    if (typeof value === 'number') return value.toFixed(2);
    throw new GraphQLError('Money value is not serialisable');
  },
  parseValue: parseMoney,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parseMoney(ast.value);
    throw new GraphQLError('Money must be given as a string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
