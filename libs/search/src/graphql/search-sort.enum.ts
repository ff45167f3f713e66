import { registerEnumType } from '@nestjs/graphql';

import { SearchSortKey } from '../search-engine';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
}

// Compile-time check that the GraphQL enum and the port's sort keys stay the same set.
const _sameKeys: Record<SearchSortKey, SearchSort> = SearchSort;

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'Order of search hits; ties are broken by newest first, then id.',
  valuesMap: {
    RELEVANCE: { description: 'Best text match first (newest first for an empty query).' },
    NEWEST: { description: 'Most recently published first.' },
    PRICE_ASC: { description: 'Lowest asking price (needs: lowest budget) first; items without a price last.' },
    PRICE_DESC: { description: 'Highest asking price (needs: highest budget) first; items without a price last.' },
  },
});
