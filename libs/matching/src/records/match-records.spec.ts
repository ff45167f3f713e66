import { MAX_LEAN_PAGE_SIZE, SearchEngine, SearchRequest, SearchResponse } from '@techbridge/search';

import { keywordQuery, NeedCandidateSource, ResultCandidateSource } from '../candidates/search-candidate-source';
import { changedItems } from '../matching.jobs';
import { combineFactors } from '../scoring/match-scorer';
import { normaliseWeights } from '../scoring/match-weights';
import { FREQUENCIES_MAX_AGE_MS, frequenciesStale } from '../text/corpus-frequencies.service';
import { roundedScore } from './match-recompute.service';

describe('roundedScore', () => {
  it('rounds contributions to hundredths and makes the score their exact sum', () => {
    const weights = normaliseWeights();
    const score = combineFactors(
      (['text', 'field', 'maturity', 'price', 'mode', 'region', 'ip', 'freshness', 'feedback'] as const).map((factor, i) => ({
        factor,
        value: (i * 0.137) % 1,
        reasonZh: '',
        reasonEn: '',
      })),
      weights,
    );
    const rounded = roundedScore(score);
    const cents = rounded.factors.map((factor) => Math.round(factor.contribution * 100));
    expect(rounded.factors.every((factor, i) => Math.abs(factor.contribution * 100 - cents[i]) < 1e-9)).toBe(true);
    expect(Math.round(rounded.score * 100)).toBe(cents.reduce((a, b) => a + b, 0));
    expect(Math.abs(rounded.score - score.score)).toBeLessThan(0.05);
  });
});

describe('frequenciesStale', () => {
  it('rebuilds after an hour or when the corpus drifts by more than 10 %', () => {
    expect(frequenciesStale(1000, 0, 1000, FREQUENCIES_MAX_AGE_MS - 1)).toBe(false);
    expect(frequenciesStale(1000, 0, 1000, FREQUENCIES_MAX_AGE_MS)).toBe(true);
    expect(frequenciesStale(1000, 0, 1100, 1)).toBe(false);
    expect(frequenciesStale(1000, 0, 1101, 1)).toBe(true);
    expect(frequenciesStale(1000, 0, 899, 1)).toBe(true);
    expect(frequenciesStale(0, 0, 0, 1)).toBe(false);
    expect(frequenciesStale(0, 0, 1, 1)).toBe(true);
  });
});

describe('changedItems', () => {
  it('splits and deduplicates needs and results; other events are ignored', () => {
    expect(
      changedItems([
        { type: 'need.published', aggregateId: 'n1' },
        { type: 'need.updated', aggregateId: 'n1' },
        { type: 'result.published', aggregateId: 'r1' },
        { type: 'result.withdrawn', aggregateId: 'r2' },
        { type: 'need.closed', aggregateId: 'n2' },
        { type: 'result.created', aggregateId: 'r3' },
        { type: 'need.updated', aggregateId: null },
      ]),
    ).toEqual({ needIds: ['n1'], resultIds: ['r1', 'r2'] });
  });
});

describe('engine candidate sources', () => {
  const requests: SearchRequest[] = [];
  const total = 230;
  const engine = {
    search: (_index: string, request: SearchRequest): Promise<SearchResponse> => {
      requests.push(request);
      const page = request.page ?? 1;
      const size = request.pageSize ?? 20;
      const ids = Array.from({ length: total }, (_, i) => `id${i}`).slice((page - 1) * size, page * size);
      return Promise.resolve({
        hits: ids.map((id) => ({ id, highlightTitle: '', highlightSummary: '' })),
        totalHits: total,
        page,
        pageSize: size,
        facets: [],
        processingTimeMs: 0,
      });
    },
  } as unknown as SearchEngine;

  beforeEach(() => requests.splice(0));

  it('asks for any keyword under the step’s filters, in one lean page up to the limit', async () => {
    const ids = await new ResultCandidateSource(engine).search({
      terms: ['固态电解质', '硫化物'],
      filter: { chainCode: 'JL', minTrl: 4 },
      limit: 200,
      step: 1,
    });
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
    expect(requests.map((request) => request.page)).toEqual([1]);
    expect(requests[0]).toMatchObject({
      query: '固态电解质, 硫化物',
      matchingStrategy: 'any',
      filters: { chainCodes: ['JL'], minTrl: 4 },
      pageSize: 200,
      lean: true,
    });
  });

  it('pages past the lean page size when the limit is larger', async () => {
    const ids = await new ResultCandidateSource(engine).search({ terms: ['固态电解质'], filter: {}, limit: MAX_LEAN_PAGE_SIZE + 10, step: 0 });
    expect(ids).toHaveLength(total);
    expect(requests.map((request) => request.pageSize)).toEqual([MAX_LEAN_PAGE_SIZE]);
  });

  it('keeps to published needs and has no TRL filter on needs', async () => {
    await new NeedCandidateSource(engine).search({ terms: [], filter: { fieldCode: 'JL.SSB', minTrl: 5 }, limit: 50, step: 0 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ query: '', filters: { status: ['PUBLISHED'], fieldCodes: ['JL.SSB'] }, pageSize: 50 });
    expect(requests[0].filters).not.toHaveProperty('minTrl');
  });

  it('joins keywords so Chinese words stay apart, within the engines’ query length', () => {
    expect(keywordQuery(['固态电池', '电解质'])).toBe('固态电池, 电解质');
    const long = Array.from({ length: 10 }, (_, i) => `${'x'.repeat(30)}${i}`);
    expect(keywordQuery(long).length).toBeLessThanOrEqual(200);
    expect(keywordQuery(long).startsWith(long[0])).toBe(true);
  });
});
