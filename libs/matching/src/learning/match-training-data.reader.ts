import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { DismissReason } from '../feedback/match-feedback';
import { MATCH_FACTORS, MatchFactor } from '../scoring/match-weights';
import { SIGNAL_GRADES, SignalKind, TrainingRow } from './match-weight-trainer';

/**
 * Unreviewed matches ranked within this many of their need count as shown with no action: a
 * need's match list shows DEFAULT_MATCHES_FIRST (20) unless asked for more.
 */
export const SHOWN_RANK = 20;

/** What brokers did with one pair, strongest signal first. */
export interface PairSignal {
  status: 'SUGGESTED' | 'SHORTLISTED' | 'DISMISSED' | 'CONVERTED';
  reason: DismissReason | null;
  feedbackAt: Date | null;
  dealOpenedAt: Date | null;
  contractSignedAt: Date | null;
}

/**
 * The grade of a pair and when it was earned: a signed contract beats an opened deal, which
 * beats a shortlist (or a dismissal as ALREADY_KNOWN: a right match found elsewhere), then
 * shown with no action, then dismissed. A CONVERTED match whose deal is not visible still had
 * a deal opened from it.
 */
export function signalOf(pair: PairSignal): { kind: SignalKind; grade: number; at: Date | null } {
  const of = (kind: SignalKind, at: Date | null) => ({ kind, grade: SIGNAL_GRADES[kind], at });
  if (pair.contractSignedAt) return of('CONTRACT_SIGNED', pair.contractSignedAt);
  if (pair.dealOpenedAt || pair.status === 'CONVERTED') return of('DEAL_OPENED', pair.dealOpenedAt ?? pair.feedbackAt);
  if (pair.status === 'SHORTLISTED') return of('SHORTLISTED', pair.feedbackAt);
  if (pair.status === 'DISMISSED') return pair.reason === 'ALREADY_KNOWN' ? of('SHORTLISTED', pair.feedbackAt) : of('DISMISSED', pair.feedbackAt);
  return of('SHOWN', null);
}

export interface TrainingData {
  rows: TrainingRow[];
  /** Rows by kind of signal. */
  counts: Record<SignalKind, number>;
  /** Pairs left out because their stored factors lack a factor the scorer has now. */
  skipped: number;
}

interface SignalRow {
  need_id: string;
  result_id: string;
  field_code: string;
  status: PairSignal['status'];
  reason: DismissReason | null;
  feedback_at: Date | null;
  factors: { factor: string; value: number }[];
  opened_at: Date | null;
  signed_at: Date | null;
}

/**
 * Labelled pairs for the weight trainer, for every need with broker signal (a shortlist, a
 * dismissal, a deal): its reviewed matches, the pairs deals were opened for, and its unreviewed
 * matches within the first SHOWN_RANK. The factor vector is the one stored with the match (the
 * values before weighting, as the last recompute scored the pair; weights do not change them).
 * Deals and contracts come from brokerage's read views, catalogue fields from the catalogue's.
 */
@Injectable()
export class MatchTrainingDataReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(manager?: EntityManager): Promise<TrainingData> {
    const rows: SignalRow[] = await (manager ?? this.dataSource.manager).query(
      `WITH deals AS (
         SELECT d.need_id, d.result_id, min(d.created_at) AS opened_at, min(c.signed_at) AS signed_at
           FROM brokerage_deal_v d LEFT JOIN brokerage_deal_contract_v c ON c.deal_id = d.id
          WHERE d.need_id IS NOT NULL
          GROUP BY 1, 2
       ), signal_needs AS (
         SELECT need_id FROM match WHERE status <> 'SUGGESTED'
         UNION SELECT need_id FROM deals
       ), ranked AS (
         SELECT m.need_id, m.result_id, m.status, m.feedback_reason_code, m.feedback_at, m.factors,
                row_number() OVER (PARTITION BY m.need_id ORDER BY m.score DESC, m.result_id) AS rank
           FROM match m WHERE m.need_id IN (SELECT need_id FROM signal_needs)
       )
       SELECT r.need_id, r.result_id, n.field_code, r.status, r.feedback_reason_code AS reason, r.feedback_at, r.factors, d.opened_at, d.signed_at
         FROM ranked r JOIN catalog_need_v n ON n.id = r.need_id
         LEFT JOIN deals d ON d.need_id = r.need_id AND d.result_id = r.result_id
        WHERE r.status <> 'SUGGESTED' OR d.opened_at IS NOT NULL OR r.rank <= $1
        ORDER BY r.need_id, r.result_id`,
      [SHOWN_RANK],
    );
    const counts: Record<SignalKind, number> = { CONTRACT_SIGNED: 0, DEAL_OPENED: 0, SHORTLISTED: 0, SHOWN: 0, DISMISSED: 0 };
    const training: TrainingRow[] = [];
    let skipped = 0;
    for (const row of rows) {
      const values = factorValues(row.factors);
      if (!values) {
        skipped += 1;
        continue;
      }
      const signal = signalOf({
        status: row.status,
        reason: row.reason,
        feedbackAt: row.feedback_at,
        dealOpenedAt: row.opened_at,
        contractSignedAt: row.signed_at,
      });
      counts[signal.kind] += 1;
      training.push({ needId: row.need_id, resultId: row.result_id, fieldCode: row.field_code, grade: signal.grade, at: signal.at, values });
    }
    return { rows: training, counts, skipped };
  }
}

/** The stored factor list as values by factor; null when a factor is missing or not a number in [0, 1]. */
export function factorValues(factors: readonly { factor: string; value: number }[]): Record<MatchFactor, number> | null {
  const values = {} as Record<MatchFactor, number>;
  for (const factor of MATCH_FACTORS) {
    const value = Number(factors.find((entry) => entry.factor === factor)?.value);
    if (!Number.isFinite(value) || value < 0 || value > 1) return null;
    values[factor] = value;
  }
  return values;
}
