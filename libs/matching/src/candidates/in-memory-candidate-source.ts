import { MatchableResult } from '../match-inputs';
import { chainOf } from '../taxonomy';
import { MatchTokenizer } from '../text/match-tokenizer';
import { CandidateFilter, CandidateRequest, CandidateSource } from './candidate-strategy';

/**
 * A candidate source that behaves like the search engine for evaluation and benchmarks: an
 * inverted index of the public text's tokens; a result is a hit when it contains any query
 * term and passes the filters; hits with more matched terms come first (Meilisearch's
 * `words` ranking rule), then in insertion order. No terms: every result passing the filters.
 */
export class InMemoryCandidateSource implements CandidateSource {
  private readonly postings = new Map<string, number[]>();
  private readonly results: MatchableResult[] = [];

  constructor(tokenizer: MatchTokenizer, results: Iterable<MatchableResult>) {
    for (const result of results) {
      const index = this.results.push(result) - 1;
      const text = `${result.title} ${result.summary} ${result.keywords.join(' ')}`;
      for (const token of new Set(tokenizer.features(text))) {
        const list = this.postings.get(token);
        if (list) list.push(index);
        else this.postings.set(token, [index]);
      }
    }
  }

  get size(): number {
    return this.results.length;
  }

  search(request: CandidateRequest): Promise<string[]> {
    if (request.terms.length === 0) {
      const all = this.results.filter((result) => passes(result, request.filter)).slice(0, request.limit);
      return Promise.resolve(all.map((result) => result.id));
    }
    const matched = new Map<number, number>();
    for (const term of new Set(request.terms)) {
      for (const index of this.postings.get(term) ?? []) {
        if (!passes(this.results[index], request.filter)) continue;
        matched.set(index, (matched.get(index) ?? 0) + 1);
      }
    }
    const hits = [...matched].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, request.limit);
    return Promise.resolve(hits.map(([index]) => this.results[index].id));
  }
}

function passes(result: MatchableResult, filter: CandidateFilter): boolean {
  if (filter.fieldCode !== undefined && result.fieldCode !== filter.fieldCode) return false;
  if (filter.fieldCodes !== undefined && !filter.fieldCodes.includes(result.fieldCode)) return false;
  if (filter.chainCode !== undefined && chainOf(result.fieldCode) !== filter.chainCode) return false;
  if (filter.minTrl !== undefined && result.trl < filter.minTrl) return false;
  return true;
}
