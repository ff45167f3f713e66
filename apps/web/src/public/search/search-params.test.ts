import { describe, expect, it } from 'vitest';
import { needSearchInput, parseSearch, resultSearchInput, sameFacets, sameFilters, toSearchParams, withFilter } from './search-params';

describe('search URL state', () => {
  it('reads a URL and writes it back the same', () => {
    const url =
      'q=%E9%92%99%E9%92%9B%E7%9F%BF&page=2&sort=NEWEST&field=JL.SSB,QL&trlMin=4&trlMax=9&mode=LICENSE,TRANSFER&maxPrice=300&district=%E9%AB%98%E6%96%B0%E5%8C%BA&pilot=1';
    const state = parseSearch(new URLSearchParams(url));
    expect(state).toMatchObject({
      q: '钙钛矿',
      page: 2,
      sort: 'NEWEST',
      fields: ['JL.SSB', 'QL'],
      trlMin: 4,
      trlMax: 9,
      modes: ['LICENSE', 'TRANSFER'],
      maxPrice: 300,
      needsPilot: true,
    });
    expect(parseSearch(toSearchParams(state))).toEqual(state);
  });

  it('ignores what it cannot use instead of sending it to the server', () => {
    const state = parseSearch(new URLSearchParams('page=0&sort=DROP&trlMin=12&mode=STEAL&maxPrice=-5&field=%3Cscript%3E'));
    expect(state).toMatchObject({ page: 1, sort: 'RELEVANCE', trlMin: undefined, modes: [], maxPrice: undefined, fields: [] });
  });

  it('builds the GraphQL inputs, prices in yuan', () => {
    const state = parseSearch(new URLSearchParams('q=%20储能%20&maxPrice=12.5&minBudget=50&trlMin=3&collective=1&kind=needs'));
    expect(resultSearchInput(state)).toEqual({ query: '储能', page: 1, pageSize: 10, sort: 'RELEVANCE', filter: { minTrl: 3, maxPrice: '125000.00' } });
    expect(needSearchInput(state)).toEqual({ query: '储能', page: 1, pageSize: 10, sort: 'RELEVANCE', filter: { minBudget: '500000.00', collective: true } });
  });

  it('goes back to page 1 when a filter changes', () => {
    const state = parseSearch(new URLSearchParams('page=5'));
    expect(withFilter(state, { modes: ['LICENSE'] }).page).toBe(1);
    expect(withFilter(state, { page: 6 }).page).toBe(6);
  });
});

describe('what the facet panel depends on', () => {
  const state = parseSearch(new URLSearchParams('q=%E7%94%B5&field=QL&trlMin=3'));

  it('treats new words and another page as the same filters, any filter change as different', () => {
    expect(sameFilters(state, withFilter(state, { q: '电池' }))).toBe(true);
    expect(sameFilters(state, withFilter(state, { page: 4 }))).toBe(true);
    expect(sameFilters(state, withFilter(state, { trlMin: 4 }))).toBe(false);
    expect(sameFilters(state, withFilter(state, { fields: [] }))).toBe(false);
    expect(sameFilters(state, { ...state, kind: 'needs' })).toBe(false);
  });

  it('compares facet counts value by value', () => {
    const facets = [
      {
        attribute: 'trl',
        values: [
          { value: '3', count: 2 },
          { value: '4', count: 1 },
        ],
      },
    ];
    expect(
      sameFacets(facets, [
        {
          attribute: 'trl',
          values: [
            { value: '3', count: 2 },
            { value: '4', count: 1 },
          ],
        },
      ]),
    ).toBe(true);
    expect(
      sameFacets(facets, [
        {
          attribute: 'trl',
          values: [
            { value: '3', count: 2 },
            { value: '4', count: 2 },
          ],
        },
      ]),
    ).toBe(false);
    expect(sameFacets(facets, [{ attribute: 'trl', values: [{ value: '3', count: 2 }] }])).toBe(false);
    expect(sameFacets(facets, [])).toBe(false);
  });
});
