import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ResearchResultService, TechNeedService } from '@techbridge/catalog';
import { byKeys, hasRole, invalidField, isAdmin, OutboxService, Principal, Role } from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { DISMISS_REASONS, isDismissReason } from '../feedback/match-feedback';
import { MatchFeedbackInput } from '../graphql/match-feedback.input';
import { MatchStatus } from '../graphql/match-status.enum';
import { matchingError } from '../matching.errors';
import { MatchEntity, MatchStatusCode } from './match.entity';
import { MatchRecomputeService } from './match-recompute.service';

/** What the deal pipeline reads of a match. */
export interface MatchForDeal {
  id: string;
  resultId: string;
  needId: string;
  status: MatchStatusCode;
}

export const DEFAULT_MATCHES_FIRST = 20;
export const MAX_MATCHES_FIRST = 100;

/**
 * Match records for readers and for the deal pipeline. Who may see a need's matches: the
 * need's organization, administrators and brokers; a result's matches: the result's
 * organization, administrators and brokers. Everything listed is also filtered through the
 * catalog's access policy: a match whose other side the caller may not see is left out.
 */
@Injectable()
export class MatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: TechNeedService,
    private readonly results: ResearchResultService,
    private readonly recompute: MatchRecomputeService,
    private readonly outbox: OutboxService,
  ) {}

  async forNeed(principal: Principal, needId: string, first: number | null | undefined): Promise<MatchEntity[]> {
    await this.assertNeedReader(principal, needId);
    const rows = await this.repository().find({ where: { needId }, order: { score: 'DESC', resultId: 'ASC' } });
    const visible = await this.results.findResultsByIds(
      rows.map((row) => row.resultId),
      principal,
    );
    return rows.filter((_, index) => visible[index] !== null).slice(0, limitOf(first));
  }

  async forResult(principal: Principal, resultId: string, first: number | null | undefined): Promise<MatchEntity[]> {
    const [result] = await this.results.findResultsByIds([resultId], principal);
    if (!result) throw matchingError('RESULT_NOT_FOUND', 'No such research result');
    if (!this.isMatchmaker(principal) && principal.organizationId !== result.ownerId) {
      throw matchingError('MATCHES_FORBIDDEN', 'Only the result’s organization, administrators and brokers see its matches');
    }
    const rows = await this.repository().find({ where: { resultId }, order: { score: 'DESC', needId: 'ASC' }, take: 500 });
    const visible = await this.needs.findNeedsByIds(
      rows.map((row) => row.needId),
      principal,
    );
    return rows.filter((_, index) => visible[index] !== null).slice(0, limitOf(first));
  }

  /** Recomputes a need's matches now and returns them as `forNeed` does. */
  async refresh(principal: Principal, needId: string): Promise<MatchEntity[]> {
    const need = await this.assertNeedReader(principal, needId);
    if (need.status !== 'PUBLISHED') throw matchingError('NEED_NOT_PUBLISHED', 'Only a published need is matched');
    await this.recompute.recomputeNeed(needId);
    return this.forNeed(principal, needId, MAX_MATCHES_FIRST);
  }

  /**
   * Shortlists or dismisses a match (the need's side, administrators, brokers). A dismissal
   * needs a reason code from the closed list; the current status of every reviewed match feeds
   * the `feedback` factor of similar pairs; each call is also kept in `match_feedback`.
   */
  async giveFeedback(principal: Principal, matchId: string, input: MatchFeedbackInput): Promise<MatchEntity> {
    if (input.status !== MatchStatus.SHORTLISTED && input.status !== MatchStatus.DISMISSED) {
      throw invalidField('input.status', 'Feedback is SHORTLISTED or DISMISSED');
    }
    const reason = input.reasonCode ?? null;
    if (reason !== null && !isDismissReason(reason)) throw invalidField('input.reasonCode', `reasonCode is one of ${DISMISS_REASONS.join(', ')}`);
    if (input.status === MatchStatus.DISMISSED && reason === null) throw invalidField('input.reasonCode', 'A dismissal needs a reasonCode');
    const existing = await this.repository().findOneBy({ id: matchId });
    if (!existing) throw matchingError('MATCH_NOT_FOUND', 'No such match');
    await this.assertNeedReader(principal, existing.needId, 'MATCH_NOT_FOUND');
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: MatchStatusCode; need_field: string; result_field: string }[] = await manager.query(
        `SELECT m.status, n.field_code AS need_field, r.field_code AS result_field
           FROM match m JOIN catalog_need_v n ON n.id = m.need_id JOIN catalog_result_v r ON r.id = m.result_id
          WHERE m.id = $1 FOR UPDATE OF m`,
        [matchId],
      );
      if (rows.length === 0) throw matchingError('MATCH_NOT_FOUND', 'No such match');
      if (rows[0].status === 'CONVERTED') throw matchingError('MATCH_CONVERTED', 'A deal was opened from this match; its status no longer changes');
      await manager.query(
        `UPDATE match SET status = $2, feedback_reason_code = $3, feedback_comment = $4, feedback_by = $5, feedback_at = now(), updated_at = now(),
                status_changed_at = CASE WHEN status = $2 THEN status_changed_at ELSE now() END
          WHERE id = $1`,
        [matchId, input.status, reason, input.comment ?? null, principal.userId],
      );
      await manager.query(
        `INSERT INTO match_feedback (match_id, status, reason_code, comment, need_field_code, result_field_code, given_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [matchId, input.status, reason, input.comment ?? null, rows[0].need_field, rows[0].result_field, principal.userId],
      );
      if (rows[0].status !== input.status) {
        await this.outbox.append(manager, {
          type: 'match.status_changed',
          aggregateId: matchId,
          actorId: principal.userId,
          payload: { needId: existing.needId, resultId: existing.resultId, from: rows[0].status, to: input.status },
        });
      }
      return manager.getRepository(MatchEntity).findOneByOrFail({ id: matchId });
    });
  }

  /** The deal pipeline's view of a match (null: no such match). */
  async getForDeal(matchId: string, manager?: EntityManager): Promise<MatchForDeal | null> {
    const row = await (manager ?? this.dataSource.manager).getRepository(MatchEntity).findOneBy({ id: matchId });
    return row ? { id: row.id, resultId: row.resultId, needId: row.needId, status: row.status } : null;
  }

  /** Matches by id in key order (null where missing), for batch loading under a visible parent such as a deal. */
  async findByIds(ids: readonly string[]): Promise<(MatchEntity | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(MatchEntity).findBy({ id: In([...new Set(ids)]) });
    return byKeys(ids, rows, (row) => row.id);
  }

  /** Marks a match CONVERTED inside the caller's transaction (a deal opened from it). */
  async markConverted(manager: EntityManager, matchId: string): Promise<void> {
    const rows: { id: string; need_id: string; result_id: string; from: MatchStatusCode }[] = await manager.query(
      `UPDATE match m SET status = 'CONVERTED', updated_at = now(),
              status_changed_at = CASE WHEN m.status = 'CONVERTED' THEN m.status_changed_at ELSE now() END
         FROM match old WHERE old.id = m.id AND m.id = $1
       RETURNING m.id, m.need_id, m.result_id, old.status AS "from"`,
      [matchId],
    );
    if (rows.length === 0) throw matchingError('MATCH_NOT_FOUND', 'No such match');
    if (rows[0].from !== 'CONVERTED') {
      await this.outbox.append(manager, {
        type: 'match.status_changed',
        aggregateId: matchId,
        actorId: null,
        payload: { needId: rows[0].need_id, resultId: rows[0].result_id, from: rows[0].from, to: 'CONVERTED' },
      });
    }
  }

  private isMatchmaker(principal: Principal): boolean {
    return isAdmin(principal) || hasRole(principal, Role.BROKER);
  }

  /** The need as the caller may see it, if the caller may read its matches. */
  private async assertNeedReader(principal: Principal, needId: string, missing: 'NEED_NOT_FOUND' | 'MATCH_NOT_FOUND' = 'NEED_NOT_FOUND') {
    const [need] = await this.needs.findNeedsByIds([needId], principal);
    if (!need) throw matchingError(missing, missing === 'NEED_NOT_FOUND' ? 'No such technical need' : 'No such match');
    if (!this.isMatchmaker(principal) && principal.organizationId !== need.enterpriseId) {
      throw matchingError('MATCHES_FORBIDDEN', 'Only the need’s organization, administrators and brokers see its matches');
    }
    return need;
  }

  private repository() {
    return this.dataSource.getRepository(MatchEntity);
  }
}

function limitOf(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_MATCHES_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES_FIRST) throw invalidField('first', `first must be between 1 and ${MAX_MATCHES_FIRST}`);
  return first;
}
