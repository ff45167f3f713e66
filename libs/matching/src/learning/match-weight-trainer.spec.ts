import { seededRandom } from '@techbridge/platform';

import { DEFAULT_MATCH_WEIGHTS, MATCH_FACTORS, MatchFactor, MatchWeights, normaliseWeights } from '../scoring/match-weights';
import {
  compareOnHoldout,
  GLOBAL_FIELD,
  groupByNeed,
  needNdcg,
  NeedSignal,
  timeSplit,
  timeSplitByField,
  trainFieldModels,
  TrainingRow,
  trainWeights,
  weightsForField,
} from './match-weight-trainer';

const defaults = normaliseWeights();

/** Known weights: the frozen feedback factor at its default share, the rest far from the defaults. */
function knownWeights(): MatchWeights {
  const raw: Record<MatchFactor, number> = {
    text: 0.1,
    concept: 0.05,
    field: 0.1,
    maturity: 0.3,
    price: 0.2,
    mode: 0.02,
    region: 0.03,
    ip: 0.1,
    freshness: 0.1,
    feedback: 0,
  };
  const total = Object.values(raw).reduce((sum, value) => sum + value, 0);
  const weights = {} as MatchWeights;
  for (const factor of MATCH_FACTORS) weights[factor] = (raw[factor] / total) * (1 - defaults.feedback);
  weights.feedback = defaults.feedback;
  return weights;
}

/**
 * Needs whose results brokers grade by a noisy score under `truth`: the latent is
 * sharpness · (truth · values) plus logistic noise, and the grades follow its quantiles
 * (top 8 % contract, then deal, shortlist, shown, the bottom third dismissed).
 */
function syntheticNeeds(
  truth: MatchWeights,
  options: { needs: number; perNeed: number; seed: number; fieldCode?: string; sharpness?: number; start?: number },
): NeedSignal[] {
  const random = seededRandom(options.seed);
  const rows: TrainingRow[] = [];
  for (let n = 0; n < options.needs; n += 1) {
    const needId = `need-${options.seed}-${String(n).padStart(3, '0')}`;
    const candidates = Array.from({ length: options.perNeed }, (_, r) => {
      const values = {} as Record<MatchFactor, number>;
      for (const factor of MATCH_FACTORS) values[factor] = random();
      const u = Math.min(1 - 1e-9, Math.max(1e-9, random()));
      const latent = (options.sharpness ?? 40) * MATCH_FACTORS.reduce((sum, factor) => sum + truth[factor] * values[factor], 0) + Math.log(u / (1 - u));
      return { resultId: `r-${String(r).padStart(3, '0')}`, values, latent };
    });
    const ordered = [...candidates].sort((a, b) => b.latent - a.latent);
    ordered.forEach((candidate, rank) => {
      const share = rank / options.perNeed;
      const grade = share < 0.08 ? 4 : share < 0.16 ? 3 : share < 0.32 ? 2 : share < 0.66 ? 1 : 0;
      rows.push({
        needId,
        resultId: candidate.resultId,
        fieldCode: options.fieldCode ?? 'JL.SSB',
        grade,
        at: new Date((options.start ?? 1_700_000_000_000) + n * 86_400_000),
        values: candidate.values,
      });
    });
  }
  return groupByNeed(rows);
}

describe('match weight trainer', () => {
  it('recovers known weights from synthetic broker signal', () => {
    const truth = knownWeights();
    const trained = trainWeights(syntheticNeeds(truth, { needs: 60, perNeed: 25, seed: 7 }), defaults, { maxPairs: 60_000 });
    expect(trained).not.toBeNull();
    const weights = trained!.weights;
    expect(MATCH_FACTORS.reduce((sum, factor) => sum + weights[factor], 0)).toBeCloseTo(1, 9);
    for (const factor of MATCH_FACTORS) {
      expect(weights[factor]).toBeGreaterThanOrEqual(0);
      expect(Math.abs(weights[factor] - truth[factor])).toBeLessThan(0.035);
    }
    // The frozen factor keeps its current share exactly.
    expect(weights.feedback).toBeCloseTo(defaults.feedback, 12);
    expect(trained!.learned).not.toContain('feedback');
    // Maturity and price, the true leaders, lead the learned weights too.
    const top = [...MATCH_FACTORS].sort((a, b) => weights[b] - weights[a]).slice(0, 2);
    expect(top.sort()).toEqual(['maturity', 'price']);
  });

  it('is deterministic for a seed, and the seed only matters when pairs are sampled', () => {
    const needs = syntheticNeeds(knownWeights(), { needs: 10, perNeed: 15, seed: 3 });
    const a = trainWeights(needs, defaults, { maxPairs: 500, seed: 1 })!.weights;
    expect(trainWeights(needs, defaults, { maxPairs: 500, seed: 1 })!.weights).toEqual(a);
    expect(trainWeights(needs, defaults, { maxPairs: 500, seed: 2 })!.weights).not.toEqual(a);
    const all = trainWeights(needs, defaults, { maxPairs: 1e9, seed: 1 })!.weights;
    expect(trainWeights(needs, defaults, { maxPairs: 1e9, seed: 2 })!.weights).toEqual(all);
  });

  it('keeps a factor that never differs within a pair at its current share, and learns nothing from one grade', () => {
    const needs = syntheticNeeds(knownWeights(), { needs: 10, perNeed: 15, seed: 5 });
    for (const need of needs) for (const row of need.rows) row.values = { ...row.values, region: 0.5 };
    const trained = trainWeights(needs, defaults)!;
    expect(trained.learned).not.toContain('region');
    expect(trained.weights.region).toBeCloseTo(defaults.region, 12);
    const flat = needs.map((need) => ({ ...need, rows: need.rows.map((row) => ({ ...row, grade: 1 })) }));
    expect(trainWeights(flat, defaults)).toBeNull();
  });

  it('raises held-out nDCG@10 over the defaults when brokers weigh factors differently, and says it beats them', () => {
    const truth = knownWeights();
    const needs = syntheticNeeds(truth, { needs: 50, perNeed: 20, seed: 11 });
    const { train, holdout } = timeSplit(needs, 0.2);
    expect(holdout).toHaveLength(10);
    // Time order: every held-out need's signal is newer than every training need's.
    expect(Math.min(...holdout.map((need) => need.at.getTime()))).toBeGreaterThan(Math.max(...train.map((need) => need.at.getTime())));
    const candidate = trainFieldModels(train, () => defaults, 100)!;
    expect(candidate.weights.has(GLOBAL_FIELD)).toBe(true);
    const comparison = compareOnHoldout(
      holdout,
      () => defaults,
      (field) => weightsForField(candidate.weights, field, defaults),
    );
    expect(comparison.after).toBeGreaterThan(comparison.before + 0.02);
    expect(comparison.beats).toBe(true);
    expect(comparison.fields).toEqual([{ fieldCode: 'JL.SSB', holdoutNeeds: 10, before: comparison.before, after: comparison.after }]);
  });

  it('declines a candidate that does not beat the current weights', () => {
    // Brokers already rank by the current weights: a candidate can at best tie them.
    const needs = syntheticNeeds(defaults, { needs: 40, perNeed: 20, seed: 13, sharpness: 1e6 });
    const { train, holdout } = timeSplit(needs);
    const candidate = trainFieldModels(train, () => defaults, 50)!;
    const comparison = compareOnHoldout(
      holdout,
      () => defaults,
      (field) => weightsForField(candidate.weights, field, defaults),
    );
    expect(comparison.before).toBeCloseTo(1, 9);
    expect(comparison.beats).toBe(false);
    // A candidate worse than the current weights is declined too.
    const worse = normaliseWeights({ text: 0, concept: 0, field: 0, maturity: 0, price: 0, ip: 0, mode: 1, region: 1, freshness: 1 });
    expect(
      compareOnHoldout(
        holdout,
        () => defaults,
        () => worse,
      ).beats,
    ).toBe(false);
    // And no held-out need means no evidence: never beats.
    expect(
      compareOnHoldout(
        [],
        () => defaults,
        () => worse,
      ).beats,
    ).toBe(false);
  });

  it('trains a field model where a field has enough pairs and leaves the rest to the global one', () => {
    const truth = knownWeights();
    const rich = syntheticNeeds(truth, { needs: 20, perNeed: 15, seed: 17, fieldCode: 'JL.SSB' });
    const poor = syntheticNeeds(DEFAULT_MATCH_WEIGHTS, { needs: 1, perNeed: 6, seed: 19, fieldCode: 'HC.AQV' });
    const model = trainFieldModels([...rich, ...poor], () => defaults, 300)!;
    expect([...model.weights.keys()].sort()).toEqual([GLOBAL_FIELD, 'JL.SSB']);
    expect(model.pairs.get(GLOBAL_FIELD)).toBeGreaterThan(model.pairs.get('JL.SSB')!);
    expect(weightsForField(model.weights, 'HC.AQV', defaults)).toBe(model.weights.get(GLOBAL_FIELD));
    expect(trainFieldModels(poor, () => defaults, 300)).toBeNull();
  });

  it('scores nDCG@10 of a need by the weighted factor values', () => {
    const row = (resultId: string, grade: number, text: number): TrainingRow => ({
      needId: 'n',
      resultId,
      fieldCode: 'JL.SSB',
      grade,
      at: null,
      values: { ...Object.fromEntries(MATCH_FACTORS.map((factor) => [factor, 0])), text } as Record<MatchFactor, number>,
    });
    const [need] = groupByNeed([row('a', 4, 0.9), row('b', 1, 0.5), row('c', 0, 0.1)]);
    expect(needNdcg(need, defaults)).toBeCloseTo(1, 12);
    const reversed = groupByNeed([row('a', 4, 0.1), row('b', 1, 0.5), row('c', 0, 0.9)])[0];
    expect(needNdcg(reversed, defaults)).toBeLessThan(0.7);
  });

  it('holds out the newest needs of each field', () => {
    const old = syntheticNeeds(defaults, { needs: 10, perNeed: 4, seed: 23, fieldCode: 'JL.SSB', start: 1_600_000_000_000 });
    const recent = syntheticNeeds(defaults, { needs: 5, perNeed: 4, seed: 29, fieldCode: 'QL.NEV', start: 1_700_000_000_000 });
    const { train, holdout } = timeSplitByField([...recent, ...old]);
    expect(holdout.map((need) => need.needId)).toEqual([old[8].needId, old[9].needId, recent[4].needId]);
    expect(train).toHaveLength(12);
    // Over all fields at once, the old field would have no held-out need.
    expect(timeSplit([...recent, ...old]).holdout.every((need) => need.fieldCode === 'QL.NEV')).toBe(true);
  });
});
