import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SearchEngine } from '@techbridge/search';
import { DataSource, EntityManager } from 'typeorm';

import { candidateRequests, CandidateSource, collectCandidates, compareRanked } from '../candidates/candidate-strategy';
import { NeedCandidateSource, ResultCandidateSource } from '../candidates/search-candidate-source';
import { ConceptDictionaryService } from '../concepts/dictionary/concept-dictionary.service';
import { DismissReason, FeedbackStats } from '../feedback/match-feedback';
import { MatchWeightModelService } from '../learning/match-weight-model.service';
import { MatchScorerService } from '../match-scorer.service';
import { MatchScore, ScoreFactorBreakdown, scoreMatch, scoreValue } from '../scoring/match-scorer';
import { CorpusFrequencies } from '../text/corpus-frequencies.service';
import { DocumentFrequencies } from '../text/document-frequencies';
import { MatchCorpusReader } from './match-corpus.reader';

/** Matches kept per need (SUGGESTED ones beyond this are deleted; reviewed ones stay). */
export const MATCHES_PER_NEED = 50;
/**
 * Candidates asked from the engine per request (one lean page: ids only; scoring a cached
 * candidate costs microseconds, so a deeper list is cheap recall), and how many end the
 * relaxation early.
 */
export const CANDIDATE_LIMIT = 400;
export const ENOUGH_CANDIDATES = 100;

/** What one recompute did, for logs, tests and the batch benchmark. */
export interface RecomputeOutcome {
  /** Pairs scored. */
  scored: number;
  /** Rows inserted or refreshed. */
  upserted: number;
  /** SUGGESTED rows that fell out of the kept set. */
  removed: number;
  /** Engine requests for candidates (relaxation steps run). */
  requests: number;
}

/** Shared inputs when many items are recomputed in a row (the batch job loads them once). */
export interface RecomputeContext {
  frequencies?: DocumentFrequencies;
  feedback?: FeedbackStats;
  now?: Date;
}

const NOTHING: RecomputeOutcome = { scored: 0, upserted: 0, removed: 0, requests: 0 };

/**
 * Contributions rounded to hundredths and the score as their sum, so the stored numeric(5,2)
 * score and the stored factors add up exactly as a reader sees them.
 */
export function roundedScore(score: MatchScore): { score: number; factors: ScoreFactorBreakdown[] } {
  const factors = score.factors.map((factor) => ({
    ...factor,
    value: Math.round(factor.value * 10_000) / 10_000,
    contribution: Math.round(factor.contribution * 100) / 100,
  }));
  const total = factors.reduce((sum, factor) => sum + Math.round(factor.contribution * 100), 0) / 100;
  return { score: Math.min(100, Math.max(0, total)), factors };
}

interface ScoredPair {
  resultId: string;
  needId: string;
  score: MatchScore;
}

/**
 * Turns candidates into Match rows. For a need: candidates from the `results` index, scored,
 * the best MATCHES_PER_NEED kept and the SUGGESTED rows that fell out deleted; reviewed rows
 * (SHORTLISTED, DISMISSED, CONVERTED) are rescored but keep their status and are never deleted.
 * For a result: candidates from the `needs` index, upserted where the pair enters the need's
 * kept set. Writes for one need hold a transaction-scoped advisory lock on it, so concurrent
 * recomputes of the same need serialise.
 */
@Injectable()
export class MatchRecomputeService {
  readonly resultSource: CandidateSource;
  readonly needSource: CandidateSource;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: MatchCorpusReader,
    private readonly frequencies: CorpusFrequencies,
    private readonly scorer: MatchScorerService,
    private readonly weightModels: MatchWeightModelService,
    engine: SearchEngine,
    private readonly dictionary: ConceptDictionaryService,
  ) {
    this.resultSource = new ResultCandidateSource(engine);
    this.needSource = new NeedCandidateSource(engine);
  }

  /**
   * Feedback counted per (need field, result field) from the current status of every reviewed
   * match: a match changed from shortlisted to dismissed counts once, as dismissed. A converted
   * match counts as a shortlist (the pair led to a deal).
   */
  async feedbackStats(manager?: EntityManager): Promise<FeedbackStats> {
    const rows: { need_field: string; result_field: string; status: string; reason: DismissReason | null; n: number }[] = await (
      manager ?? this.dataSource.manager
    ).query(
      `SELECT n.field_code AS need_field, r.field_code AS result_field, m.status, m.feedback_reason_code AS reason, count(*)::int AS n
         FROM match m JOIN catalog_need_v n ON n.id = m.need_id JOIN catalog_result_v r ON r.id = m.result_id
        WHERE m.status IN ('SHORTLISTED', 'DISMISSED', 'CONVERTED')
        GROUP BY 1, 2, 3, 4`,
    );
    const stats = FeedbackStats.empty();
    for (const row of rows) {
      const status = row.status === 'DISMISSED' ? 'DISMISSED' : 'SHORTLISTED';
      for (let i = 0; i < row.n; i += 1) stats.add({ needFieldCode: row.need_field, resultFieldCode: row.result_field, status, reason: row.reason });
    }
    return stats;
  }

  async recomputeNeed(needId: string, shared: RecomputeContext = {}): Promise<RecomputeOutcome> {
    const [need] = await this.reader.needs([needId]);
    if (!need?.matchable) return NOTHING;
    await this.dictionary.ensureCurrent();
    const text = this.scorer.text(shared.frequencies ?? (await this.frequencies.current()));
    const preparedNeed = text.prepareNeed(need);
    const expansion = text.conceptExpansion(preparedNeed);
    const requests = candidateRequests(need, text.keywords(need), CANDIDATE_LIMIT, expansion.terms, expansion.fieldCodes);
    const collected = await collectCandidates(this.resultSource, requests, ENOUGH_CANDIDATES);
    const reviewed: { result_id: string }[] = await this.dataSource.query(`SELECT result_id FROM match WHERE need_id = $1 AND status <> 'SUGGESTED'`, [needId]);
    const reviewedIds = new Set(reviewed.map((row) => row.result_id));
    const results = (await this.reader.results([...new Set([...collected.ids, ...reviewedIds])])).filter((result) => result.matchable);
    await this.weightModels.ensureFresh();
    const context = this.scorer.context(shared.feedback ?? (await this.feedbackStats()), shared.now);
    // Numbers first; only the rows that are written get their factors and reasons.
    const valued = results
      .map((result) => {
        const prepared = text.prepareResult(result);
        return { prepared, value: scoreValue(preparedNeed, prepared, context) };
      })
      .sort((a, b) => compareRanked(a.value, a.prepared.result.id, b.value, b.prepared.result.id));
    const kept: ScoredPair[] = valued
      .filter((entry, rank) => rank < MATCHES_PER_NEED || reviewedIds.has(entry.prepared.result.id))
      .map((entry) => ({ resultId: entry.prepared.result.id, needId, score: scoreMatch(preparedNeed, entry.prepared, context) }));
    return this.dataSource.transaction(async (manager) => {
      await this.lockNeeds(manager, [needId]);
      const upserted = await this.upsert(manager, kept);
      const removed: [unknown[], number] = await manager.query(
        `DELETE FROM match WHERE need_id = $1 AND status = 'SUGGESTED' AND NOT (result_id = ANY($2::uuid[]))`,
        [needId, kept.map((pair) => pair.resultId)],
      );
      return { scored: valued.length, upserted, removed: removed[1], requests: collected.requests };
    });
  }

  async recomputeResult(resultId: string, shared: RecomputeContext = {}): Promise<RecomputeOutcome> {
    const [result] = await this.reader.results([resultId]);
    if (!result) return NOTHING;
    if (!result.matchable) {
      // Withdrawn or made private: unreviewed suggestions of it go; reviewed ones stay as history.
      const removed: [unknown[], number] = await this.dataSource.query(`DELETE FROM match WHERE result_id = $1 AND status = 'SUGGESTED'`, [resultId]);
      return { ...NOTHING, removed: removed[1] };
    }
    await this.dictionary.ensureCurrent();
    const text = this.scorer.text(shared.frequencies ?? (await this.frequencies.current()));
    // A need states a minimum TRL, not a level: only the field relaxes on this side.
    const requests = candidateRequests({ fieldCode: result.fieldCode, minTrl: null }, text.keywords(result), CANDIDATE_LIMIT);
    const collected = await collectCandidates(this.needSource, requests, ENOUGH_CANDIDATES);
    const existing: { need_id: string }[] = await this.dataSource.query(`SELECT need_id FROM match WHERE result_id = $1`, [resultId]);
    const needs = (await this.reader.needs([...new Set([...collected.ids, ...existing.map((row) => row.need_id)])])).filter((need) => need.matchable);
    if (needs.length === 0) return { ...NOTHING, requests: collected.requests };
    await this.weightModels.ensureFresh();
    const context = this.scorer.context(shared.feedback ?? (await this.feedbackStats()), shared.now);
    const preparedResult = text.prepareResult(result);
    const scored = needs.map((need) => ({ resultId, needId: need.id, score: scoreMatch(text.prepareNeed(need), preparedResult, context) }));
    return this.dataSource.transaction(async (manager) => {
      const needIds = scored.map((pair) => pair.needId);
      await this.lockNeeds(manager, needIds);
      const floors: { need_id: string; floor: string | null; present: boolean }[] = await manager.query(
        `SELECT n.id AS need_id,
                (SELECT score FROM match m WHERE m.need_id = n.id AND m.result_id <> $2 ORDER BY score DESC OFFSET ${MATCHES_PER_NEED - 1} LIMIT 1) AS floor,
                EXISTS (SELECT 1 FROM match m WHERE m.need_id = n.id AND m.result_id = $2) AS present
           FROM unnest($1::uuid[]) AS n(id)`,
        [needIds, resultId],
      );
      const byNeed = new Map(floors.map((row) => [row.need_id, row]));
      const entering = scored.filter((pair) => {
        const row = byNeed.get(pair.needId);
        return !row || row.present || row.floor === null || roundedScore(pair.score).score > Number(row.floor);
      });
      const upserted = await this.upsert(manager, entering);
      const removed: [unknown[], number] = await manager.query(
        `DELETE FROM match d USING (
            SELECT id, row_number() OVER (PARTITION BY need_id ORDER BY score DESC, result_id) AS rank FROM match WHERE need_id = ANY($1::uuid[])
          ) ranked
          WHERE d.id = ranked.id AND ranked.rank > ${MATCHES_PER_NEED} AND d.status = 'SUGGESTED'`,
        [entering.map((pair) => pair.needId)],
      );
      return { scored: scored.length, upserted, removed: removed[1], requests: collected.requests };
    });
  }

  /** Items that changed: needs recompute fully, results enter the needs they fit. */
  async recomputeChanged(needIds: readonly string[], resultIds: readonly string[]): Promise<void> {
    for (const id of new Set(needIds)) await this.recomputeNeed(id);
    for (const id of new Set(resultIds)) await this.recomputeResult(id);
  }

  /** Sorted so two transactions locking overlapping sets never wait on each other in a cycle. */
  private async lockNeeds(manager: EntityManager, needIds: readonly string[]): Promise<void> {
    const sorted = [...new Set(needIds)].sort();
    if (sorted.length === 0) return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('match:' || id)) FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord) ORDER BY ord`, [sorted]);
  }

  private async upsert(manager: EntityManager, pairs: readonly ScoredPair[]): Promise<number> {
    if (pairs.length === 0) return 0;
    const rows = pairs.map((pair) => {
      const rounded = roundedScore(pair.score);
      return { result_id: pair.resultId, need_id: pair.needId, score: rounded.score, factors: rounded.factors };
    });
    await manager.query(
      `INSERT INTO match (result_id, need_id, score, factors)
       SELECT x.result_id, x.need_id, x.score, x.factors FROM jsonb_to_recordset($1::jsonb) AS x(result_id uuid, need_id uuid, score numeric, factors jsonb)
       ON CONFLICT (result_id, need_id) DO UPDATE SET score = EXCLUDED.score, factors = EXCLUDED.factors, updated_at = now()`,
      [JSON.stringify(rows)],
    );
    return rows.length;
  }
}
