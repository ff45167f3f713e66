import { Injectable } from '@nestjs/common';
import {
  CatalogLoaders,
  LISTED_NEED_STATUSES,
  LISTED_RESULT_STATUSES,
  NeedFilter,
  NeedStatus,
  ResearchResultModel,
  ResultFilter,
  ResultStatus,
  TaxonomyService,
  TechNeedModel,
} from '@techbridge/catalog';
import { Principal, RequestLoaders } from '@techbridge/platform';

import {
  FACET_ATTRIBUTES,
  FacetAttribute,
  NeedSearchFilters,
  normalizePaging,
  ResultSearchFilters,
  SearchEngine,
  SearchRequest,
  SearchResponse,
  SearchSortKey,
} from './search-engine';

type Paging = { page: number; pageSize: number };

export interface SearchQuery<F> {
  query: string;
  filter?: F | null;
  sort?: SearchSortKey | null;
  page?: number | null;
  pageSize?: number | null;
}

export interface Hit<T> {
  item: T;
  highlightTitle: string;
  highlightSummary: string;
}

export interface SearchOutcome<T> extends Omit<SearchResponse, 'hits'> {
  hits: Hit<T>[];
}

export interface SearchOptions {
  /** Facet counts cost a pass over the matches: skip them when the client did not ask. */
  facets: boolean;
  /** The client reads the hits' owning organizations: they are loaded beside the items. */
  owners?: boolean;
}

/**
 * searchResults / searchNeeds: the catalog's filters turned into engine filters, the engine's
 * hits turned back into catalog items as the caller may see them.
 *
 * Filters: the index only holds items on the market (results PUBLISHED; needs PUBLISHED,
 * IN_NEGOTIATION, SOLVED; never PRIVATE). `status` narrows within those; a status list with
 * none of them gives no hits (without asking the engine). `ownerId` / `enterpriseId` filter on
 * the owning organization. A chain code in `fieldCodes` stands for all its fields, as in the
 * catalog lists. `maxPrice` / `minBudget` leave out items without a price / budget.
 *
 * A hit the caller may not see (or that left the market since it was indexed) is dropped
 * from the page; the index never holds PRIVATE items, so that only happens while it lags.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly catalog: CatalogLoaders,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async searchResults(
    input: SearchQuery<ResultFilter>,
    principal: Principal | null,
    loaders: RequestLoaders,
    options: SearchOptions,
  ): Promise<SearchOutcome<ResearchResultModel>> {
    const request = this.resultRequest(input, options);
    if ('empty' in request) return empty(request.empty);
    return this.resolve(await this.engine.search('results', request), (id) => this.catalog.result(loaders, principal, id), options.owners ? loaders : null);
  }

  async searchNeeds(
    input: SearchQuery<NeedFilter>,
    principal: Principal | null,
    loaders: RequestLoaders,
    options: SearchOptions,
  ): Promise<SearchOutcome<TechNeedModel>> {
    const request = this.needRequest(input, options);
    if ('empty' in request) return empty(request.empty);
    return this.resolve(await this.engine.search('needs', request), (id) => this.catalog.need(loaders, principal, id), options.owners ? loaders : null);
  }

  /** The engine request a searchResults input becomes (public for the benchmark's raw baseline), or `empty` when nothing can match. */
  resultRequest(input: SearchQuery<ResultFilter>, options: SearchOptions): SearchRequest<'results'> | { empty: Paging } {
    const filter = input.filter ?? {};
    const paging = normalizePaging({ query: input.query, page: input.page ?? undefined, pageSize: input.pageSize ?? undefined });
    if (filter.status?.length && !filter.status.some((status) => LISTED_RESULT_STATUSES.includes(status as ResultStatus))) return { empty: paging };
    const filters: ResultSearchFilters = {
      ...this.fieldFilters(filter.fieldCodes),
      resultClass: filter.resultClass ?? undefined,
      minTrl: filter.minTrl ?? undefined,
      maxTrl: filter.maxTrl ?? undefined,
      transferModes: filter.transferModes ?? undefined,
      maxPrice: filter.maxPrice != null ? Number(filter.maxPrice) : undefined,
      district: filter.district ?? undefined,
      needsPilot: filter.needsPilot ?? undefined,
      ownerId: filter.ownerId ?? undefined,
    };
    return { query: input.query, filters, facets: options.facets ? [...FACET_ATTRIBUTES.results] : undefined, sort: input.sort ?? undefined, ...paging };
  }

  needRequest(input: SearchQuery<NeedFilter>, options: SearchOptions): SearchRequest<'needs'> | { empty: Paging } {
    const filter = input.filter ?? {};
    const paging = normalizePaging({ query: input.query, page: input.page ?? undefined, pageSize: input.pageSize ?? undefined });
    let status: string[] | undefined;
    if (filter.status?.length) {
      status = filter.status.filter((value) => LISTED_NEED_STATUSES.includes(value as NeedStatus));
      if (status.length === 0) return { empty: paging };
    }
    const filters: NeedSearchFilters = {
      ...this.fieldFilters(filter.fieldCodes),
      minBudget: filter.minBudget != null ? Number(filter.minBudget) : undefined,
      collective: filter.collective ?? undefined,
      status,
      enterpriseId: filter.enterpriseId ?? undefined,
    };
    return {
      query: input.query,
      filters,
      facets: options.facets ? ([...FACET_ATTRIBUTES.needs] as FacetAttribute<'needs'>[]) : undefined,
      sort: input.sort ?? undefined,
      ...paging,
    };
  }

  /**
   * Field and chain codes as the catalog reads them (a code without a dot is a chain, standing
   * for all its fields). Chains alone filter on the chain attribute; mixed with fields, the
   * chains are expanded to their fields so that the whole list is one OR.
   */
  fieldFilters(codes: string[] | null | undefined): { fieldCodes?: string[]; chainCodes?: string[] } {
    if (!codes?.length) return {};
    const chains = codes.filter((code) => !code.includes('.'));
    const fields = codes.filter((code) => code.includes('.'));
    if (fields.length === 0) return { chainCodes: chains };
    const expanded = this.taxonomy.fields().filter((field) => field.parentCode !== null && chains.includes(field.parentCode));
    return { fieldCodes: [...new Set([...fields, ...expanded.map((field) => field.code)])] };
  }

  private async resolve<T>(response: SearchResponse, load: (id: string) => Promise<T | null>, ownersWith: RequestLoaders | null): Promise<SearchOutcome<T>> {
    // One batched lookup for the page (the loader collects the ids of this tick); the owners,
    // when asked for and known from the index, in the same tick. An owner the item turns out
    // not to show is never returned: only the item's own field resolver returns it.
    const owners = ownersWith ? response.hits.flatMap((hit) => (hit.ownerId ? [hit.ownerId] : [])) : [];
    const [items] = await Promise.all([
      Promise.all(response.hits.map((hit) => load(hit.id))),
      owners.length > 0 ? this.catalog.primeOrganizations(ownersWith!, owners) : undefined,
    ]);
    const hits = response.hits.flatMap((hit, index) => {
      const item = items[index];
      return item ? [{ item, highlightTitle: hit.highlightTitle, highlightSummary: hit.highlightSummary }] : [];
    });
    return { ...response, hits };
  }
}

function empty<T>(paging: Paging): SearchOutcome<T> {
  return { hits: [], totalHits: 0, page: paging.page, pageSize: paging.pageSize, facets: [], processingTimeMs: 0 };
}
