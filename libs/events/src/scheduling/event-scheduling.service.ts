import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@techbridge/brokerage';
import { findNeeds, findResults, NeedRecord, ResultRecord } from '@techbridge/catalog';
import { DocumentFrequencies, MatchableNeed, MatchableResult, MatchScorerService, MatchText, scoreMatch, TransferModeCode } from '@techbridge/matching';
import { AppConfig, OutboxService, Principal } from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { eventsError } from '../events.errors';
import { EventStatus } from '../events/event-status.enum';
import { canSchedule } from '../events/event-status.machine';
import { MatchmakingEventEntity } from '../events/matchmaking-event.entity';
import { MatchmakingEventService } from '../events/matchmaking-event.service';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { isFixedForRescheduling } from '../meetings/meeting-status.machine';
import { scheduleMeetings } from './meeting-scheduler';
import { scheduleViolations } from './schedule-check';
import { CandidatePair, FixedMeeting, pairKey, ScheduleInput } from './schedule-instance';

/** Payload of `event.scheduled`. */
export interface EventScheduledPayload {
  meetings: number;
  proposed: number;
}

/**
 * Builds an event's 1:1 meetings from its registrations: every registered result × need of two
 * different organizations is scored by the matching scorer (no stored match table exists, so the
 * pure scorer runs here, over the event's own items as the text corpus), pairs under
 * EVENT_SCORE_FLOOR are dropped, and the pure scheduler places the rest.
 */
@Injectable()
export class EventSchedulingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: MatchmakingEventService,
    private readonly scorer: MatchScorerService,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /**
   * Schedules (or re-schedules) an OPEN or SCHEDULED event. Meetings that stand — confirmed, with
   * an outcome, or accepted by one side already — keep their slot and table; declined pairs are
   * never proposed again; the other proposals are planned anew (a pair proposed again keeps its
   * meeting id). The event moves to SCHEDULED.
   */
  async schedule(eventId: string, principal: Principal): Promise<MatchmakingEventEntity> {
    return this.dataSource.transaction(async (tx) => {
      const event = await this.events.lock(tx, eventId);
      if (!canSchedule(event.status)) throw eventsError('NOT_SCHEDULABLE', `A ${event.status} event cannot be scheduled`);
      // Locked, so an answer given meanwhile is not lost under a replaced proposal.
      const existing = await tx.find(MeetingEntity, { where: { eventId }, lock: { mode: 'pessimistic_write' } });
      const stands = (m: MeetingEntity) =>
        isFixedForRescheduling(m.status) || (m.status === MeetingStatus.PROPOSED && (m.resultAnswer === true || m.needAnswer === true));
      const fixed: FixedMeeting[] = existing.filter(stands).map((m) => ({
        resultId: m.resultId,
        resultOrgId: m.resultOrgId,
        needId: m.needId,
        needOrgId: m.needOrgId,
        score: m.score,
        startsAt: m.startsAt,
        table: m.table,
      }));
      const declined = existing.filter((m) => m.status === MeetingStatus.DECLINED).map((m) => ({ resultId: m.resultId, needId: m.needId }));
      const pairs = await this.candidatePairs(tx, eventId);
      const input: ScheduleInput = {
        window: { startsAt: event.startsAt, endsAt: event.endsAt, slotMinutes: event.slotMinutes, tables: event.tables },
        pairs,
        config: { scoreFloor: this.config.EVENT_SCORE_FLOOR, maxMeetingsPerOrg: this.config.EVENT_MAX_MEETINGS_PER_ORG },
        fixed,
        declined,
      };
      const schedule = scheduleMeetings(input);
      const problems = scheduleViolations(input, schedule);
      if (problems.length > 0) throw new Error(`The schedule of event ${eventId} breaks its rules: ${problems.slice(0, 3).join('; ')}`);

      // Proposals not standing are replaced; a pair proposed again keeps its id (and its answers if it did not move).
      const replaced = new Map(existing.filter((m) => m.status === MeetingStatus.PROPOSED && !stands(m)).map((m) => [pairKey(m.resultId, m.needId), m]));
      if (replaced.size > 0) await tx.delete(MeetingEntity, { id: In([...replaced.values()].map((m) => m.id)) });
      const now = this.clock.now();
      const fresh = schedule.meetings.filter((m) => !m.fixed);
      if (fresh.length > 0) {
        await tx.insert(
          MeetingEntity,
          fresh.map((m) => {
            const before = replaced.get(pairKey(m.resultId, m.needId));
            const unmoved = before && before.startsAt.getTime() === m.startsAt.getTime() && before.table === m.table;
            return {
              ...(before ? { id: before.id } : {}),
              eventId,
              resultId: m.resultId,
              needId: m.needId,
              resultOrgId: m.resultOrgId,
              needOrgId: m.needOrgId,
              slotIndex: m.slotIndex,
              startsAt: m.startsAt,
              endsAt: m.endsAt,
              table: m.table,
              score: m.score,
              status: MeetingStatus.PROPOSED,
              resultAnswer: unmoved ? before.resultAnswer : null,
              needAnswer: unmoved ? before.needAnswer : null,
              updatedAt: now,
            };
          }),
        );
      }
      const from = event.status;
      event.status = EventStatus.SCHEDULED;
      event.scheduledAt = now;
      event.updatedAt = now;
      await tx.save(event);
      const payload: EventScheduledPayload = { meetings: schedule.meetings.length, proposed: fresh.length };
      await this.outbox.append(tx, { type: 'event.scheduled', aggregateId: eventId, actorId: principal.userId, payload: { ...payload, from } });
      return event;
    });
  }

  /** Every registered result × registered need of another organization, scored 0–100. */
  async candidatePairs(tx: EntityManager, eventId: string): Promise<CandidatePair[]> {
    const registered = async (table: 'event_registration_result' | 'event_registration_need', column: 'result_id' | 'need_id'): Promise<string[]> =>
      ((await tx.query(`SELECT DISTINCT ${column} AS id FROM ${table} WHERE event_id = $1`, [eventId])) as { id: string }[]).map((row) => row.id);
    const results = await findResults(tx, await registered('event_registration_result', 'result_id'));
    const needs = await findNeeds(tx, await registered('event_registration_need', 'need_id'));
    if (results.length === 0 || needs.length === 0) return [];
    const patents: { result_id: string; granted: number; total: number }[] = await tx.query(
      `SELECT result_id, count(*) FILTER (WHERE granted)::int AS granted, count(*)::int AS total FROM catalog_result_patent_v WHERE result_id = ANY($1::uuid[]) GROUP BY result_id`,
      [results.map((r) => r.id)],
    );
    const patentsOf = new Map(patents.map((p) => [p.result_id, p]));
    // Results and needs carry no district of their own: the region factor reads their organizations'.
    const districts: { id: string; district: string | null }[] = await tx.query(`SELECT id, district FROM identity_organization_v WHERE id = ANY($1::uuid[])`, [
      [...new Set([...results.map((r) => r.ownerId), ...needs.map((n) => n.enterpriseId)])],
    ]);
    const districtOf = new Map(districts.map((d) => [d.id, d.district]));
    const matchableResults = results.map((r) => ({ ...toMatchableResult(r, patentsOf.get(r.id)), district: districtOf.get(r.ownerId) ?? null }));
    const matchableNeeds = needs.map((n) => ({ ...toMatchableNeed(n), district: districtOf.get(n.enterpriseId) ?? null }));
    const frequencies: DocumentFrequencies = MatchText.frequenciesOf(this.scorer.tokenizer, [...matchableResults, ...matchableNeeds]);
    const text = this.scorer.text(frequencies);
    const context = this.scorer.context(undefined, this.clock.now());
    const preparedNeeds = matchableNeeds.map((n) => text.prepareNeed(n));
    const pairs: CandidatePair[] = [];
    for (const result of matchableResults) {
      const prepared = text.prepareResult(result);
      for (const need of preparedNeeds) {
        if (result.ownerId === need.need.enterpriseId) continue;
        const { score } = scoreMatch(need, prepared, context);
        pairs.push({
          resultId: result.id,
          resultOrgId: result.ownerId,
          needId: need.need.id,
          needOrgId: need.need.enterpriseId,
          score: Math.min(100, Math.max(0, Math.round(score * 100) / 100)),
        });
      }
    }
    return pairs;
  }
}

const yuan = (value: string | null): number | null => (value === null ? null : Number(value));

function toMatchableResult(r: ResultRecord, patents?: { granted: number; total: number }): MatchableResult {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    keywords: r.keywords,
    fieldCode: r.fieldCode,
    trl: r.trl,
    transferModes: r.transferModes as string[] as TransferModeCode[],
    priceMin: yuan(r.priceMin),
    priceMax: yuan(r.priceMax),
    negotiable: r.priceNegotiable,
    district: null,
    grantedPatents: patents?.granted ?? 0,
    patents: patents?.total ?? 0,
    publishedAt: r.publishedAt,
    ownerId: r.ownerId,
  };
}

function toMatchableNeed(n: NeedRecord): MatchableNeed {
  return {
    id: n.id,
    title: n.title,
    summary: n.summary,
    keywords: n.keywords,
    fieldCode: n.fieldCode,
    minTrl: n.minTrl,
    budgetMin: yuan(n.budgetMin),
    budgetMax: yuan(n.budgetMax),
    negotiable: n.budgetNegotiable,
    preferredModes: n.preferredModes as string[] as TransferModeCode[],
    district: null,
    publishedAt: n.publishedAt,
    enterpriseId: n.enterpriseId,
  };
}
