import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DealService } from '@techbridge/brokerage';
import { findResult } from '@techbridge/catalog';
import { invalidField, isAdmin, OutboxService, Principal } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { eventsError } from '../events.errors';
import { EventStatus } from '../events/event-status.enum';
import { MatchmakingEventEntity } from '../events/matchmaking-event.entity';
import { MeetingEntity } from './meeting.entity';
import { MeetingStatus } from './meeting-status.enum';
import { canMoveMeeting, outcomeStatus } from './meeting-status.machine';

/** Payload of `meeting.responded` and `meeting.outcome_recorded`. */
export interface MeetingEventPayload {
  eventId: string;
  status: MeetingStatus;
  dealId?: string | null;
}

@Injectable()
export class MeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deals: DealService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** A meeting the caller may see (administrator or one of its two organizations), or null. */
  async get(id: string, principal: Principal | null): Promise<MeetingEntity | null> {
    const meeting = await this.dataSource.getRepository(MeetingEntity).findOneBy({ id });
    if (!meeting || !this.isPartyOrAdmin(meeting, principal)) return null;
    return meeting;
  }

  isParty(meeting: MeetingEntity, principal: Principal | null): boolean {
    const org = principal?.organizationId;
    return !!org && (org === meeting.resultOrgId || org === meeting.needOrgId);
  }

  isPartyOrAdmin(meeting: MeetingEntity, principal: Principal | null): boolean {
    return isAdmin(principal) || this.isParty(meeting, principal);
  }

  /**
   * A party answers a proposal for its side. A decline by either side declines the meeting and
   * frees its slot (the pair is never proposed again); the meeting is CONFIRMED once both sides
   * accepted. Answers are taken while the event is SCHEDULED.
   */
  async respond(meetingId: string, accept: boolean, principal: Principal): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (tx) => {
      const { meeting, event } = await this.lockWithEvent(tx, meetingId, principal);
      if (!this.isParty(meeting, principal)) throw eventsError('NOT_A_PARTY', 'Only the two organizations of a meeting answer it');
      if (event.status !== EventStatus.SCHEDULED) throw eventsError('ILLEGAL_TRANSITION', `Meetings of a ${event.status} event are not answered`);
      if (meeting.status !== MeetingStatus.PROPOSED) throw eventsError('ILLEGAL_TRANSITION', `A ${meeting.status} meeting cannot be answered`);
      if (principal.organizationId === meeting.resultOrgId) meeting.resultAnswer = accept;
      else meeting.needAnswer = accept;
      const now = this.clock.now();
      if (!accept) meeting.status = MeetingStatus.DECLINED;
      else if (meeting.resultAnswer === true && meeting.needAnswer === true) meeting.status = MeetingStatus.CONFIRMED;
      meeting.respondedAt = now;
      meeting.updatedAt = now;
      await tx.save(meeting);
      await this.outbox.append(tx, {
        type: 'meeting.responded',
        aggregateId: meeting.id,
        actorId: principal.userId,
        payload: { eventId: meeting.eventId, status: meeting.status } satisfies MeetingEventPayload,
      });
      return meeting;
    });
  }

  /**
   * After a meeting's start, a party or an administrator records whether it was held. A held
   * meeting with `openDeal` opens a deal in the same transaction (brokerage assigns a broker of
   * the result's field when one is free), and the meeting keeps the deal's id.
   */
  async recordOutcome(meetingId: string, held: boolean, openDeal: boolean, principal: Principal): Promise<MeetingEntity> {
    if (openDeal && !held) throw invalidField('openDeal', 'Only a held meeting opens a deal');
    return this.dataSource.transaction(async (tx) => {
      const { meeting } = await this.lockWithEvent(tx, meetingId, principal);
      if (!this.isPartyOrAdmin(meeting, principal))
        throw eventsError('NOT_A_PARTY', 'Only the two organizations of a meeting or an administrator record its outcome');
      const now = this.clock.now();
      if (now.getTime() < meeting.startsAt.getTime()) throw eventsError('TOO_EARLY', 'The outcome of a meeting is recorded once it has started');
      if (meeting.status === MeetingStatus.HELD || meeting.status === MeetingStatus.NO_SHOW)
        throw eventsError('OUTCOME_RECORDED', 'The outcome of this meeting is already recorded');
      const to = outcomeStatus(held);
      if (!canMoveMeeting(meeting.status, to))
        throw eventsError('ILLEGAL_TRANSITION', `A ${meeting.status} meeting has no outcome: both parties confirm it first`);
      meeting.status = to;
      meeting.outcomeAt = now;
      meeting.updatedAt = now;
      if (openDeal) {
        const result = await findResult(tx, meeting.resultId);
        if (!result) throw new Error(`Meeting ${meeting.id} names a result that does not exist`);
        const deal = await this.deals.open(
          {
            resultId: meeting.resultId,
            needId: meeting.needId,
            ownerOrgId: meeting.resultOrgId,
            enterpriseOrgId: meeting.needOrgId,
            fieldCode: result.fieldCode,
          },
          principal,
          tx,
        );
        meeting.dealId = deal.id;
      }
      await tx.save(meeting);
      await this.outbox.append(tx, {
        type: 'meeting.outcome_recorded',
        aggregateId: meeting.id,
        actorId: principal.userId,
        payload: { eventId: meeting.eventId, status: meeting.status, dealId: meeting.dealId } satisfies MeetingEventPayload,
      });
      return meeting;
    });
  }

  /** Locks the meeting and then its event (in that order everywhere), hiding it from outsiders. */
  private async lockWithEvent(tx: EntityManager, meetingId: string, principal: Principal): Promise<{ meeting: MeetingEntity; event: MatchmakingEventEntity }> {
    const meeting = await tx.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
    if (!meeting || !this.isPartyOrAdmin(meeting, principal)) throw eventsError('MEETING_NOT_FOUND', 'No such meeting');
    const event = await tx.findOneByOrFail(MatchmakingEventEntity, { id: meeting.eventId });
    return { meeting, event };
  }
}
