import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { GraphQLError, GraphQLScalarType, GraphQLSchema, Kind } from 'graphql';

/** `2026-06-01T10:00:00.000+08:00`: date, `T`, time to the minute or finer, and an offset. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 date-time with an offset (`Z` or `±hh:mm`) that names a real instant;
 * null otherwise. `Date.parse` alone would roll `2026-02-30` over to March, read
 * `2026-06-01 10:00` in the server's zone and take epoch numbers.
 */
export function parseIsoDateTime(text: unknown): Date | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', , oh = '0', om = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(oh) > 23 || Number(om) > 59) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

const MESSAGE = 'DateTime must be an ISO 8601 date-time with an offset, e.g. "2026-06-01T10:00:00+08:00" or "2026-06-01T02:00:00Z"';

function parseDateTimeValue(value: unknown): Date {
  const date = parseIsoDateTime(value);
  if (!date) throw new GraphQLError(MESSAGE, { extensions: { code: 'BAD_USER_INPUT' } });
  return date;
}

/** The `DateTime` scalar, strict on input; output stays `Date.toISOString()` (UTC, `Z`). */
export const StrictDateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 date-time with an offset, e.g. 2026-06-01T10:00:00+08:00; answered in UTC (2026-06-01T02:00:00.000Z).',
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new GraphQLError('DateTime value is not serialisable');
  },
  parseValue: parseDateTimeValue,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(MESSAGE, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    return parseDateTimeValue(ast.value);
  },
});

/**
 * Swaps the code-first `DateTime` scalar (which takes whatever `new Date()` takes) for the strict
 * one everywhere the schema refers to it.
 */
export function withStrictDateTime(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => (type.name === 'DateTime' ? StrictDateTimeScalar : type),
  });
}
