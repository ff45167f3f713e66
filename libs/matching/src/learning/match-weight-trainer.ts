import { seededRandom } from '@techbridge/platform';

import { mean, ndcgAt } from '../evaluation/ranking-metrics';
import { MATCH_FACTORS, MatchFactor, MatchWeights } from '../scoring/match-weights';

/**
 * Graded broker signal on one shown pair, best first. A dismissal as ALREADY_KNOWN is a right
 * match the enterprise had found itself: it counts as a shortlist, not as a dismissal.
 */
export const SIGNAL_GRADES = Object.freeze({ CONTRACT_SIGNED: 4, DEAL_OPENED: 3, SHORTLISTED: 2, SHOWN: 1, DISMISSED: 0 });
export type SignalKind = keyof typeof SIGNAL_GRADES;

/** The key of the global model, used for every field without a model of its own. */
export const GLOBAL_FIELD = '*';

/** One labelled pair: the factor values the scorer gave it (before weighting) and what brokers did with it. */
export interface TrainingRow {
  needId: string;
  resultId: string;
  /** The need's industry field: the model a need's ranking uses. */
  fieldCode: string;
  grade: number;
  /** When the signal happened (null for shown-no-action rows): orders the split. */
  at: Date | null;
  values: Readonly<Record<MatchFactor, number>>;
}

/** One need's labelled pairs, the unit of the split and of the evaluation. */
export interface NeedSignal {
  needId: string;
  fieldCode: string;
  /** The need's latest signal. */
  at: Date;
  rows: TrainingRow[];
}

export interface TrainerOptions {
  /** L2 strength on the raw (unnormalised) weights. */
  l2: number;
  /** Full-batch projected gradient steps. */
  iterations: number;
  learningRate: number;
  /** Pairs kept per model (sampled with the seed above this). */
  maxPairs: number;
  /** Seed of the pair sampling: the same rows and seed give the same weights. */
  seed: number;
  /**
   * Factors kept at their share of the current weights, not learned. `feedback` by default: its
   * value is computed from the same shortlists and dismissals the labels come from, so learning
   * it would reward the label leaking into the feature.
   */
  frozen: readonly MatchFactor[];
}

export const DEFAULT_TRAINER_OPTIONS: Readonly<TrainerOptions> = Object.freeze({
  l2: 0.001,
  iterations: 600,
  learningRate: 2,
  maxPairs: 20_000,
  seed: 21,
  frozen: ['feedback'] as MatchFactor[],
});

/** The outcome of one fit. */
export interface TrainedWeights {
  /** Non-negative, summing to 1, the frozen factors at their current share. */
  weights: MatchWeights;
  pairs: number;
  /** Mean weighted logistic loss on the training pairs at the end (without the L2 term). */
  loss: number;
  /** Factors learned (the rest were frozen or carried no information in these pairs). */
  learned: MatchFactor[];
}

/** Every (better, worse) pair of each need's rows, as factor-value differences. */
export function preferencePairs(needs: readonly NeedSignal[]): { diffs: number[][]; weights: number[] } {
  const diffs: number[][] = [];
  const weights: number[] = [];
  for (const need of needs) {
    for (const a of need.rows) {
      for (const b of need.rows) {
        if (a.grade <= b.grade) continue;
        diffs.push(MATCH_FACTORS.map((factor) => a.values[factor] - b.values[factor]));
        weights.push(a.grade - b.grade);
      }
    }
  }
  return { diffs, weights };
}

/**
 * Pairwise logistic regression (RankNet with a linear scorer): for each pair where brokers
 * preferred result a over b for a need, P(a above b) = σ(w · (x_a − x_b)); the weights minimise
 * the grade-gap-weighted log loss plus ½·l2·‖w‖², by projected gradient descent (w ≥ 0) from the
 * current weights. The score is linear in the weights, so these weights order a need's results
 * the way the scorer would with them. The raw weights are then scaled to the share the frozen
 * factors leave. Returns null with no usable pair (nothing to learn from).
 */
export function trainWeights(needs: readonly NeedSignal[], current: MatchWeights, options: Partial<TrainerOptions> = {}): TrainedWeights | null {
  const o: TrainerOptions = { ...DEFAULT_TRAINER_OPTIONS, ...options };
  let { diffs, weights } = preferencePairs(needs);
  if (diffs.length > o.maxPairs) {
    const random = seededRandom(o.seed);
    const order = diffs.map((_, index) => ({ index, key: random() })).sort((a, b) => a.key - b.key || a.index - b.index);
    const kept = order.slice(0, o.maxPairs).map((entry) => entry.index);
    diffs = kept.map((index) => diffs[index]);
    weights = kept.map((index) => weights[index]);
  }
  // A factor whose value never differs within a pair carries no information: it keeps its share.
  const learned = MATCH_FACTORS.filter((factor, f) => !o.frozen.includes(factor) && diffs.some((diff) => Math.abs(diff[f]) > 1e-9));
  if (learned.length === 0 || diffs.length === 0) return null;
  const columns = learned.map((factor) => MATCH_FACTORS.indexOf(factor));
  const width = columns.length;
  // One flat row-major matrix of the learned columns: the loop below runs iterations × pairs × width times.
  const x = new Float64Array(diffs.length * width);
  diffs.forEach((diff, p) => columns.forEach((column, k) => (x[p * width + k] = diff[column])));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  // Start from the current weights on a scale where σ has room to move.
  const w = Float64Array.from(learned, (factor) => current[factor] * 10);
  const gradient = new Float64Array(width);
  const margin = (p: number): number => {
    let sum = 0;
    for (let k = 0; k < width; k += 1) sum += w[k] * x[p * width + k];
    return sum;
  };
  for (let iteration = 0; iteration < o.iterations; iteration += 1) {
    gradient.fill(0);
    for (let p = 0; p < diffs.length; p += 1) {
      // d/dw of log(1 + e^(−m)) is −σ(−m)·x.
      const slope = (-weights[p] * sigmoid(-margin(p))) / totalWeight;
      for (let k = 0; k < width; k += 1) gradient[k] += slope * x[p * width + k];
    }
    for (let k = 0; k < width; k += 1) w[k] = Math.max(0, w[k] - o.learningRate * (gradient[k] + o.l2 * w[k]));
  }
  let loss = 0;
  for (let p = 0; p < diffs.length; p += 1) loss += weights[p] * softplus(-margin(p));
  const learnedTotal = w.reduce((sum, value) => sum + value, 0);
  if (!(learnedTotal > 0)) return null;
  const currentTotal = MATCH_FACTORS.reduce((sum, factor) => sum + current[factor], 0);
  const keptShare = MATCH_FACTORS.filter((factor) => !learned.includes(factor)).reduce((sum, factor) => sum + current[factor] / currentTotal, 0);
  const result = {} as MatchWeights;
  for (const factor of MATCH_FACTORS) {
    const k = learned.indexOf(factor);
    result[factor] = k >= 0 ? ((1 - keptShare) * w[k]) / learnedTotal : current[factor] / currentTotal;
  }
  return { weights: result, pairs: diffs.length, loss: loss / totalWeight, learned };
}

/** Σ weight · value: the scorer's score over 100, linear in the weights. */
export function weightedValue(values: Readonly<Record<MatchFactor, number>>, weights: MatchWeights): number {
  let score = 0;
  for (const factor of MATCH_FACTORS) score += weights[factor] * values[factor];
  return score;
}

/** nDCG@k of a need's labelled rows ranked by these weights (ties by result id, as the scorer breaks them). */
export function needNdcg(need: NeedSignal, weights: MatchWeights, k = 10): number {
  const ranked = need.rows
    .map((row) => ({ id: row.resultId, score: weightedValue(row.values, weights) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => entry.id);
  return ndcgAt(ranked, new Map(need.rows.map((row) => [row.resultId, row.grade])), k);
}

/** Needs with at least two different grades: the only ones that order anything. */
export function informative(needs: readonly NeedSignal[]): NeedSignal[] {
  return needs.filter((need) => new Set(need.rows.map((row) => row.grade)).size > 1);
}

/**
 * Time-ordered split by need: the needs whose latest signal is newest are held out (at least
 * one when there are two or more), so the candidate is judged on signal it was not trained on
 * and that came after what it learned from, as it will be used.
 */
export function timeSplit(needs: readonly NeedSignal[], holdoutShare = 0.2): { train: NeedSignal[]; holdout: NeedSignal[] } {
  const ordered = [...needs].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.needId < b.needId ? -1 : 1));
  if (ordered.length < 2) return { train: ordered, holdout: [] };
  const held = Math.max(1, Math.round(ordered.length * holdoutShare));
  return { train: ordered.slice(0, ordered.length - held), holdout: ordered.slice(ordered.length - held) };
}

/**
 * The time-ordered split within each field: every field with two needs or more has held-out
 * needs of its own (the newest of that field), so each field's entry is judged on its own field.
 */
export function timeSplitByField(needs: readonly NeedSignal[], holdoutShare = 0.2): { train: NeedSignal[]; holdout: NeedSignal[] } {
  const train: NeedSignal[] = [];
  const holdout: NeedSignal[] = [];
  for (const fieldCode of [...new Set(needs.map((need) => need.fieldCode))].sort()) {
    const split = timeSplit(
      needs.filter((need) => need.fieldCode === fieldCode),
      holdoutShare,
    );
    train.push(...split.train);
    holdout.push(...split.holdout);
  }
  return { train, holdout };
}

/** Weights per field, with the global entry for every other field. */
export type FieldWeights = ReadonlyMap<string, MatchWeights>;

export function weightsForField(model: FieldWeights, fieldCode: string, fallback: MatchWeights): MatchWeights {
  return model.get(fieldCode) ?? model.get(GLOBAL_FIELD) ?? fallback;
}

export interface FieldComparison {
  fieldCode: string;
  holdoutNeeds: number;
  before: number;
  after: number;
}

export interface ModelComparison {
  fields: FieldComparison[];
  holdoutNeeds: number;
  before: number;
  after: number;
  /** The candidate beats the current weights by more than `minGain` on the held-out needs. */
  beats: boolean;
}

/** Mean nDCG@10 on held-out needs, per field and over all, of the current weights and the candidate. */
export function compareOnHoldout(
  holdout: readonly NeedSignal[],
  current: (fieldCode: string) => MatchWeights,
  candidate: (fieldCode: string) => MatchWeights,
  minGain = 0.001,
): ModelComparison {
  const byField = new Map<string, { before: number[]; after: number[] }>();
  const before: number[] = [];
  const after: number[] = [];
  for (const need of holdout) {
    const entry = byField.get(need.fieldCode) ?? { before: [], after: [] };
    const b = needNdcg(need, current(need.fieldCode));
    const a = needNdcg(need, candidate(need.fieldCode));
    entry.before.push(b);
    entry.after.push(a);
    before.push(b);
    after.push(a);
    byField.set(need.fieldCode, entry);
  }
  const fields = [...byField]
    .map(([fieldCode, entry]) => ({ fieldCode, holdoutNeeds: entry.before.length, before: mean(entry.before), after: mean(entry.after) }))
    .sort((a, b) => (a.fieldCode < b.fieldCode ? -1 : 1));
  const overallBefore = mean(before);
  const overallAfter = mean(after);
  return {
    fields,
    holdoutNeeds: holdout.length,
    before: overallBefore,
    after: overallAfter,
    beats: holdout.length > 0 && overallAfter > overallBefore + minGain,
  };
}

/** Groups labelled rows by need, the need's time being its latest signal. */
export function groupByNeed(rows: readonly TrainingRow[]): NeedSignal[] {
  const byNeed = new Map<string, NeedSignal>();
  for (const row of rows) {
    let need = byNeed.get(row.needId);
    if (!need) byNeed.set(row.needId, (need = { needId: row.needId, fieldCode: row.fieldCode, at: new Date(0), rows: [] }));
    need.rows.push(row);
    if (row.at && row.at > need.at) need.at = row.at;
  }
  return [...byNeed.values()];
}

export interface CandidateModel {
  /** Per field with enough pairs, and GLOBAL_FIELD trained on every field. */
  weights: Map<string, MatchWeights>;
  /** Training pairs behind each entry. */
  pairs: Map<string, number>;
}

/**
 * One model per field with at least `minPairs` preference pairs in the training needs, and the
 * global model over all of them for the rest. Null when even the global model has fewer.
 */
export function trainFieldModels(
  train: readonly NeedSignal[],
  current: (fieldCode: string) => MatchWeights,
  minPairs: number,
  options: Partial<TrainerOptions> = {},
): CandidateModel | null {
  const weights = new Map<string, MatchWeights>();
  const pairs = new Map<string, number>();
  const global = preferencePairs(train).diffs.length >= minPairs ? trainWeights(train, current(GLOBAL_FIELD), options) : null;
  if (!global) return null;
  weights.set(GLOBAL_FIELD, global.weights);
  pairs.set(GLOBAL_FIELD, global.pairs);
  const fields = [...new Set(train.map((need) => need.fieldCode))].sort();
  for (const fieldCode of fields) {
    const needs = train.filter((need) => need.fieldCode === fieldCode);
    if (preferencePairs(needs).diffs.length < minPairs) continue;
    const trained = trainWeights(needs, current(fieldCode), options);
    if (!trained) continue;
    weights.set(fieldCode, trained.weights);
    pairs.set(fieldCode, trained.pairs);
  }
  return { weights, pairs };
}

function sigmoid(value: number): number {
  return value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value));
}

/** log(1 + e^v), without overflow. */
function softplus(value: number): number {
  return value > 30 ? value : Math.log1p(Math.exp(value));
}
