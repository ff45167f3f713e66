import { describe, expect, it } from 'vitest';
import { dealsEn, dealsZh } from '../deals/i18n';
import { dealFilter, groupByStage, readFilters, writeFilters } from './board';
import { brokerEn, brokerZh } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('broker board', () => {
  it('keeps the filters in the URL and reads them back, ignoring unknown stages', () => {
    const filters = { field: 'JL.SSB', stages: ['NEGOTIATING' as const, 'LOST' as const], overdue: true };
    const params = writeFilters(filters);
    expect(params.toString()).toBe('field=JL.SSB&stage=NEGOTIATING%2CLOST&overdue=1');
    expect(readFilters(params)).toEqual(filters);
    expect(readFilters(new URLSearchParams('stage=BOGUS,LOST'))).toEqual({ field: null, stages: ['LOST'], overdue: false });
    expect(writeFilters(readFilters(new URLSearchParams())).toString()).toBe('');
  });

  it('sends every filter to the server', () => {
    expect(dealFilter({ field: null, stages: [], overdue: false })).toEqual({});
    expect(dealFilter({ field: 'JL', stages: ['INTRODUCED'], overdue: true })).toEqual({ fieldCode: 'JL', stage: ['INTRODUCED'], overdue: true });
  });

  it('groups deals into the five columns in order', () => {
    const columns = groupByStage([
      { id: 'a', stage: 'LOST' as const },
      { id: 'b', stage: 'INTRODUCED' as const },
      { id: 'c', stage: 'INTRODUCED' as const },
    ]);
    expect(Object.keys(columns)).toEqual(['INTRODUCED', 'NEGOTIATING', 'TERMS_AGREED', 'CONTRACT_SIGNED', 'LOST']);
    expect(columns.INTRODUCED.map((deal) => deal.id)).toEqual(['b', 'c']);
    expect(columns.NEGOTIATING).toEqual([]);
  });

  it('has the same keys in both languages (broker and deal page)', () => {
    expect(keys(brokerEn).sort()).toEqual(keys(brokerZh).sort());
    expect(keys(dealsEn).sort()).toEqual(keys(dealsZh).sort());
  });
});
