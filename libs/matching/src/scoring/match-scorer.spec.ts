import fc from 'fast-check';

import { ConceptExtractor } from '../concepts/concept-extractor';
import { FeedbackStats } from '../feedback/match-feedback';
import { MatchableNeed, MatchableResult, TRANSFER_MODES } from '../match-inputs';
import { Taxonomy } from '../taxonomy';
import { DocumentFrequencies } from '../text/document-frequencies';
import { MatchText } from '../text/match-text';
import { MatchTokenizer } from '../text/match-tokenizer';
import {
  combineFactors,
  DEFAULT_SCORER_OPTIONS,
  FactorEvaluation,
  fieldFactor,
  freshnessFactor,
  ipFactor,
  maturityFactor,
  maturityPenalty,
  modeFactor,
  priceFactor,
  regionFactor,
  relevanceGate,
  scoreMatch,
  ScorerContext,
  scoreValue,
} from './match-scorer';
import { DEFAULT_MATCH_WEIGHTS, MATCH_FACTORS, MatchWeights, normaliseWeights } from './match-weights';

const taxonomy = Taxonomy.default();
const now = new Date('2025-06-01T00:00:00Z');

const need: MatchableNeed = {
  id: 'n1',
  title: '寻求硫化物固态电解质量产工艺',
  summary: '用于车规级全固态电池，要求离子电导率高、空气稳定性好',
  keywords: ['固态电解质', '硫化物', 'solid electrolyte'],
  fieldCode: 'JL.SSB',
  minTrl: 5,
  budgetMin: 500_000,
  budgetMax: 1_000_000,
  negotiable: false,
  preferredModes: ['LICENSE', 'TRANSFER'],
  district: '崂山区',
  publishedAt: now,
  enterpriseId: 'e1',
};

const result: MatchableResult = {
  id: 'r1',
  title: '高离子电导率硫化物固态电解质及其公斤级制备',
  summary: '空气稳定的硫化物电解质粉体，适配全固态电池',
  keywords: ['固态电解质', '硫化物', 'sulfide electrolyte'],
  fieldCode: 'JL.SSB',
  trl: 6,
  transferModes: ['LICENSE'],
  priceMin: 600_000,
  priceMax: 800_000,
  negotiable: true,
  district: '崂山区',
  grantedPatents: 4,
  patents: 6,
  publishedAt: new Date('2025-05-02T00:00:00Z'),
  ownerId: 'u1',
};

function contextWith(weights: MatchWeights = normaliseWeights(), feedback = FeedbackStats.empty()): { context: ScorerContext; text: MatchText } {
  const tokenizer = new MatchTokenizer();
  const text = new MatchText(tokenizer, MatchText.frequenciesOf(tokenizer, [need, result, { title: '锂电池回收', summary: '湿法冶金', keywords: [] }]));
  return { context: { weights, taxonomy, feedback, now }, text };
}

describe('scoreMatch', () => {
  it('explains a strong pair with every factor and contributions that add up to the score', () => {
    const { context, text } = contextWith();
    const score = scoreMatch(text.prepareNeed(need), text.prepareResult(result), context);
    expect(score.factors.map((factor) => factor.factor)).toEqual([...MATCH_FACTORS]);
    const sum = score.factors.reduce((total, factor) => total + factor.contribution, 0);
    expect(Math.abs(sum - score.score)).toBeLessThan(1e-9);
    expect(score.score).toBeGreaterThan(70);
    const byName = Object.fromEntries(score.factors.map((factor) => [factor.factor, factor]));
    expect(byName.field.reasonZh).toBe('领域相同：固态电池');
    expect(byName.field.reasonEn).toBe('Same field: Solid-state batteries');
    expect(byName.maturity.reasonZh).toBe('成熟度 TRL 6 满足需求最低 TRL 5');
    expect(byName.maturity.reasonEn).toBe('TRL 6 meets the required TRL 5');
    expect(byName.text.reasonZh).toMatch(/^关键词重合：.*固态电解质/);
    expect(byName.text.reasonZh).toContain('硫化物');
    expect(byName.price.value).toBe(1);
    expect(byName.region.reasonZh).toBe('同区：崂山区');
  });

  it('takes the shared terms only from the public fields of both sides', () => {
    const { context, text } = contextWith();
    const score = scoreMatch(text.prepareNeed(need), text.prepareResult(result), context);
    const terms = score.factors
      .find((factor) => factor.factor === 'text')!
      .reasonZh.replace('关键词重合：', '')
      .split('、');
    expect(terms.length).toBeGreaterThan(0);
    const needText = `${need.title}${need.summary}${need.keywords.join('')}`.toLowerCase();
    const resultText = `${result.title}${result.summary}${result.keywords.join('')}`.toLowerCase();
    for (const term of terms) {
      expect(needText).toContain(term);
      expect(resultText).toContain(term);
    }
  });

  it('scores an unrelated result of another chain low', () => {
    const { context, text } = contextWith();
    const other: MatchableResult = {
      ...result,
      id: 'r2',
      title: '深远海智能网箱养殖',
      summary: '大黄鱼养殖工船',
      keywords: ['养殖工船'],
      fieldCode: 'HC.AQV',
      trl: 3,
      transferModes: ['EQUITY'],
    };
    const strong = scoreMatch(text.prepareNeed(need), text.prepareResult(result), context).score;
    const weak = scoreMatch(text.prepareNeed(need), text.prepareResult(other), context).score;
    expect(weak).toBeLessThan(strong / 2);
  });
});

describe('factors', () => {
  it('field: same field 1, same chain 0.5, other chain 0', () => {
    expect(fieldFactor('JL.SSB', 'JL.SSB', taxonomy).value).toBe(1);
    expect(fieldFactor('JL.SSB', 'JL.H2', taxonomy).value).toBe(0.5);
    expect(fieldFactor('JL.SSB', 'HC.AQV', taxonomy).value).toBe(0);
    expect(fieldFactor('JL.SSB', 'JL.H2', taxonomy).reasonEn).toContain('Hydrogen energy');
  });

  it('maturity: meets → 1, one below → partial, far below → 0, no minimum → neutral high', () => {
    expect(maturityFactor(6, 5).value).toBe(1);
    expect(maturityFactor(4, 5).value).toBe(0.5);
    expect(maturityFactor(2, 5).value).toBe(0);
    expect(maturityFactor(2, null).value).toBeGreaterThanOrEqual(0.7);
    expect(maturityFactor(4, 5).reasonEn).toBe('TRL 4 is below the required TRL 5');
  });

  it('price: overlap 1, below budget high, above budget lower, negotiable keeps part', () => {
    const budget = { budgetMin: 500_000, budgetMax: 1_000_000, negotiable: false };
    expect(priceFactor({ priceMin: 800_000, priceMax: 1_200_000, negotiable: false }, budget).value).toBe(1);
    expect(priceFactor({ priceMin: 100_000, priceMax: 200_000, negotiable: false }, budget).value).toBe(0.9);
    const firm = priceFactor({ priceMin: 2_000_000, priceMax: 3_000_000, negotiable: false }, budget).value;
    const open = priceFactor({ priceMin: 2_000_000, priceMax: 3_000_000, negotiable: true }, budget).value;
    expect(firm).toBeLessThan(open);
    expect(open).toBeLessThan(1);
    expect(priceFactor({ priceMin: null, priceMax: null, negotiable: true }, budget).value).toBe(0.6);
    expect(priceFactor({ priceMin: 800_000, priceMax: 1_200_000, negotiable: false }, budget).reasonZh).toBe('报价 80–120 万元 与预算 50–100 万元 重合');
  });

  it('mode: intersection, none, and no preference', () => {
    expect(modeFactor(['LICENSE', 'TRANSFER'], ['LICENSE', 'TRANSFER']).value).toBe(1);
    expect(modeFactor(['LICENSE'], ['LICENSE', 'TRANSFER']).value).toBeCloseTo(0.85, 12);
    expect(modeFactor(['EQUITY'], ['LICENSE']).value).toBe(0);
    expect(modeFactor(['EQUITY'], []).value).toBe(0.7);
    expect(modeFactor(['LICENSE'], ['LICENSE']).reasonZh).toBe('合作方式匹配：许可');
  });

  it('region: same district 1, otherwise the same city', () => {
    expect(regionFactor('崂山区', '崂山区').value).toBe(1);
    expect(regionFactor('市南区', '崂山区').value).toBe(0.5);
    expect(regionFactor(null, null).value).toBe(0.5);
  });

  it('ip saturates with granted patents; freshness halves each year', () => {
    expect(ipFactor(0, 0).value).toBe(0);
    expect(ipFactor(3, 3).value).toBeGreaterThan(ipFactor(1, 1).value);
    expect(ipFactor(100, 100).value).toBeLessThanOrEqual(1);
    expect(ipFactor(2, 5).reasonEn).toBe('2 granted patents, 3 pending');
    expect(freshnessFactor(now, now).value).toBe(1);
    expect(freshnessFactor(new Date(now.getTime() - 365 * 86_400_000), now).value).toBeCloseTo(0.5, 12);
  });
});

describe('weights', () => {
  it('normalises to sum 1 and rejects bad overrides', () => {
    const weights = normaliseWeights({ text: 1 });
    expect(MATCH_FACTORS.reduce((sum, factor) => sum + weights[factor], 0)).toBeCloseTo(1, 12);
    expect(weights.text).toBeGreaterThan(DEFAULT_MATCH_WEIGHTS.text);
    expect(() => normaliseWeights({ text: -1 })).toThrow('non-negative');
    expect(() => normaliseWeights({ colour: 1 })).toThrow('Unknown match factor');
    expect(() => normaliseWeights(Object.fromEntries(MATCH_FACTORS.map((factor) => [factor, 0])))).toThrow('all be zero');
  });
});

describe('combineFactors properties', () => {
  const rawWeights = fc.record(
    Object.fromEntries(MATCH_FACTORS.map((factor) => [factor, fc.double({ min: 0, max: 10, noNaN: true })])) as Record<string, fc.Arbitrary<number>>,
  );
  const nonZeroWeights = rawWeights.filter((weights) => Object.values(weights).some((weight) => weight > 1e-6)).map((weights) => normaliseWeights(weights));
  const values = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: MATCH_FACTORS.length, maxLength: MATCH_FACTORS.length });
  const evaluations = (list: number[]): FactorEvaluation[] =>
    MATCH_FACTORS.map((factor, index) => ({ factor, value: list[index], reasonZh: '', reasonEn: '' }));

  it('keeps the score within 0–100 and equal to the sum of contributions', () => {
    fc.assert(
      fc.property(nonZeroWeights, values, (weights, list) => {
        const { score, factors } = combineFactors(evaluations(list), weights);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100 + 1e-9);
        expect(Math.abs(factors.reduce((sum, factor) => sum + factor.contribution, 0) - score)).toBeLessThan(1e-9);
      }),
    );
  });

  it('never lowers the score when one factor value rises', () => {
    fc.assert(
      fc.property(
        nonZeroWeights,
        values,
        fc.nat({ max: MATCH_FACTORS.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, list, index, raise) => {
          const before = combineFactors(evaluations(list), weights).score;
          const higher = [...list];
          higher[index] = Math.min(1, list[index] + raise * (1 - list[index]));
          expect(combineFactors(evaluations(higher), weights).score).toBeGreaterThanOrEqual(before - 1e-9);
        },
      ),
    );
  });

  it('is monotonic in the pair attributes behind each factor', () => {
    const { context, text } = contextWith();
    const preparedNeed = text.prepareNeed(need);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.subarray([...TRANSFER_MODES]),
        (trl, granted, ageDays, modes) => {
          const base: MatchableResult = {
            ...result,
            trl,
            grantedPatents: granted,
            patents: granted,
            transferModes: modes,
            publishedAt: new Date(now.getTime() - ageDays * 86_400_000),
          };
          const score = (item: MatchableResult) => scoreMatch(preparedNeed, text.prepareResult(item), context).score;
          const reference = score(base);
          expect(score({ ...base, trl: trl + 1 })).toBeGreaterThanOrEqual(reference - 1e-9);
          expect(score({ ...base, grantedPatents: granted + 1, patents: granted + 1 })).toBeGreaterThanOrEqual(reference - 1e-9);
          expect(score({ ...base, publishedAt: new Date(now.getTime() - Math.max(0, ageDays - 30) * 86_400_000) })).toBeGreaterThanOrEqual(reference - 1e-9);
          expect(score({ ...base, transferModes: [...new Set([...modes, 'LICENSE' as const])] })).toBeGreaterThanOrEqual(reference - 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('feedback for the pair moves the score the way the feedback points', () => {
    const dismissals = FeedbackStats.fromEvents(
      Array.from({ length: 10 }, () => ({ needFieldCode: 'JL.SSB', resultFieldCode: 'JL.SSB', status: 'DISMISSED' as const, reason: 'WRONG_FIELD' as const })),
    );
    const shortlists = FeedbackStats.fromEvents(
      Array.from({ length: 10 }, () => ({ needFieldCode: 'JL.SSB', resultFieldCode: 'JL.SSB', status: 'SHORTLISTED' as const })),
    );
    const { context, text } = contextWith();
    const pair = [text.prepareNeed(need), text.prepareResult(result)] as const;
    const neutral = scoreMatch(...pair, context).score;
    expect(scoreMatch(...pair, { ...context, feedback: dismissals }).score).toBeLessThan(neutral);
    expect(scoreMatch(...pair, { ...context, feedback: shortlists }).score).toBeGreaterThan(neutral);
  });
});

describe('scoreValue', () => {
  it('gives exactly the score of scoreMatch for any pair, options and feedback, with the concept layer on or off', () => {
    const { text: plain } = contextWith();
    const withConcepts = new MatchText(plain.tokenizer, plain.frequencies, undefined, undefined, new ConceptExtractor());
    const symptom: MatchableNeed = {
      ...need,
      id: 'n2',
      title: '水泥窑氮氧化物排放超标被限产',
      summary: '熟料生产线被限产',
      keywords: ['水泥窑'],
      fieldCode: 'QL.CHEM',
    };
    const feedback = FeedbackStats.fromEvents([
      { needFieldCode: 'JL.SSB', resultFieldCode: 'JL.SSB', status: 'DISMISSED', reason: 'PRICE' },
      { needFieldCode: 'JL.SSB', resultFieldCode: 'JL.H2', status: 'SHORTLISTED' },
    ]);
    const texts = [
      { title: result.title, summary: result.summary, keywords: result.keywords },
      { title: '深远海养殖工船', summary: '养殖', keywords: ['养殖工船'] },
      { title: '锂电池回收', summary: '适用于固态电池', keywords: ['固态电池'] },
      { title: '中低温SCR脱硝催化剂', summary: '水泥窑烟气选择性催化还原', keywords: ['脱硝催化剂'] },
      { title: '水泥窑协同处置生活垃圾', summary: '硫化物固废', keywords: ['水泥窑协同处置'] },
      { title: 'Sulfide solid electrolyte powder', summary: 'for all-solid-state batteries', keywords: ['solid electrolyte'] },
    ];
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.constantFrom('JL.SSB', 'JL.H2', 'HC.AQV'),
        fc.integer({ min: 1, max: 9 }),
        fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
        fc.boolean(),
        fc.subarray([...TRANSFER_MODES]),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(
          undefined,
          { relevanceGateAt: 0.5, relevanceGateFloor: 0.2 },
          { textCoverageShare: 0.5, textSaturation: 0.6 },
          { conceptMismatchFieldShare: 0.5, conceptTextFloor: 0.5, conceptSaturation: 0.6 },
        ),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (textIndex, fieldCode, trl, price, negotiable, modes, granted, options, withFeedback, concepts, symptomNeed) => {
          const text = concepts ? withConcepts : plain;
          const preparedNeed = text.prepareNeed(symptomNeed ? symptom : need);
          const item: MatchableResult = {
            ...result,
            ...texts[textIndex],
            fieldCode,
            trl,
            priceMin: price,
            priceMax: price,
            negotiable,
            transferModes: modes,
            grantedPatents: granted,
            patents: granted + 1,
          };
          const context: ScorerContext = { weights: normaliseWeights(), taxonomy, feedback: withFeedback ? feedback : FeedbackStats.empty(), now, options };
          const prepared = text.prepareResult(item);
          expect(scoreValue(preparedNeed, prepared, context)).toBe(scoreMatch(preparedNeed, prepared, context).score);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('DocumentFrequencies in the scorer', () => {
  it('works with an empty corpus (every term equally rare)', () => {
    const text = new MatchText(new MatchTokenizer(), DocumentFrequencies.fromDocuments([]));
    const score = scoreMatch(text.prepareNeed(need), text.prepareResult(result), {
      weights: normaliseWeights(),
      taxonomy,
      feedback: FeedbackStats.empty(),
      now,
    });
    expect(score.score).toBeGreaterThan(0);
  });
});

describe('text coverage, relevance gate and maturity penalty', () => {
  it('text: the coverage of the need counts more than a short result that says little', () => {
    const { context, text } = contextWith();
    const preparedNeed = text.prepareNeed(need);
    const onTopic = text.prepareResult(result);
    const fieldOnly = text.prepareResult({ ...result, id: 'r2', title: '锂电池回收', summary: '适用于固态电池', keywords: ['固态电池'] });
    const byName = (score: ReturnType<typeof scoreMatch>) => Object.fromEntries(score.factors.map((factor) => [factor.factor, factor]));
    expect(byName(scoreMatch(preparedNeed, onTopic, context)).text.value).toBeGreaterThan(
      byName(scoreMatch(preparedNeed, fieldOnly, context)).text.value + 0.5,
    );
  });

  it('relevance gate: linear from the floor to 1, off when relevanceGateAt is 0', () => {
    const options = { ...DEFAULT_SCORER_OPTIONS, relevanceGateAt: 0.5, relevanceGateFloor: 0.2 };
    expect(relevanceGate(0, options)).toBeCloseTo(0.2, 12);
    expect(relevanceGate(0.25, options)).toBeCloseTo(0.6, 12);
    expect(relevanceGate(0.9, options)).toBe(1);
    expect(relevanceGate(0, { ...options, relevanceGateAt: 0 })).toBe(1);
  });

  it('maturity penalty: none up to one level below, a share from two levels below, none without a minimum', () => {
    expect(maturityPenalty(4, 5)).toBe(1);
    expect(maturityPenalty(3, 5)).toBe(DEFAULT_SCORER_OPTIONS.maturityPenaltyTwoBelow);
    expect(maturityPenalty(1, 5)).toBe(DEFAULT_SCORER_OPTIONS.maturityPenaltyFarBelow);
    expect(maturityPenalty(1, null)).toBe(1);
  });

  it('scaled factors keep values in 0–1, add up to the score and say why in their reasons', () => {
    const { context, text } = contextWith();
    const gated = { ...context, options: { relevanceGateAt: 0.5, relevanceGateFloor: 0.2 } };
    const preparedNeed = text.prepareNeed(need);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.boolean(), (trl, offTopic) => {
        const item: MatchableResult = offTopic ? { ...result, trl, title: '深远海养殖工船', summary: '养殖', keywords: ['养殖工船'] } : { ...result, trl };
        const score = scoreMatch(preparedNeed, text.prepareResult(item), gated);
        expect(score.factors.reduce((sum, factor) => sum + factor.contribution, 0)).toBeCloseTo(score.score, 9);
        for (const factor of score.factors) {
          expect(factor.value).toBeGreaterThanOrEqual(0);
          expect(factor.value).toBeLessThanOrEqual(1);
        }
        const byName = Object.fromEntries(score.factors.map((factor) => [factor.factor, factor]));
        expect(byName.text.reasonZh.includes('成熟度远低于需求')).toBe(trl <= 3);
        expect(byName.maturity.reasonZh).not.toContain('按');
        expect(byName.region.reasonEn.includes('weak text relevance')).toBe(offTopic);
        expect(byName.feedback.reasonEn).not.toContain('weak text relevance');
      }),
      { numRuns: 40 },
    );
  });

  it('a far too early result of the right topic scores below a mature one by more than the maturity weight', () => {
    const { context, text } = contextWith();
    const preparedNeed = text.prepareNeed(need);
    const mature = scoreMatch(preparedNeed, text.prepareResult(result), context).score;
    const early = scoreMatch(preparedNeed, text.prepareResult({ ...result, trl: 2 }), context).score;
    expect(mature - early).toBeGreaterThan(100 * context.weights.maturity);
  });
});
