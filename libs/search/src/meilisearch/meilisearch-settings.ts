import type { Settings } from 'meilisearch' with { 'resolution-mode': 'import' };

import { INDEX_SCHEMAS } from '../index-schema';
import { SearchIndexName } from '../search-documents';
import { FACET_ATTRIBUTES } from '../search-engine';
import { meilisearchSynonyms } from '../synonyms';

/** Beyond this many hits totals are capped; both indexes stay well under it. */
export const MAX_TOTAL_HITS = 200_000;

const TEXT = ['title', 'keywords', 'summary'];

/**
 * Index settings, kept in code and applied at every boot (Meilisearch skips unchanged ones).
 * The synonyms are the set in use (SearchSynonyms: the published concept dictionary's), the
 * repository files' without one.
 */
export function meilisearchSettings(index: SearchIndexName, synonyms: Record<string, string[]> = meilisearchSynonyms()): Settings {
  const filterable =
    index === 'results'
      ? ['resultClass', 'fieldCode', 'chainCode', 'trl', 'transferModes', 'priceMin', 'district', 'needsPilot', 'ownerId', 'visibility']
      : ['fieldCode', 'chainCode', 'budgetMax', 'collective', 'funded', 'status', 'enterpriseId', 'district', 'visibility'];
  return {
    searchableAttributes: [...TEXT, index === 'results' ? 'ownerName' : 'enterpriseName'],
    filterableAttributes: [...new Set([...filterable, ...FACET_ATTRIBUTES[index]])],
    sortableAttributes: ['publishedAt', INDEX_SCHEMAS[index].priceAttribute, 'id'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAt:desc'],
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    localizedAttributes: [{ attributePatterns: TEXT, locales: ['cmn'] }],
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  };
}
