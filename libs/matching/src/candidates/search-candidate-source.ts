import { MAX_LEAN_PAGE_SIZE, MAX_QUERY_LENGTH, NeedSearchFilters, ResultSearchFilters, SearchEngine, SearchIndexName } from '@techbridge/search';

import { CandidateFilter, CandidateRequest, CandidateSource } from './candidate-strategy';

/**
 * Keywords as one query string the engines segment back into the same words: a comma between
 * words keeps the segmenter from gluing two Chinese keywords into one run of text.
 */
export function keywordQuery(terms: readonly string[]): string {
  const kept = [...terms];
  // The engines refuse longer queries; the weakest keywords come last and go first.
  while (kept.length > 1 && kept.join(', ').length > MAX_QUERY_LENGTH) kept.pop();
  return kept.join(', ').slice(0, MAX_QUERY_LENGTH);
}

/**
 * A candidate source on the SearchEngine port: the keywords with `matchingStrategy: 'any'`
 * (a document matching more keywords first), the relaxation step's filters, up to the request's
 * limit. Lean requests: only ids are read (no highlights, facets or count), in one page up to
 * MAX_LEAN_PAGE_SIZE. Works on either adapter.
 */
abstract class EngineCandidateSource<I extends SearchIndexName> implements CandidateSource {
  constructor(
    protected readonly engine: SearchEngine,
    private readonly index: I,
  ) {}

  protected abstract filters(filter: CandidateFilter): I extends 'results' ? ResultSearchFilters : NeedSearchFilters;

  async search(request: CandidateRequest): Promise<string[]> {
    const ids: string[] = [];
    const pageSize = Math.min(MAX_LEAN_PAGE_SIZE, Math.max(1, request.limit));
    for (let page = 1; ids.length < request.limit; page += 1) {
      const response = await this.engine.search<SearchIndexName>(this.index, {
        query: keywordQuery(request.terms),
        filters: this.filters(request.filter),
        matchingStrategy: 'any',
        sort: 'RELEVANCE',
        lean: true,
        page,
        pageSize,
      });
      for (const hit of response.hits) ids.push(hit.id);
      if (response.hits.length < pageSize) break;
    }
    return ids.slice(0, request.limit);
  }
}

/** Published results for a need, from the `results` index (only PUBLIC and TEASER results are indexed). */
export class ResultCandidateSource extends EngineCandidateSource<'results'> {
  constructor(engine: SearchEngine) {
    super(engine, 'results');
  }

  protected filters(filter: CandidateFilter): ResultSearchFilters {
    const out: ResultSearchFilters = {};
    if (filter.fieldCode) out.fieldCodes = [filter.fieldCode];
    if (filter.fieldCodes) out.fieldCodes = [...filter.fieldCodes];
    if (filter.chainCode) out.chainCodes = [filter.chainCode];
    if (filter.minTrl !== undefined) out.minTrl = filter.minTrl;
    return out;
  }
}

/**
 * Published needs for a result, from the `needs` index. The needs index has no TRL filter (a
 * need states a minimum, not a level): a TRL condition is left to the scorer's maturity factor.
 */
export class NeedCandidateSource extends EngineCandidateSource<'needs'> {
  constructor(engine: SearchEngine) {
    super(engine, 'needs');
  }

  protected filters(filter: CandidateFilter): NeedSearchFilters {
    const out: NeedSearchFilters = { status: ['PUBLISHED'] };
    if (filter.fieldCode) out.fieldCodes = [filter.fieldCode];
    if (filter.fieldCodes) out.fieldCodes = [...filter.fieldCodes];
    if (filter.chainCode) out.chainCodes = [filter.chainCode];
    return out;
  }
}
