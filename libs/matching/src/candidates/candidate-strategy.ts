import { MatchableNeed, MatchableResult } from '../match-inputs';
import { MatchScore, PreparedNeed, PreparedResult, scoreMatch, ScorerContext, scoreValue } from '../scoring/match-scorer';
import { chainOf } from '../taxonomy';

/** Meilisearch reads at most ten words of a query. */
export const MAX_QUERY_TERMS = 10;
export const DEFAULT_CANDIDATE_LIMIT = 200;
/** Candidates the concept-expansion request may add (it runs before the keyword steps). */
export const CONCEPT_REQUEST_LIMIT = 100;

/** Filters of one candidate search, in the engine-neutral form the search port translates. */
export interface CandidateFilter {
  /** Exactly this field. */
  fieldCode?: string;
  /** Any of these fields (the concept-expansion request: the fields the need's concepts link to). */
  fieldCodes?: string[];
  /** Any field of this chain (CHAIN of CHAIN.FIELD). */
  chainCode?: string;
  /** TRL at least this. */
  minTrl?: number;
}

export interface CandidateRequest {
  /**
   * At most ten terms; a document matching any of them is a hit, more matches rank higher.
   * Empty: a placeholder search, every document passing the filters (engine order).
   */
  terms: string[];
  filter: CandidateFilter;
  limit: number;
  /** Which relaxation step this is (0 = strictest), for logs and benchmarks. */
  step: number;
  /** The concept-expansion request: what it finds never counts as enough, the keyword steps still run. */
  expansion?: boolean;
}

/** What the search integration implements: ids of published results for a request, best first. */
export interface CandidateSource {
  search(request: CandidateRequest): Promise<string[]>;
}

/**
 * The filter steps for a need, strictest first: field → chain → none, and TRL min − 1 →
 * min − 2 → none, relaxing the field before the TRL (a result of the right subject that is a
 * little early is a better lead than a mature one of another chain). The strictest TRL is one
 * below the minimum because the scorer treats such a result as a near miss (maturity 0.5, no
 * penalty on the other factors): on the right topic it belongs in the top 20, so the first
 * request must be able to return it. Two below, every other factor is halved.
 */
export function relaxationSteps(need: Pick<MatchableNeed, 'fieldCode' | 'minTrl'>): CandidateFilter[] {
  const chainCode = chainOf(need.fieldCode);
  const trls: (number | undefined)[] = need.minTrl === null ? [undefined] : [need.minTrl - 1, need.minTrl - 2, undefined];
  const fields: CandidateFilter[] = [{ fieldCode: need.fieldCode }, { chainCode }, {}];
  const steps: CandidateFilter[] = [];
  const seen = new Set<string>();
  const push = (filter: CandidateFilter) => {
    const clean: CandidateFilter = {};
    if (filter.fieldCode !== undefined) clean.fieldCode = filter.fieldCode;
    if (filter.chainCode !== undefined) clean.chainCode = filter.chainCode;
    if (filter.minTrl !== undefined && filter.minTrl > 1) clean.minTrl = filter.minTrl;
    const key = JSON.stringify(clean);
    if (!seen.has(key)) {
      seen.add(key);
      steps.push(clean);
    }
  };
  // Field and chain at the strict TRL first, then the TRL loosened within the chain, then everything.
  push({ ...fields[0], minTrl: trls[0] });
  push({ ...fields[1], minTrl: trls[0] });
  for (const trl of trls.slice(1)) push({ ...fields[1], minTrl: trl });
  for (const trl of trls) push({ ...fields[2], minTrl: trl });
  return steps;
}

/**
 * The requests to run in order until enough candidates are found: the keyword query under
 * each relaxation step, then a browse of the need's own field and then of its chain (no query
 * words, TRL relaxed by two), so a result worded differently from the need still reaches the
 * scorer. In a small catalogue the keyword steps find few candidates and the scorer's top 20
 * includes same-chain results that share no word with the need: only a browse finds those.
 */
export function candidateRequests(
  need: Pick<MatchableNeed, 'fieldCode' | 'minTrl'>,
  terms: readonly string[],
  limit = DEFAULT_CANDIDATE_LIMIT,
  conceptTerms: readonly string[] = [],
  conceptFields: readonly string[] = [],
): CandidateRequest[] {
  const query = [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
  const steps: CandidateRequest[] = [];
  const expansion = [...new Set(conceptTerms)].filter((term) => !query.includes(term)).slice(0, MAX_QUERY_TERMS);
  if (expansion.length > 0) {
    // The concept step runs first, in the need's field and the fields its concepts link to: a result naming the need's concepts in other
    // words (钠离子电池 for 钠电), or a technique that answers its problem from a neighbouring field,
    // shares few of the need's keywords, and the keyword step alone would fill the limit without it.
    // Only the fields the concepts link to: in every field, common expansion words match most of
    // the catalogue and the engine ranks all of it (≈ 1 s on 40k searchable results).
    const filter: CandidateFilter = { fieldCodes: [...new Set([need.fieldCode, ...conceptFields])].sort() };
    if (need.minTrl !== null && need.minTrl - 1 > 1) filter.minTrl = need.minTrl - 1;
    steps.push({ terms: expansion, filter, limit: Math.min(limit, CONCEPT_REQUEST_LIMIT), step: 0, expansion: true });
  }
  for (const filter of relaxationSteps(need)) steps.push({ terms: query, filter, limit, step: steps.length });
  const browse: CandidateFilter = { fieldCode: need.fieldCode };
  if (need.minTrl !== null && need.minTrl - 2 > 1) browse.minTrl = need.minTrl - 2;
  steps.push({ terms: [], filter: browse, limit, step: steps.length });
  const chainBrowse: CandidateFilter = { chainCode: chainOf(need.fieldCode) };
  if (browse.minTrl !== undefined) chainBrowse.minTrl = browse.minTrl;
  steps.push({ terms: [], filter: chainBrowse, limit, step: steps.length });
  return steps;
}

export interface CandidateCollection {
  ids: string[];
  /** How many requests ran (1 = no relaxation was needed). */
  requests: number;
}

/**
 * Runs the requests in order, keeping the first-seen order of ids, until `enough` distinct
 * candidates are collected or the steps are exhausted; at most `limit` ids are returned.
 */
export async function collectCandidates(source: CandidateSource, requests: readonly CandidateRequest[], enough: number): Promise<CandidateCollection> {
  const ids: string[] = [];
  const seen = new Set<string>();
  let ran = 0;
  // Expansion requests never end the collection, so the first keyword request always runs after
  // them: all of them leave together, and the wait is the slowest one's rather than their sum.
  const firstKeyword = requests.findIndex((request) => !request.expansion);
  const started = new Map<number, Promise<string[]>>();
  if (firstKeyword > 0) {
    for (let index = 0; index <= firstKeyword; index++) {
      const answer = source.search(requests[index]);
      // Awaited in order below; until then a refusal must not count as unhandled.
      answer.catch(() => undefined);
      started.set(index, answer);
    }
  }
  for (const [index, request] of requests.entries()) {
    ran += 1;
    for (const id of await (started.get(index) ?? source.search(request))) {
      if (seen.has(id) || ids.length >= request.limit) continue;
      seen.add(id);
      ids.push(id);
    }
    if (ids.length >= enough && !request.expansion) break;
  }
  return { ids, requests: ran };
}

/** Best first: the higher score, then the smaller id, so equal scores keep one order everywhere. */
export function compareRanked(score: number, id: string, otherScore: number, otherId: string): number {
  return otherScore - score || (id < otherId ? -1 : id > otherId ? 1 : 0);
}

export interface RankedCandidate {
  result: MatchableResult;
  score: MatchScore;
}

/**
 * Scores every candidate and keeps the best `topK` (bounded, so a full scan holds only k), ties
 * broken by id. Numbers first: every candidate gets `scoreValue`, only the kept k are explained
 * with `scoreMatch` (same number, plus the factors and their reasons).
 */
export function rankCandidates(need: PreparedNeed, results: Iterable<PreparedResult>, context: ScorerContext, topK: number): RankedCandidate[] {
  if (topK <= 0) return [];
  const kept: { prepared: PreparedResult; score: number }[] = [];
  const before = (score: number, id: string, other: { prepared: PreparedResult; score: number }) =>
    compareRanked(score, id, other.score, other.prepared.result.id);
  for (const prepared of results) {
    const score = scoreValue(need, prepared, context);
    const id = prepared.result.id;
    if (kept.length === topK && before(score, id, kept[topK - 1]) >= 0) continue;
    let index = kept.length;
    while (index > 0 && before(score, id, kept[index - 1]) < 0) index -= 1;
    kept.splice(index, 0, { prepared, score });
    if (kept.length > topK) kept.pop();
  }
  return kept.map((entry) => ({ result: entry.prepared.result, score: scoreMatch(need, entry.prepared, context) }));
}
