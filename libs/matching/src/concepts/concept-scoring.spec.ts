import { ConceptExtractor, seedConceptGraph } from '@techbridge/search';
import { candidateRequests, CandidateRequest, CandidateSource, collectCandidates } from '../candidates/candidate-strategy';
import { FeedbackStats } from '../feedback/match-feedback';
import { MatchableNeed, MatchableResult } from '../match-inputs';
import { conceptFactor, DEFAULT_SCORER_OPTIONS, scoreMatch, ScorerContext, scoreValue } from '../scoring/match-scorer';
import { normaliseWeights } from '../scoring/match-weights';
import { Taxonomy } from '../taxonomy';
import { MatchText } from '../text/match-text';
import { MatchTokenizer } from '../text/match-tokenizer';
import { conceptLinks, conceptOverlap } from './concept-profile';

const now = new Date('2026-01-01T00:00:00Z');
const graph = seedConceptGraph();
const extractor = new ConceptExtractor(graph);
const tokenizer = new MatchTokenizer();

const need: MatchableNeed = {
  id: 'n1',
  title: '水泥窑氮氧化物排放超标被限产',
  summary: '熟料线窑尾烟气冬季屡被限产，希望稳定达标',
  keywords: ['限产', '窑尾烟气'],
  fieldCode: 'QL.CHEM',
  minTrl: 6,
  budgetMin: 2_000_000,
  budgetMax: 5_000_000,
  negotiable: false,
  preferredModes: [],
  district: null,
  publishedAt: now,
  enterpriseId: 'e1',
};

const base: Omit<MatchableResult, 'id' | 'title' | 'summary' | 'keywords' | 'fieldCode'> = {
  trl: 7,
  transferModes: ['LICENSE'],
  priceMin: 3_000_000,
  priceMax: 4_000_000,
  negotiable: false,
  district: null,
  grantedPatents: 2,
  patents: 3,
  publishedAt: now,
  ownerId: 'o1',
};
const solver: MatchableResult = {
  ...base,
  id: 'r-solver',
  title: '低温脱硝催化剂',
  summary: '锰铈基，180℃起活',
  keywords: ['催化剂'],
  fieldCode: 'JL.MAT',
};
const lookAlike: MatchableResult = {
  ...base,
  id: 'r-look',
  title: '水泥窑协同处置生活垃圾',
  summary: '利用水泥窑窑尾烟气高温协同焚烧垃圾，排放达标',
  keywords: ['水泥窑', '协同处置'],
  fieldCode: 'QL.CHEM',
};
const english: MatchableResult = {
  ...base,
  id: 'r-en',
  title: 'Selective catalytic reduction retrofit for kilns',
  summary: 'NOx below 50 mg',
  keywords: ['denitration'],
  fieldCode: 'QL.CHEM',
};
const results = [solver, lookAlike, english];

const text = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, [need, ...results], extractor), undefined, undefined, extractor);
const context: ScorerContext = {
  weights: normaliseWeights(),
  taxonomy: Taxonomy.default(),
  feedback: FeedbackStats.empty(),
  now,
  conceptGraph: graph,
};
const preparedNeed = text.prepareNeed(need);
const prepared = (result: MatchableResult) => text.prepareResult(result);
const factor = (result: MatchableResult, name: string) => scoreMatch(preparedNeed, prepared(result), context).factors.find((entry) => entry.factor === name)!;

describe('the concept factor', () => {
  it('credits a technique that addresses the need’s problem, and names the link in Chinese and English', () => {
    const links = conceptLinks(preparedNeed.concepts!, prepared(solver).concepts!);
    expect(links[0]).toMatchObject({
      needConcept: 'nox-exceed',
      resultConcept: 'low-temp-scr-catalyst',
      relation: 'application',
    });
    const concept = factor(solver, 'concept');
    expect(concept.value).toBeGreaterThan(0.5);
    expect(concept.reasonZh).toContain('需求的『氮氧化物超标』与成果的『低温脱硝催化剂』相关：应用关联');
    expect(concept.reasonEn).toContain("the need's 'NOx emissions above limits' relates to the result's 'low-temperature SCR catalyst': application link");
  });

  it('finds the English technique for a Chinese symptom', () => {
    expect(conceptLinks(preparedNeed.concepts!, prepared(english).concepts!).map((link) => [link.resultConcept, link.relation])).toContainEqual(['scr', 'application']);
    expect(factor(english, 'concept').value).toBeGreaterThan(factor(lookAlike, 'concept').value);
  });

  it('counts a look-alike’s text at half: it shares words and the object but solves another problem', () => {
    expect(conceptOverlap(preparedNeed.concepts!, prepared(lookAlike).concepts!).mismatch).toBe(true);
    const withLayer = factor(lookAlike, 'text');
    const withoutLayer = scoreMatch({ need, vector: preparedNeed.vector }, { result: lookAlike, vector: prepared(lookAlike).vector }, context).factors.find((entry) => entry.factor === 'text')!;
    expect(withLayer.value).toBeCloseTo(withoutLayer.value * DEFAULT_SCORER_OPTIONS.conceptMismatchTextShare, 12);
    expect(withLayer.reasonZh).toContain('用词相近但对象或用途不同');
    expect(withLayer.reasonEn).toContain('shares words but not the object or purpose');
  });

  it('lets a concept-linked result of another chain count like one of the same chain', () => {
    const field = factor(solver, 'field');
    expect(field.value).toBe(DEFAULT_SCORER_OPTIONS.conceptLinkedFieldValue);
    expect(field.reasonZh).toContain('概念关联');
    expect(factor(lookAlike, 'field').value).toBe(1);
  });

  it('ranks the same-field solver above the look-alike, and the numbers-first score equals the explained one', () => {
    const scores = results.map((result) => [result.id, scoreValue(preparedNeed, prepared(result), context)] as const);
    for (const [id, value] of scores) expect(value).toBeCloseTo(scoreMatch(preparedNeed, prepared(results.find((result) => result.id === id)!), context).score, 9);
    const order = [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order.indexOf('r-look')).toBeGreaterThan(order.indexOf('r-en'));
  });

  it('stays neutral when the need names no concept or the layer is off', () => {
    const plain = text.prepareNeed({
      ...need,
      title: '寻求合作伙伴',
      summary: '共同开发新产品',
      keywords: [],
    });
    expect(plain.concepts!.weights.size).toBe(0);
    expect(conceptFactor(plain, prepared(solver), null, graph).value).toBe(DEFAULT_SCORER_OPTIONS.conceptNeutral);
    const off = new MatchText(tokenizer, text.frequencies);
    expect(off.prepareNeed(need).concepts).toBeUndefined();
    expect(scoreMatch(off.prepareNeed(need), off.prepareResult(solver), context).factors.find((entry) => entry.factor === 'concept')!.value).toBe(DEFAULT_SCORER_OPTIONS.conceptNeutral);
  });
});

describe('concept candidates', () => {
  it('asks, second and in any field, for the techniques that address the need’s problem', () => {
    const terms = text.conceptTerms(preparedNeed);
    expect(terms).toEqual(expect.arrayContaining(['选择性催化还原', '低氮燃烧', '烟气再循环']));
    expect(terms).not.toContain('水泥窑');
    const requests = candidateRequests(need, text.keywords(need), 400, terms, 200);
    expect(requests[1]).toMatchObject({
      terms,
      filter: { minTrl: 5 },
      limit: 200,
      always: true,
      step: 1,
    });
    expect(requests.map((request) => request.step)).toEqual(requests.map((_, index) => index));
    expect(candidateRequests(need, text.keywords(need), 400, []).some((request) => request.always)).toBe(false);
  });

  it('runs the concept request even when the first one found enough, and keeps its ids within its own limit', async () => {
    const seen: CandidateRequest[] = [];
    const source: CandidateSource = {
      search: (request) => {
        seen.push(request);
        const prefix = request.always ? 'c' : 'k';
        return Promise.resolve(Array.from({ length: 300 }, (_, index) => `${prefix}${index}`));
      },
    };
    const requests = candidateRequests(need, ['窑尾'], 150, ['选择性催化还原'], 20);
    const collected = await collectCandidates(source, requests, 100);
    expect(seen.map((request) => request.step)).toEqual([0, 1]);
    expect(collected.ids.filter((id) => id.startsWith('k'))).toHaveLength(150);
    expect(collected.ids.filter((id) => id.startsWith('c'))).toHaveLength(20);
  });
});
