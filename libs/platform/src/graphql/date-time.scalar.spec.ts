import { parseIsoDateTime, StrictDateTimeScalar } from './date-time.scalar';

describe('DateTime (strict)', () => {
  it.each([
    ['2026-06-01T10:00:00+08:00', '2026-06-01T02:00:00.000Z'],
    ['2026-06-01T02:00:00Z', '2026-06-01T02:00:00.000Z'],
    ['2026-06-01T02:00Z', '2026-06-01T02:00:00.000Z'],
    ['2026-06-01T02:00:00.123456Z', '2026-06-01T02:00:00.123Z'],
    ['2028-02-29T00:00:00-05:30', '2028-02-29T05:30:00.000Z'],
  ])('parses %p', (input, iso) => {
    expect(parseIsoDateTime(input)?.toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-30T10:00:00Z',
    '2027-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-06-01 10:00',
    '2026-06-01T10:00:00',
    '2026-06-01',
    '2026-06-01T24:00:00Z',
    '2026-06-01T10:60:00Z',
    '2026-06-01T10:00:00+24:00',
    '0000-01-01T00:00:00Z',
    '2026-06-01t10:00:00z',
    ' 2026-06-01T10:00:00Z',
    '',
    1780000000000,
    null,
  ])('refuses %p', (input) => {
    expect(parseIsoDateTime(input)).toBeNull();
    expect(() => StrictDateTimeScalar.parseValue(input)).toThrow(/ISO 8601/);
  });

  it('serialises dates as UTC ISO strings', () => {
    expect(StrictDateTimeScalar.serialize(new Date('2026-06-01T10:00:00+08:00'))).toBe('2026-06-01T02:00:00.000Z');
  });
});
