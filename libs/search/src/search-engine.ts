import { invalidField } from '@techbridge/platform';

import { SearchDocuments, SearchIndexName } from './search-documents';

export const SEARCH_SORTS = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC'] as const;
export type SearchSortKey = (typeof SEARCH_SORTS)[number];

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;
/** Page size allowed for a lean request (ids and scores only: no highlights, facets or count). */
export const MAX_LEAN_PAGE_SIZE = 500;

/** Typed filters on results; every present condition must hold (AND). */
export interface ResultSearchFilters {
  /** Any of these classes. */
  resultClass?: string[];
  fieldCodes?: string[];
  chainCodes?: string[];
  minTrl?: number;
  maxTrl?: number;
  /** At least one of these transfer modes offered. */
  transferModes?: string[];
  /** Known asking price (priceMin) at most this; results without a price are left out. */
  maxPrice?: number;
  district?: string;
  needsPilot?: boolean;
  ownerId?: string;
  visibility?: string[];
}

/** Typed filters on needs; every present condition must hold (AND). */
export interface NeedSearchFilters {
  fieldCodes?: string[];
  chainCodes?: string[];
  /** Budget ceiling (budgetMax) at least this; needs without a budget are left out. */
  minBudget?: number;
  collective?: boolean;
  funded?: boolean;
  status?: string[];
  enterpriseId?: string;
  district?: string;
  visibility?: string[];
}

export interface SearchFilters {
  results: ResultSearchFilters;
  needs: NeedSearchFilters;
}

/** Attributes that can be faceted, per index. */
export const FACET_ATTRIBUTES = {
  results: ['resultClass', 'fieldCode', 'chainCode', 'trl', 'transferModes', 'district', 'needsPilot'],
  needs: ['fieldCode', 'chainCode', 'collective', 'funded', 'status', 'district'],
} as const satisfies { [I in SearchIndexName]: readonly (keyof SearchDocuments[I] & string)[] };

export type FacetAttribute<I extends SearchIndexName> = (typeof FACET_ATTRIBUTES)[I][number];

export interface SearchRequest<I extends SearchIndexName = SearchIndexName> {
  /** Free text, at most MAX_QUERY_LENGTH characters; empty lists everything that passes the filters. */
  query: string;
  filters?: SearchFilters[I];
  facets?: FacetAttribute<I>[];
  sort?: SearchSortKey;
  /**
   * `all` (default): every query word must match. `any`: a document matching at least one word
   * is a hit and documents matching more words rank first (candidate generation for matching,
   * where the query is a list of up to ten keywords, not a phrase a person typed).
   */
  matchingStrategy?: 'all' | 'any';
  /** 1-based. */
  page?: number;
  /** At most MAX_PAGE_SIZE (MAX_LEAN_PAGE_SIZE for a lean request). */
  pageSize?: number;
  /**
   * Ids and scores only, for programs that rank the hits themselves (matching candidates):
   * highlights are empty strings, facets are not computed, and `totalHits` may be only a lower
   * bound (the PostgreSQL engine reports the hits up to and including this page, skipping the count).
   */
  lean?: boolean;
}

export interface SearchHit {
  id: string;
  /** Title with matched terms wrapped in <em>…</em>, HTML-escaped otherwise. */
  highlightTitle: string;
  highlightSummary: string;
  score?: number;
  /** The owning organization (result owner, need enterprise), so it can be loaded beside the item. */
  ownerId?: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface FacetResult {
  attribute: string;
  /** Most frequent first, then by value. */
  values: FacetCount[];
}

export interface SearchResponse {
  hits: SearchHit[];
  totalHits: number;
  page: number;
  pageSize: number;
  facets: FacetResult[];
  processingTimeMs: number;
}

export interface SearchEngineHealth {
  engine: 'postgres' | 'meilisearch';
  ok: boolean;
  detail?: string;
}

/**
 * The port every search caller depends on. Adapters: PostgreSQL (embedded default) and
 * Meilisearch. Used as the injection token.
 */
export abstract class SearchEngine {
  abstract readonly name: 'postgres' | 'meilisearch';
  /** Creates the indexes and applies their settings; waits until they are in force. */
  abstract ensureIndexes(): Promise<void>;
  /** Inserts or replaces whole documents by id; repeating a call changes nothing. */
  abstract upsert<I extends SearchIndexName>(index: I, docs: SearchDocuments[I][]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  abstract delete(index: SearchIndexName, ids: string[]): Promise<void>;
  abstract search<I extends SearchIndexName>(index: I, request: SearchRequest<I>): Promise<SearchResponse>;
  /** Removes every document of the index. */
  abstract clear(index: SearchIndexName): Promise<void>;
  /** Every document id in the index, page by page (a rebuild deletes those it did not write). */
  abstract ids(index: SearchIndexName, batchSize: number): AsyncIterable<string[]>;
  abstract health(): Promise<SearchEngineHealth>;
  /**
   * After an index was rewritten in bulk (a rebuild): an engine that plans queries from
   * statistics refreshes them now instead of when its own upkeep comes round. Nothing by default.
   */
  async afterBulkWrite(_index: SearchIndexName): Promise<void> {}
}

/** Page and size with defaults; BAD_USER_INPUT (keyed `input.<field>`) for what the engines would not serve. */
export function normalizePaging(request: { page?: number; pageSize?: number; query: string; lean?: boolean }): { page: number; pageSize: number } {
  const page = request.page ?? 1;
  const pageSize = request.pageSize ?? 20;
  const maxPageSize = request.lean ? MAX_LEAN_PAGE_SIZE : MAX_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw invalidField('input.page', 'page must be a whole number ≥ 1');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    throw invalidField('input.pageSize', `pageSize must be between 1 and ${maxPageSize}`);
  }
  if (request.query.length > MAX_QUERY_LENGTH) throw invalidField('input.query', `query must be at most ${MAX_QUERY_LENGTH} characters`);
  return { page, pageSize };
}

/** Facet values in the order both engines report: count descending, then value. */
export function orderFacetValues(values: FacetCount[]): FacetCount[] {
  return [...values].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
