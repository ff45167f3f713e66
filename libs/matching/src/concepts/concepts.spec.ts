import { candidateRequests, collectCandidates, CONCEPT_REQUEST_LIMIT } from '../candidates/candidate-strategy';
import { FeedbackStats } from '../feedback/match-feedback';
import { MatchableNeed, MatchableResult } from '../match-inputs';
import { conceptValue, DEFAULT_SCORER_OPTIONS, scoreMatch, ScorerContext, scoreValue } from '../scoring/match-scorer';
import { DEFAULT_MATCH_WEIGHTS, normaliseWeights } from '../scoring/match-weights';
import { Taxonomy } from '../taxonomy';
import { MatchText } from '../text/match-text';
import { MatchTokenizer } from '../text/match-tokenizer';
import { ConceptExtractor } from './concept-extractor';
import { compareConcepts, prepareNeedConcepts } from './concept-match';
import { ConceptFile, ConceptSet } from './concept-set';

const set = ConceptSet.default();
const extractor = new ConceptExtractor(set);
const tokenizer = new MatchTokenizer();
const now = new Date('2026-06-01T00:00:00Z');

const need = (id: string, fieldCode: string, title: string, summary: string, keywords: string[]): MatchableNeed => ({
  id,
  title,
  summary,
  keywords,
  fieldCode,
  minTrl: 6,
  budgetMin: null,
  budgetMax: null,
  negotiable: false,
  preferredModes: [],
  district: null,
  publishedAt: now,
  enterpriseId: 'e1',
});

const result = (id: string, fieldCode: string, title: string, summary: string, keywords: string[]): MatchableResult => ({
  id,
  title,
  summary,
  keywords,
  fieldCode,
  trl: 7,
  transferModes: ['LICENSE'],
  priceMin: null,
  priceMax: null,
  negotiable: false,
  district: null,
  grantedPatents: 1,
  patents: 2,
  publishedAt: now,
  ownerId: 'u1',
});

const kiln = need('n1', 'QL.CHEM', '水泥窑氮氧化物排放超标被限产', '熟料生产线氮氧化物排放浓度高于新标准，秋冬季被限产。', ['水泥窑', '氮氧化物', '限产']);
const catalyst = result('r1', 'JL.MAT', '中低温SCR脱硝催化剂', '钒钛蜂窝式脱硝催化剂，适合水泥、玻璃行业烟气。', ['SCR脱硝催化剂']);
const coProcessing = result('r2', 'QL.CHEM', '水泥窑协同处置生活垃圾', '利用水泥窑高温协同处置生活垃圾与污泥，水泥窑氮氧化物排放不受影响。', [
  '水泥窑协同处置',
  '固废',
]);
const sodiumNeed = need('n2', 'JL.SSB', '储能电站用钠电电芯正极量产技术', '希望引进钠电正极材料量产工艺。', ['钠电', '正极材料']);
const sodiumResult = result('r3', 'JL.SSB', '层状氧化物正极钠离子电池中试技术', '铜铁锰层状氧化物正极，千吨级中试线验证。', ['钠离子电池']);
const lithiumLookAlike = result('r4', 'JL.SSB', '储能电站锂电正极材料回收', '退役储能电站锂电池正极材料湿法回收，正极材料量产再生。', ['电池回收', '正极材料']);

const corpus = [kiln, catalyst, coProcessing, sodiumNeed, sodiumResult, lithiumLookAlike];

function texts(): { on: MatchText; off: MatchText } {
  const frequencies = MatchText.frequenciesOf(tokenizer, corpus);
  return { on: new MatchText(tokenizer, frequencies, undefined, undefined, extractor), off: new MatchText(tokenizer, frequencies) };
}

function context(weights = normaliseWeights()): ScorerContext {
  return { weights, taxonomy: Taxonomy.default(), feedback: FeedbackStats.empty(), now };
}

describe('the concept set', () => {
  it('seeds every field of the taxonomy, with links that resolve and a content version', () => {
    const counts = set.countsByField();
    for (const field of Taxonomy.default().allFields()) expect(counts[field.code]?.concepts ?? 0).toBeGreaterThanOrEqual(7);
    expect(set.size).toBeGreaterThanOrEqual(300);
    const links = Object.values(counts).reduce((sum, entry) => sum + entry.applicationLinks, 0);
    expect(links).toBeGreaterThanOrEqual(100);
    expect(set.version).toMatch(/^concepts-[0-9a-f]{12}$/);
    expect(new ConceptSet(set.files).version).toBe(set.version);
    for (const file of set.files) expect(file.sources.length).toBeGreaterThan(0);
  });

  it('keeps broader links, narrower links and application links', () => {
    expect([...set.ancestors('ssb.layered-oxide-sib').keys()]).toEqual(['ssb.sodium-ion', 'ssb.storage-battery']);
    expect(set.narrower('ssb.sodium-ion')).toContain('ssb.layered-oxide-sib');
    expect(set.get('chem.nox-exceed')!.solvedBy).toEqual(expect.arrayContaining(['chem.scr', 'chem.sncr', 'mat.scr-catalyst']));
    expect(set.get('chem.nox-exceed')!.partlySolvedBy).toEqual(['chem.low-nox-burner', 'chem.fgr']);
    expect(set.get('mach.gearbox-failure')!.solvedBy).toEqual(['iiot.vibration-diagnosis', 'iiot.oil-monitoring']);
    expect(set.get('mach.gearbox-failure')!.partlySolvedBy).toEqual(['mach.gear-hardening']);
  });

  it('refuses unknown links, cycles, solvedBy on a technique, duplicate ids and one-letter forms', () => {
    const file = (concepts: ConceptFile['fields'][string]): ConceptFile[] => [{ chain: 'X', sources: ['test'], fields: { 'X.A': concepts } }];
    expect(() => new ConceptSet(file([{ id: 'a', zh: '甲', en: 'a1', broader: ['missing'] }]))).toThrow('unknown concept missing');
    expect(
      () =>
        new ConceptSet(
          file([
            { id: 'a', zh: '甲乙', en: 'aa', broader: ['b'] },
            { id: 'b', zh: '丙丁', en: 'bb', broader: ['a'] },
          ]),
        ),
    ).toThrow('cycle');
    expect(() => new ConceptSet(file([{ id: 'a', zh: '甲乙', en: 'aa', solvedBy: ['a'] }]))).toThrow('not a problem');
    expect(() => new ConceptSet(file([{ id: 'a', zh: '甲乙', en: 'aa', partlySolvedBy: ['a'] }]))).toThrow('not a problem');
    expect(
      () =>
        new ConceptSet(
          file([
            { id: 'a', zh: '甲乙', en: 'aa' },
            { id: 'p', zh: '丙丁', en: 'pp', kind: 'problem', solvedBy: ['a'], partlySolvedBy: ['a'] },
          ]),
        ),
    ).toThrow('both a full and a partial remedy');
    expect(
      () =>
        new ConceptSet(
          file([
            { id: 'a', zh: '甲乙', en: 'aa' },
            { id: 'a', zh: '丙丁', en: 'bb' },
          ]),
        ),
    ).toThrow('defined twice');
    expect(() => new ConceptSet(file([{ id: 'a', zh: '甲乙', en: 'aa', abbr: ['X'] }]))).toThrow('too short');
  });
});

describe('ConceptExtractor', () => {
  const ids = (text: string) => extractor.scan(text).map((hit) => hit.id);

  it('finds Chinese names, synonyms and abbreviations in any case, English on word boundaries, plurals too', () => {
    expect(ids('储能用钠电电芯')).toContain('ssb.sodium-ion');
    expect(ids('SCR 脱硝改造')).toContain('chem.scr');
    expect(ids('Selective Catalytic Reductions for kilns')).toEqual(['chem.scr']);
    expect(ids('scrap metal recycling')).not.toContain('chem.scr');
    expect(ids('PEM electrolysers with low iridium')).toEqual(['h2.pem-electrolysis', 'h2.iridium-catalyst']);
  });

  it('takes the longest form at a position and weighs title and keywords over the summary', () => {
    expect(ids('层状氧化物正极钠离子电池')).toEqual(['ssb.layered-oxide-sib']);
    const item = extractor.extract({ title: '钠离子电池', summary: '适用于储能电池', keywords: [] });
    expect(item.found.get('ssb.sodium-ion')!.weight).toBe(2);
    expect(item.found.get('ssb.storage-battery')!.weight).toBe(1);
  });
});

describe('concept links', () => {
  const prepared = (item: MatchableNeed) => prepareNeedConcepts(extractor.extractNeed(item), set, extractor);

  it('reads a synonym, a narrower concept, an application link and a purpose mismatch', () => {
    const sodium = prepared(sodiumNeed);
    expect(compareConcepts(sodium, extractor.extract(sodiumResult)).coverage).toBeGreaterThan(0.8);
    const nox = prepared(kiln);
    expect(nox.problems).toEqual(expect.arrayContaining(['chem.nox-exceed']));
    const answer = compareConcepts(nox, extractor.extract(catalyst));
    const lookAlike = compareConcepts(nox, extractor.extract(coProcessing));
    expect(answer.mismatch).toBe(false);
    expect(lookAlike.mismatch).toBe(true);
    expect(answer.coverage).toBeGreaterThan(lookAlike.coverage);
  });

  it('reads the purpose a need settles in its own words: 钠电 against lithium prices is missed by a 锂电 result', () => {
    const priceNeed = need('n3', 'JL.SSB', '储能电站钠电替代', '引进钠电电芯，替代部分锂电以降低碳酸锂价格波动影响。', ['钠电', '储能电站']);
    const sodium = prepared(priceNeed);
    // The need names its problem and the technique it wants for it: no open problem, a settled purpose.
    expect(sodium.problems).toEqual([]);
    expect(sodium.settledPurposes).toEqual(expect.arrayContaining(['ssb.sodium-ion']));
    expect(compareConcepts(sodium, extractor.extract(lithiumLookAlike)).mismatch).toBe(true);
    expect(compareConcepts(sodium, extractor.extract(sodiumResult)).mismatch).toBe(false);
  });
});

describe('partial remedies', () => {
  const prepared = (item: MatchableNeed) => prepareNeedConcepts(extractor.extractNeed(item), set, extractor);
  const scr = result('r5', 'QL.CHEM', '选择性催化还原烟气治理成套工艺', '高尘布置SCR反应器与喷氨优化，出口NOx稳定低于50 mg/m³。', ['选择性催化还原']);
  const lowNox = result('r6', 'QL.CHEM', '分解炉分级燃烧与低氮燃烧器', '窑头低氮燃烧器配合分解炉分级燃烧，源头减少氮氧化物生成。', ['低氮燃烧器']);

  it('reads a partial remedy as an answer, weaker than a full one, and not as a mismatch', () => {
    const nox = prepared(kiln);
    const full = compareConcepts(nox, extractor.extract(scr));
    const partial = compareConcepts(nox, extractor.extract(lowNox));
    expect(full).toMatchObject({ mismatch: false, partial: false });
    expect(partial).toMatchObject({ mismatch: false, partial: true });
    expect(partial.coverage).toBeLessThan(full.coverage);
  });

  it('counts a result that names the problem beside a partial remedy only as a partial answer', () => {
    const runaway = prepared(need('n4', 'QL.NEV', '动力电池包热失控蔓延问题', '电池包相邻电芯连续起火，需要阻止热扩散。', ['电池包', '热失控']));
    const cooling = result('r7', 'QL.NEV', '电池包液冷板热管理', '液冷板均温，降低热失控蔓延风险。', ['液冷板', '电池包']);
    const warning = result('r8', 'QL.NEV', '基于产气传感的热失控预警', '电池包热失控蔓延前数分钟产气预警。', ['热失控预警', '电池包']);
    expect(compareConcepts(runaway, extractor.extract(cooling)).partial).toBe(true);
    expect(compareConcepts(runaway, extractor.extract(warning)).partial).toBe(false);
  });

  it('scales the partial answer’s text, says so in both languages, and ranks it below the full remedy', () => {
    const frequencies = MatchText.frequenciesOf(tokenizer, [...corpus, scr, lowNox]);
    const on = new MatchText(tokenizer, frequencies, undefined, undefined, extractor);
    const preparedNeed = on.prepareNeed(kiln);
    const partial = scoreMatch(preparedNeed, on.prepareResult(lowNox), context());
    const text = partial.factors.find((factor) => factor.factor === 'text')!;
    expect(text.reasonZh).toContain('部分解决');
    expect(text.reasonEn).toContain('partial remedy');
    expect(partial.score).toBeLessThan(scoreMatch(preparedNeed, on.prepareResult(scr), context()).score);
    // The option at 1 turns the rule off: the same pair scores higher.
    const noRule = scoreMatch(preparedNeed, on.prepareResult(lowNox), { ...context(), options: { conceptPartialTextShare: 1 } });
    expect(noRule.score).toBeGreaterThan(partial.score);
    expect(scoreValue(preparedNeed, on.prepareResult(lowNox), context())).toBe(partial.score);
  });
});

describe('scoring on concepts', () => {
  it('names the link in both languages and ranks the answer above the look-alike', () => {
    const { on } = texts();
    const ctx = context();
    const preparedNeed = on.prepareNeed(kiln);
    const answer = scoreMatch(preparedNeed, on.prepareResult(catalyst), ctx);
    const lookAlike = scoreMatch(preparedNeed, on.prepareResult(coProcessing), ctx);
    const concept = answer.factors.find((factor) => factor.factor === 'concept')!;
    expect(concept.reasonZh).toContain('需求的『氮氧化物排放超标』与成果的『SCR脱硝催化剂』相关：应用关联');
    expect(concept.reasonEn).toContain("relates to the result's");
    expect(concept.reasonEn).toContain('application link');
    const field = answer.factors.find((factor) => factor.factor === 'field')!;
    expect(field.reasonZh).toContain('概念相关，跨领域');
    const text = lookAlike.factors.find((factor) => factor.factor === 'text')!;
    expect(text.reasonZh).toContain('用词相近但对象或用途不同');
    expect(answer.score).toBeGreaterThan(lookAlike.score);
    for (const score of [answer, lookAlike]) {
      expect(Math.abs(score.factors.reduce((sum, factor) => sum + factor.contribution, 0) - score.score)).toBeLessThan(1e-9);
    }
  });

  it('takes the concept value from a mismatch in proportion to the words shared: with none it is only unrelated', () => {
    const { on } = texts();
    const preparedNeed = on.prepareNeed(kiln);
    const mismatch = { coverage: 0, mismatch: true, partial: false, unknown: false, specificity: 1, linkedMass: 0 };
    const unlinked = { ...mismatch, mismatch: false };
    expect(conceptValue(mismatch, preparedNeed, 0)).toBeCloseTo(conceptValue(unlinked, preparedNeed, 0));
    expect(conceptValue(mismatch, preparedNeed, 0.5)).toBeCloseTo(DEFAULT_SCORER_OPTIONS.conceptBaseValue / 2);
    expect(conceptValue(mismatch, preparedNeed, 1)).toBe(0);
  });

  it('ranks 钠离子电池 above a 锂电 look-alike for a 钠电 need, which the word-only scorer does not', () => {
    const { on, off } = texts();
    const rank = (text: MatchText, ctx: ScorerContext) => {
      const preparedNeed = text.prepareNeed(sodiumNeed);
      return scoreValue(preparedNeed, text.prepareResult(sodiumResult), ctx) - scoreValue(preparedNeed, text.prepareResult(lithiumLookAlike), ctx);
    };
    expect(rank(off, context(normaliseWeights({ concept: 0 })))).toBeLessThan(0);
    expect(rank(on, context())).toBeGreaterThan(0);
  });

  it('gives back the word-only scores exactly with the layer off and the concept weight 0', () => {
    const { off } = texts();
    const weights = normaliseWeights({ concept: 0 });
    const score = scoreMatch(off.prepareNeed(kiln), off.prepareResult(coProcessing), context(weights));
    const concept = score.factors.find((factor) => factor.factor === 'concept')!;
    expect(concept.contribution).toBe(0);
    const others = score.factors.filter((factor) => factor.factor !== 'concept');
    // The word-only scorer's weights: the defaults without the concept factor, normalised.
    const rest = Object.entries(DEFAULT_MATCH_WEIGHTS).filter(([factor]) => factor !== 'concept');
    const total = rest.reduce((sum, [, weight]) => sum + weight, 0);
    for (const factor of others) expect(factor.weight).toBeCloseTo(DEFAULT_MATCH_WEIGHTS[factor.factor] / total, 12);
    expect(others.find((factor) => factor.factor === 'text')!.reasonZh).not.toContain('对象或用途');
  });
});

describe('query expansion', () => {
  it('never stops at the expansion request: the keyword step still runs after it', async () => {
    const seen: number[] = [];
    const source = {
      search: (request: { step: number; limit: number }) => {
        seen.push(request.step);
        return Promise.resolve(Array.from({ length: request.limit }, (_, i) => `s${request.step}-${i}`));
      },
    };
    const collected = await collectCandidates(source, candidateRequests(kiln, ['水泥窑'], 400, ['选择性催化还原']), 100);
    expect(seen).toEqual([0, 1]);
    expect(collected.ids).toHaveLength(400);
  });

  it('spends the ten words on the techniques for the need’s problem before the object’s narrower names', () => {
    const { on } = texts();
    const gearbox = need('n4', 'HC.WIND', '海上风机齿轮箱早期失效频发', '齿轮箱投运三年内多次点蚀。', ['齿轮箱', '海上风机']);
    const terms = on.conceptTerms(gearbox);
    // Every technique the set names for 齿轮箱早期失效, and one of their other names (渗碳淬火 for 齿面强化).
    expect(terms).toEqual(expect.arrayContaining(['振动诊断', '润滑油在线监测', '齿面强化']));
    expect(terms.indexOf('振动诊断')).toBeLessThan(terms.indexOf('海上风电'));
    expect(terms.some((term) => set.get('mach.gear-hardening')!.syn.includes(term) || set.get('iiot.oil-monitoring')!.syn.includes(term))).toBe(true);
  });

  it('adds the concept’s other names and the techniques for a problem, and runs first in every field', () => {
    const { on, off } = texts();
    expect(on.conceptTerms(sodiumNeed)).toContain('钠离子电池');
    // Full remedies take the ten words before partial ones (低氮燃烧 only reduces part of the NOx).
    expect(on.conceptTerms(kiln)).toEqual(expect.arrayContaining(['选择性催化还原', '选择性非催化还原', 'scr脱硝催化剂']));
    expect(on.conceptTerms(kiln).indexOf('低氮燃烧')).toBe(-1);
    expect(off.conceptTerms(kiln)).toEqual([]);
    const expansion = on.conceptExpansion(kiln);
    // The SCR catalyst is a new material: its field joins the request's filter.
    expect(expansion.fieldCodes).toEqual(expect.arrayContaining(['QL.CHEM', 'JL.MAT']));
    const requests = candidateRequests(kiln, on.keywords(kiln), 400, expansion.terms, expansion.fieldCodes);
    expect(requests[0]).toMatchObject({ step: 0, limit: CONCEPT_REQUEST_LIMIT, filter: { minTrl: 5 }, expansion: true });
    expect(requests[0].filter.fieldCodes).toEqual(expect.arrayContaining(['QL.CHEM', 'JL.MAT']));
    expect(requests[0].filter.fieldCode).toBeUndefined();
    expect(requests[1].filter.fieldCode).toBe('QL.CHEM');
    expect(candidateRequests(kiln, on.keywords(kiln), 400)).toEqual(
      candidateRequests(kiln, on.keywords(kiln), 400, []).map((request, step) => ({ ...request, step })),
    );
  });
});

describe('reading a need', () => {
  const ids = (item: { title: string; summary?: string; keywords?: string[] }) => [
    ...extractor.extractNeed({ title: item.title, summary: item.summary ?? '', keywords: item.keywords ?? [] }).found.keys(),
  ];

  it('leaves out a technique the need already tried without success', () => {
    expect(ids({ title: '水泥窑烟气治理', summary: '已采用SNCR但氮氧化物仍不达标' })).not.toContain('chem.sncr');
    expect(ids({ title: '水泥窑烟气治理', summary: '现有SNCR效果不够，想找新技术' })).not.toContain('chem.sncr');
    // Naming a technique without saying it falls short keeps it.
    expect(ids({ title: '水泥窑烟气治理', summary: '希望引进SNCR' })).toContain('chem.sncr');
  });

  it('leaves out what the need says it is not after', () => {
    expect(ids({ title: '储能电池寿命', summary: '不是要换钠离子电池，而是延长现有电池寿命' })).not.toContain('ssb.sodium-ion');
    expect(ids({ title: '储能电池寿命', summary: '希望采用钠离子电池' })).toContain('ssb.sodium-ion');
  });

  it('reads a problem from its object and a symptom cue', () => {
    expect(ids({ title: '玻璃窑炉烟气NOx达不到超低排放' })).toContain('chem.nox-exceed');
    expect(ids({ title: '二氧化硫排放老是超标' })).toContain('chem.so2-exceed');
    expect(ids({ title: '提高NOx监测精度' })).not.toContain('chem.nox-exceed');
  });

  it('weighs a concept naming only the setting, or a two-letter abbreviation, less', () => {
    const found = extractor.extractNeed({ title: 'Brine disposal at a seawater RO plant', summary: '', keywords: ['brine'] }).found;
    expect(found.get('desal.ro')!.weight).toBeLessThan(found.get('desal.brine')!.weight);
  });
});

describe("a need's concepts after reading", () => {
  const prepared = (item: MatchableNeed) => prepareNeedConcepts(extractor.extractNeed(item), set, extractor);

  it("keeps a broader concept the title says more strongly than the summary's narrower one", () => {
    const membrane = prepared(need('n-ro', 'HC.DESAL', '反渗透膜元件国产化', '用于海水反渗透淡化工程。', []));
    expect([...membrane.item.found.keys()]).toEqual(expect.arrayContaining(['desal.ro', 'desal.swro']));
    const specific = prepared(need('n-swro', 'HC.DESAL', '海水反渗透膜元件', '反渗透', []));
    expect([...specific.item.found.keys()]).not.toContain('desal.ro');
  });

  it('does not take a problem said in passing as the purpose of a need whose title asks for a technique', () => {
    const delivery = prepared(need('n-lnp', 'BL.GENE', '碱基编辑递送系统', '希望降低脱靶。', []));
    expect(delivery.item.found.has('gene.off-target')).toBe(true);
    expect(delivery.problems).not.toContain('gene.off-target');
    expect(prepared(need('n-ot', 'BL.GENE', '基因编辑脱靶效应', '', [])).problems).toContain('gene.off-target');
  });

  it('leaves the setting out of the coverage when the need names anything else', () => {
    const sodium = prepared(need('n-site', 'JL.SSB', '储能电站用钠离子电池', '', []));
    expect(sodium.item.found.get('ssb.energy-storage-system')?.setting).toBe(true);
    const lookAlike = extractor.extract(result('r-site', 'JL.SSB', '储能电站锂离子电池回收', '', []));
    expect(compareConcepts(sodium, lookAlike).coverage).toBe(0);
    expect(compareConcepts(sodium, lookAlike).mismatch).toBe(true);
  });
});
