import { filterConditions } from '../filter-conditions';
import { meilisearchFilter, quoteFilterValue } from './meilisearch-filter';

/** Reads one quoted literal back the way Meilisearch's filter parser does. */
function unquote(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  let out = '';
  for (let i = 1; i < literal.length - 1; i++) {
    const char = literal[i];
    if (char === '\\') {
      out += literal[++i];
      continue;
    }
    // An unescaped quote inside would end the literal early.
    expect(char).not.toBe('"');
    out += char;
  }
  return out;
}

describe('meilisearchFilter', () => {
  it('renders every typed result filter', () => {
    const filter = meilisearchFilter(
      filterConditions('results', {
        resultClass: ['MAJOR_INNOVATION'],
        fieldCodes: ['JL.PSC', 'JL.SSB'],
        minTrl: 4,
        maxTrl: 6,
        transferModes: ['LICENSE', 'EQUITY'],
        maxPrice: 1_000_000.5,
        district: '崂山区',
        needsPilot: false,
      }),
    );
    expect(filter).toEqual([
      'resultClass IN ["MAJOR_INNOVATION"]',
      'fieldCode IN ["JL.PSC", "JL.SSB"]',
      'trl >= 4',
      'trl <= 6',
      'transferModes IN ["LICENSE", "EQUITY"]',
      'priceMin <= 1000000.5',
      'district = "崂山区"',
      'needsPilot = false',
    ]);
  });

  it('renders need filters', () => {
    expect(meilisearchFilter(filterConditions('needs', { minBudget: 2_000_000, collective: true, status: ['PUBLISHED'] }))).toEqual([
      'budgetMax >= 2000000',
      'collective = true',
      'status IN ["PUBLISHED"]',
    ]);
  });

  it('ignores empty lists and absent values', () => {
    expect(meilisearchFilter(filterConditions('results', { fieldCodes: [], district: undefined }))).toEqual([]);
  });

  it.each(['Hai"an', 'x" OR district = "y', 'a] OR fieldCode IN ["JL.AI', 'back\\slash', 'trailing\\', '\\"', 'NOT (district EXISTS)', ''])(
    'keeps %j a single literal value',
    (value) => {
      const [expression] = meilisearchFilter(filterConditions('results', { district: value }));
      const literal = expression.slice('district = '.length);
      expect(unquote(literal)).toBe(value);
      const [list] = meilisearchFilter(filterConditions('results', { fieldCodes: [value, 'JL.H2'] }));
      expect(list).toBe(`fieldCode IN [${quoteFilterValue(value)}, "JL.H2"]`);
    },
  );

  it('refuses bounds that are not finite numbers', () => {
    expect(() => filterConditions('results', { maxPrice: Number.NaN })).toThrow(/finite/);
    expect(() => filterConditions('results', { minTrl: '4 OR 1 = 1' as unknown as number })).toThrow(/finite/);
  });
});
