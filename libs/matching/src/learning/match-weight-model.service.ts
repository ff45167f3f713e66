import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { ActiveWeightModel, MatchScorerService } from '../match-scorer.service';
import { MatchWeights, normaliseWeights } from '../scoring/match-weights';
import { MatchTrainingDataReader, TrainingData } from './match-training-data.reader';
import {
  CandidateModel,
  compareOnHoldout,
  DEFAULT_TRAINER_OPTIONS,
  GLOBAL_FIELD,
  groupByNeed,
  informative,
  ModelComparison,
  NeedSignal,
  timeSplitByField,
  trainFieldModels,
  weightsForField,
} from './match-weight-trainer';

/** A stored model entry (table `match_weight_model`). */
export interface WeightModelEntry {
  version: number;
  /** An industry field code, or GLOBAL_FIELD ('*') for every field without its own entry. */
  fieldCode: string;
  weights: MatchWeights;
  metrics: WeightModelMetrics;
  trainingSize: number;
  trainedAt: Date;
  active: boolean;
  activatedAt: Date | null;
}

export interface WeightModelMetrics {
  /** Mean nDCG@10 on this entry's held-out needs with the weights active at training time, and with this entry's. */
  ndcg10Before: number | null;
  ndcg10After: number | null;
  holdoutNeeds: number;
  /** Training needs of this entry (all fields for the global entry). */
  trainingNeeds: number;
}

export interface TrainOptions {
  /** Train and evaluate, store nothing. */
  dryRun?: boolean;
  /** Preference pairs a field needs for a model of its own (the global model needs as many). */
  minPairs?: number;
  seed?: number;
  /** Share of each field's needs, newest signal first, held out for the comparison. */
  holdoutShare?: number;
  /** Gain in held-out nDCG@10 the candidate must exceed to be activated. */
  minGain?: number;
}

export const DEFAULT_MIN_PAIRS = 200;
export const DEFAULT_MIN_GAIN = 0.001;

export interface TrainedField {
  fieldCode: string;
  /** `field`: trained on this field's needs; `global`: the global entry serves it. */
  source: 'field' | 'global';
  pairs: number;
  before: MatchWeights;
  after: MatchWeights;
}

export interface TrainReport {
  /** The version stored (null on a dry run, or when there was too little signal to train). */
  version: number | null;
  activated: boolean;
  /** Why the candidate was or was not activated, in one line. */
  decision: string;
  previousVersion: number | null;
  data: { counts: TrainingData['counts']; skipped: number; needs: number; trainNeeds: number; holdoutNeeds: number };
  comparison: ModelComparison | null;
  /** The global entry and each field seen in the signal. */
  fields: TrainedField[];
}

/** How long a process trusts its loaded model before reading the table again (the activation event refreshes at once where it is handled). */
export const WEIGHT_MODEL_REFRESH_MS = 60_000;

interface ModelRow {
  version: number;
  field_code: string;
  weights: Record<string, number>;
  metrics: WeightModelMetrics;
  training_size: number;
  trained_at: Date;
  active: boolean;
  activated_at: Date | null;
}

/**
 * Learned factor weights: training from broker signal, the versions in `match_weight_model`,
 * and the active one handed to the scorer. A candidate is activated only when it beats the
 * weights in use on held-out signal; otherwise it is kept, inactive, with its figures.
 */
@Injectable()
export class MatchWeightModelService {
  private readonly logger = new Logger('MatchWeightModels');
  private loadedAt = 0;
  private loading: Promise<ActiveWeightModel | null> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scorer: MatchScorerService,
    private readonly data: MatchTrainingDataReader,
    private readonly outbox: OutboxService,
  ) {}

  /** The entries of the newest `versions` versions (all when omitted), newest first, the global entry first within a version. */
  async list(versions?: number): Promise<WeightModelEntry[]> {
    const rows: ModelRow[] = await this.dataSource.query(
      `SELECT version, field_code, weights, metrics, training_size, trained_at, active, activated_at FROM match_weight_model
        WHERE $1::int IS NULL OR version > (SELECT coalesce(max(version), 0) FROM match_weight_model) - $1::int
        ORDER BY version DESC, field_code = '*' DESC, field_code`,
      [versions ?? null],
    );
    return rows.map(toEntry);
  }

  /** Reads the active model and hands it to the scorer (none active: the configured weights). */
  async refresh(): Promise<ActiveWeightModel | null> {
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  /** Refreshes when the loaded model is older than WEIGHT_MODEL_REFRESH_MS (called before each recompute). */
  async ensureFresh(): Promise<void> {
    if (Date.now() - this.loadedAt >= WEIGHT_MODEL_REFRESH_MS) await this.refresh();
  }

  private async load(): Promise<ActiveWeightModel | null> {
    const rows: ModelRow[] = await this.dataSource.query(
      `SELECT version, field_code, weights, metrics, training_size, trained_at, active, activated_at FROM match_weight_model WHERE active ORDER BY field_code`,
    );
    let model: ActiveWeightModel | null = null;
    try {
      model = activeModel(rows);
    } catch (error) {
      // A stored entry naming a factor the scorer no longer has: score with the configured weights.
      this.logger.error(`Active weight model not usable, configured weights in use: ${(error as Error).message}`);
    }
    this.scorer.useWeightModel(model);
    this.loadedAt = Date.now();
    return model;
  }

  /**
   * Assembles the signal, trains a candidate on the older needs, compares it with the weights in
   * use on the newest ones (nDCG@10), stores it as a new version unless `dryRun`, and activates
   * it only if it beats them by more than `minGain`.
   */
  async train(options: TrainOptions = {}): Promise<TrainReport> {
    const minPairs = options.minPairs ?? DEFAULT_MIN_PAIRS;
    const active = await this.refresh();
    const current = (fieldCode: string): MatchWeights =>
      fieldCode === GLOBAL_FIELD ? (active?.global ?? this.scorer.weights) : this.scorer.weightsForField(fieldCode);
    const data = await this.data.read();
    const needs = informative(groupByNeed(data.rows));
    const { train, holdout } = timeSplitByField(needs, options.holdoutShare ?? 0.2);
    const base = {
      previousVersion: active?.version ?? null,
      data: { counts: data.counts, skipped: data.skipped, needs: needs.length, trainNeeds: train.length, holdoutNeeds: holdout.length },
    };
    const candidate = trainFieldModels(train, current, minPairs, { seed: options.seed ?? DEFAULT_TRAINER_OPTIONS.seed });
    if (!candidate) {
      return {
        ...base,
        version: null,
        activated: false,
        decision: `too little signal: fewer than ${minPairs} preference pairs in the training needs`,
        comparison: null,
        fields: [],
      };
    }
    const candidateFor = (fieldCode: string) => weightsForField(candidate.weights, fieldCode, current(fieldCode));
    const comparison = compareOnHoldout(holdout, current, candidateFor, options.minGain ?? DEFAULT_MIN_GAIN);
    const fieldCodes = [...new Set(needs.map((need) => need.fieldCode))].sort();
    const fields: TrainedField[] = [GLOBAL_FIELD, ...fieldCodes].map((fieldCode) => ({
      fieldCode,
      source: fieldCode === GLOBAL_FIELD || candidate.weights.has(fieldCode) ? 'field' : 'global',
      pairs: candidate.pairs.get(fieldCode) ?? candidate.pairs.get(GLOBAL_FIELD)!,
      before: current(fieldCode),
      after: candidateFor(fieldCode),
    }));
    const figures = `held-out nDCG@10 ${comparison.before.toFixed(4)} → ${comparison.after.toFixed(4)}`;
    const verdict =
      holdout.length === 0
        ? 'no held-out need to judge the candidate on'
        : comparison.beats
          ? `the candidate beats the weights in use (${figures})`
          : `the candidate does not beat the weights in use (${figures})`;
    if (options.dryRun) return { ...base, version: null, activated: false, decision: `dry run, nothing stored: ${verdict}`, comparison, fields };
    const decision = `${comparison.beats ? 'activated' : 'not activated'}: ${verdict}`;
    const version = await this.store(candidate, comparison, train, comparison.beats);
    if (comparison.beats) await this.refresh();
    return { ...base, version, activated: comparison.beats, decision, comparison, fields };
  }

  /** Makes a stored version the active one (a rollback too), announcing it on the outbox. */
  async activate(version: number, manager?: EntityManager): Promise<void> {
    const run = async (m: EntityManager) => {
      await m.query(`LOCK TABLE match_weight_model IN SHARE ROW EXCLUSIVE MODE`);
      const rows: { field_code: string }[] = await m.query(`SELECT field_code FROM match_weight_model WHERE version = $1 ORDER BY field_code`, [version]);
      if (rows.length === 0) throw new Error(`No weight model version ${version}`);
      const previous: { version: number }[] = await m.query(`SELECT DISTINCT version FROM match_weight_model WHERE active`);
      await m.query(`UPDATE match_weight_model SET active = false WHERE active AND version <> $1`, [version]);
      await m.query(`UPDATE match_weight_model SET active = true, activated_at = now() WHERE version = $1`, [version]);
      await this.outbox.append(m, {
        type: 'match_weights.activated',
        aggregateId: null,
        actorId: null,
        payload: { version, previousVersion: previous[0]?.version ?? null, fieldCodes: rows.map((row) => row.field_code) },
      });
    };
    if (manager) await run(manager);
    else await this.dataSource.transaction(run);
    this.logger.log(`Weight model version ${version} activated`);
  }

  private async store(candidate: CandidateModel, comparison: ModelComparison, train: readonly NeedSignal[], activate: boolean): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE match_weight_model IN SHARE ROW EXCLUSIVE MODE`);
      const [{ next }]: { next: number }[] = await manager.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM match_weight_model`);
      const byField = new Map(comparison.fields.map((field) => [field.fieldCode, field]));
      const entries = [...candidate.weights].map(([fieldCode, weights]) => {
        const held = fieldCode === GLOBAL_FIELD ? comparison : byField.get(fieldCode);
        const metrics: WeightModelMetrics = {
          ndcg10Before: held ? held.before : null,
          ndcg10After: held ? held.after : null,
          holdoutNeeds: held?.holdoutNeeds ?? 0,
          trainingNeeds: fieldCode === GLOBAL_FIELD ? train.length : train.filter((need) => need.fieldCode === fieldCode).length,
        };
        return { version: next, field_code: fieldCode, weights, metrics, training_size: candidate.pairs.get(fieldCode) ?? 0 };
      });
      await manager.query(
        `INSERT INTO match_weight_model (version, field_code, weights, metrics, training_size)
         SELECT x.version, x.field_code, x.weights, x.metrics, x.training_size
           FROM jsonb_to_recordset($1::jsonb) AS x(version int, field_code text, weights jsonb, metrics jsonb, training_size int)`,
        [JSON.stringify(entries)],
      );
      if (activate) await this.activate(next, manager);
      return next;
    });
  }
}

function toEntry(row: ModelRow): WeightModelEntry {
  return {
    version: row.version,
    fieldCode: row.field_code,
    weights: normaliseWeights(row.weights),
    metrics: row.metrics,
    trainingSize: row.training_size,
    trainedAt: row.trained_at,
    active: row.active,
    activatedAt: row.activated_at,
  };
}

/** The active rows as the scorer's model; null when none is active or the version has no global entry. */
function activeModel(rows: readonly ModelRow[]): ActiveWeightModel | null {
  const global = rows.find((row) => row.field_code === GLOBAL_FIELD);
  if (!global) return null;
  const fields = new Map<string, MatchWeights>();
  for (const row of rows) if (row.field_code !== GLOBAL_FIELD) fields.set(row.field_code, normaliseWeights(row.weights));
  return { version: global.version, global: normaliseWeights(global.weights), fields };
}
