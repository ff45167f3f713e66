import { FeedbackStats } from '../feedback/match-feedback';
import { MatchableNeed, MatchableResult } from '../match-inputs';
import { normaliseWeights } from '../scoring/match-weights';
import { Taxonomy } from '../taxonomy';
import { MatchText } from '../text/match-text';
import { MatchTokenizer } from '../text/match-tokenizer';
import { candidateRequests, CandidateSource, collectCandidates, compareRanked, rankCandidates, relaxationSteps } from './candidate-strategy';
import { InMemoryCandidateSource } from './in-memory-candidate-source';

const need: MatchableNeed = {
  id: 'n1',
  title: '硫化物固态电解质量产',
  summary: '车规级全固态电池用电解质',
  keywords: ['固态电解质'],
  fieldCode: 'JL.SSB',
  minTrl: 5,
  budgetMin: null,
  budgetMax: null,
  negotiable: true,
  preferredModes: [],
  district: null,
  publishedAt: null,
  enterpriseId: 'e1',
};

const make = (id: string, fieldCode: string, trl: number, title: string): MatchableResult => ({
  id,
  title,
  summary: '',
  keywords: [],
  fieldCode,
  trl,
  transferModes: ['LICENSE'],
  priceMin: null,
  priceMax: null,
  negotiable: true,
  district: null,
  grantedPatents: 0,
  patents: 0,
  publishedAt: null,
  ownerId: 'u',
});

describe('relaxationSteps', () => {
  it('relaxes field → chain → none and TRL min − 1 → min − 2 → none', () => {
    expect(relaxationSteps(need)).toEqual([
      { fieldCode: 'JL.SSB', minTrl: 4 },
      { chainCode: 'JL', minTrl: 4 },
      { chainCode: 'JL', minTrl: 3 },
      { chainCode: 'JL' },
      { minTrl: 4 },
      { minTrl: 3 },
      {},
    ]);
  });

  it('skips TRL steps when the need sets no minimum and never filters on TRL ≤ 1', () => {
    expect(relaxationSteps({ fieldCode: 'HC.AQV', minTrl: null })).toEqual([{ fieldCode: 'HC.AQV' }, { chainCode: 'HC' }, {}]);
    expect(relaxationSteps({ fieldCode: 'HC.AQV', minTrl: 3 })).toEqual([
      { fieldCode: 'HC.AQV', minTrl: 2 },
      { chainCode: 'HC', minTrl: 2 },
      { chainCode: 'HC' },
      { minTrl: 2 },
      {},
    ]);
  });

  it('caps the query at ten distinct terms', () => {
    const terms = Array.from({ length: 14 }, (_, i) => `t${i % 12}`);
    const requests = candidateRequests(need, terms, 50);
    expect(requests[0].terms).toHaveLength(10);
    expect(requests.every((request) => request.limit === 50)).toBe(true);
    expect(requests.map((request) => request.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(requests[7]).toEqual({ terms: [], filter: { fieldCode: 'JL.SSB', minTrl: 3 }, limit: 50, step: 7 });
    expect(requests[8]).toEqual({ terms: [], filter: { chainCode: 'JL', minTrl: 3 }, limit: 50, step: 8 });
  });
});

describe('collectCandidates', () => {
  it('relaxes only while there are too few hits and keeps first-seen order', async () => {
    const answers: Record<number, string[]> = { 0: ['a', 'b'], 1: ['b', 'c', 'd'], 2: ['e'] };
    const seen: number[] = [];
    const source: CandidateSource = {
      search: (request) => {
        seen.push(request.step);
        return Promise.resolve(answers[request.step] ?? []);
      },
    };
    const collected = await collectCandidates(source, candidateRequests(need, ['固态电解质']), 4);
    expect(collected).toEqual({ ids: ['a', 'b', 'c', 'd'], requests: 2 });
    expect(seen).toEqual([0, 1]);
  });

  it('sends the concept expansion and the first keyword request together, keeping the expansion first', async () => {
    const pending: { step: number; resolve: (ids: string[]) => void }[] = [];
    const source: CandidateSource = { search: (request) => new Promise((resolve) => pending.push({ step: request.step, resolve })) };
    const requests = candidateRequests(need, ['固态电解质'], 200, ['硫化物电解质'], ['JL.SSB']);
    expect(requests[0].expansion).toBe(true);
    const collecting = collectCandidates(source, requests, 2);
    await Promise.resolve();
    // Both are in flight before either answers.
    expect(pending.map((call) => call.step)).toEqual([0, 1]);
    pending[1].resolve(['k1', 'k2']);
    pending[0].resolve(['c1', 'k1']);
    expect(await collecting).toEqual({ ids: ['c1', 'k1', 'k2'], requests: 2 });
    expect(pending).toHaveLength(2);
  });
});

describe('InMemoryCandidateSource and rankCandidates', () => {
  const tokenizer = new MatchTokenizer();
  const results = [
    make('r1', 'JL.SSB', 6, '硫化物固态电解质公斤级制备'),
    make('r2', 'JL.SSB', 3, '氧化物固态电解质薄膜'),
    make('r3', 'JL.H2', 6, '固态储氢材料'),
    make('r4', 'HC.AQV', 7, '深远海养殖工船'),
  ];
  const source = new InMemoryCandidateSource(tokenizer, results);

  it('matches any term under the filters, more matched terms first', async () => {
    await expect(source.search({ terms: ['固态电解质', '硫化物'], filter: { fieldCode: 'JL.SSB' }, limit: 10, step: 0 })).resolves.toEqual(['r1', 'r2']);
    await expect(source.search({ terms: ['固态电解质'], filter: { fieldCode: 'JL.SSB', minTrl: 5 }, limit: 10, step: 0 })).resolves.toEqual(['r1']);
    await expect(source.search({ terms: ['固态'], filter: { chainCode: 'JL' }, limit: 10, step: 0 })).resolves.toEqual(['r1', 'r2', 'r3']);
    await expect(source.search({ terms: ['养殖工船'], filter: { chainCode: 'JL' }, limit: 10, step: 0 })).resolves.toEqual([]);
    await expect(source.search({ terms: [], filter: { chainCode: 'JL', minTrl: 4 }, limit: 10, step: 0 })).resolves.toEqual(['r1', 'r3']);
  });

  it('ranks the best candidates first and keeps topK', () => {
    const text = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, [need, ...results]));
    const context = { weights: normaliseWeights(), taxonomy: Taxonomy.default(), feedback: FeedbackStats.empty(), now: new Date('2025-01-01') };
    const ranked = rankCandidates(
      text.prepareNeed(need),
      results.map((result) => text.prepareResult(result)),
      context,
      2,
    );
    // r2 is on topic but two TRL levels below the need's minimum 5: the maturity penalty puts
    // the mature result of the same chain ahead of it.
    expect(ranked.map((entry) => entry.result.id)).toEqual(['r1', 'r3']);
    expect(ranked[0].score.score).toBeGreaterThan(ranked[1].score.score);
    const withoutPenalty = { ...context, options: { maturityPenaltyTwoBelow: 1, maturityPenaltyFarBelow: 1 } };
    expect(
      rankCandidates(
        text.prepareNeed(need),
        results.map((result) => text.prepareResult(result)),
        withoutPenalty,
        2,
      ).map((entry) => entry.result.id),
    ).toEqual(['r1', 'r2']);
  });
});

describe('compareRanked', () => {
  it('puts the higher score first and breaks ties by the smaller id', () => {
    const entries = [
      { score: 50, id: 'c' },
      { score: 70, id: 'b' },
      { score: 50, id: 'a' },
      { score: 70, id: 'a' },
      { score: 50, id: 'c' },
    ];
    const sorted = [...entries].sort((x, y) => compareRanked(x.score, x.id, y.score, y.id));
    expect(sorted.map((entry) => `${entry.score}${entry.id}`)).toEqual(['70a', '70b', '50a', '50c', '50c']);
    expect(compareRanked(50, 'c', 50, 'c')).toBe(0);
  });
});
