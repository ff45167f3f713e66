import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, NotificationKind, NotificationService } from '@techbridge/brokerage';
import { memberIdsOf, membersByOrganization } from '@techbridge/identity';
import { EventJob, JobsService, OutboxJob } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { EventStatus } from '../events/event-status.enum';
import { MatchmakingEventEntity } from '../events/matchmaking-event.entity';
import { MatchmakingEventService } from '../events/matchmaking-event.service';

/** Delayed jobs: a participant's reminder the day before its first meeting, and an event's completion at its end. */
export const EVENT_REMINDER_QUEUE = 'events.meeting-reminder';
export const EVENT_COMPLETION_QUEUE = 'events.complete';

const DAY = 24 * 3600_000;

export interface MeetingReminderCheck {
  eventId: string;
  organizationId: string;
  /** The first meeting's start when the reminder was planned; a later schedule that moves it plans its own. */
  firstStartsAt: string;
}

export interface EventCompletionCheck {
  eventId: string;
  endsAt: string;
}

export type ReminderOutcome = 'moved-on' | 'not-due-yet' | 'reminded' | 'too-late';

/**
 * Every `event.scheduled` plans, for each organization with a live meeting (proposed or
 * confirmed), a reminder job 24 hours before its first one (`JobsService.send` with
 * `startAfter`), and the event's completion at its end. A job re-reads the database and the
 * Clock when it runs: a reminder whose first meeting changed, or an event no longer SCHEDULED,
 * does nothing; notifications are keyed so a retried job writes nothing twice.
 */
@Injectable()
export class EventReminders {
  private readonly logger = new Logger('EventReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly events: MatchmakingEventService,
  ) {}

  /** Outbox consumer of `event.scheduled` (and answers, which may change who meets first). */
  async onScheduleEvents(events: EventJob<'event.scheduled' | 'meeting.responded'>[]): Promise<void> {
    const eventIds = new Set(events.map((e) => (e.type === 'meeting.responded' ? e.payload.eventId : e.aggregateId)).filter((id): id is string => !!id));
    for (const eventId of eventIds) {
      await this.plan(eventId);
      await this.announceProposals(eventId);
    }
  }

  /**
   * Tells each side of a PROPOSED meeting that has not answered yet that it waits for an answer
   * (once per meeting and organization: a re-schedule or another answer adds no second notice).
   */
  async announceProposals(eventId: string): Promise<number> {
    const event = await this.dataSource.getRepository(MatchmakingEventEntity).findOneBy({ id: eventId });
    if (!event || event.status !== EventStatus.SCHEDULED) return 0;
    const sides: { meeting_id: string; organization_id: string; starts_at: Date }[] = await this.dataSource.query(
      `SELECT m.id AS meeting_id, side.org AS organization_id, m.starts_at
         FROM meeting m
         CROSS JOIN LATERAL (VALUES (m.result_org_id, m.result_answer), (m.need_org_id, m.need_answer)) AS side (org, answer)
        WHERE m.event_id = $1 AND m.status = 'PROPOSED' AND side.answer IS NULL`,
      [eventId],
    );
    const members = await membersByOrganization(
      this.dataSource.manager,
      sides.map((side) => side.organization_id),
    );
    const pending = sides.flatMap((side) => (members.has(side.organization_id) ? [{ ...side, members: members.get(side.organization_id)! }] : []));
    let created = 0;
    for (const row of pending) {
      created += await this.notifications.notify(row.members, {
        kind: NotificationKind.MEETING_PROPOSED,
        title: `${event.title}：新的对接会议待确认 / A meeting waits for your answer`,
        body: `A 1:1 meeting at "${event.title}" is proposed for ${new Date(row.starts_at).toISOString()}; accept or decline it in the event's meetings.`,
        dedupeKey: `meeting-proposed:${row.meeting_id}:${row.organization_id}`,
      });
    }
    return created;
  }

  async plan(eventId: string): Promise<void> {
    const event = await this.dataSource.getRepository(MatchmakingEventEntity).findOneBy({ id: eventId });
    if (!event || event.status !== EventStatus.SCHEDULED) return;
    for (const first of await this.firstMeetings(eventId)) {
      const check: MeetingReminderCheck = { eventId, organizationId: first.organizationId, firstStartsAt: first.startsAt.toISOString() };
      await this.send(
        EVENT_REMINDER_QUEUE,
        'event.meeting_reminder',
        `${eventId}:${first.organizationId}:${check.firstStartsAt}`,
        check,
        new Date(first.startsAt.getTime() - DAY),
      );
    }
    const completion: EventCompletionCheck = { eventId, endsAt: event.endsAt.toISOString() };
    await this.send(EVENT_COMPLETION_QUEUE, 'event.complete', `${eventId}:complete`, completion, event.endsAt);
  }

  private async send<T>(queue: string, type: string, eventId: string, payload: T, at: Date): Promise<void> {
    // The queues are worked through the outbox handler registry, so their jobs carry the OutboxJob shape.
    const job: OutboxJob<T> = { eventId, type, aggregateId: null, actorId: null, payload, occurredAt: this.clock.now().toISOString() };
    await this.jobs.send(queue, job, { startAfter: at });
  }

  /** Each participant organization's first live meeting of the event. */
  async firstMeetings(eventId: string): Promise<{ organizationId: string; startsAt: Date }[]> {
    const rows: { organization_id: string; starts_at: Date }[] = await this.dataSource.query(
      `SELECT org AS organization_id, min(starts_at) AS starts_at
         FROM meeting, LATERAL (VALUES (result_org_id), (need_org_id)) AS side(org)
        WHERE event_id = $1 AND status IN ('PROPOSED', 'CONFIRMED')
        GROUP BY org`,
      [eventId],
    );
    return rows.map((row) => ({ organizationId: row.organization_id, startsAt: row.starts_at }));
  }

  async onReminderJobs(jobs: OutboxJob<MeetingReminderCheck>[]): Promise<void> {
    for (const job of jobs) await this.remind(job.payload);
  }

  /** Runs one reminder now (by the Clock). */
  async remind(check: MeetingReminderCheck): Promise<ReminderOutcome> {
    const event = await this.dataSource.getRepository(MatchmakingEventEntity).findOneBy({ id: check.eventId });
    if (!event || event.status !== EventStatus.SCHEDULED) return 'moved-on';
    const first = (await this.firstMeetings(check.eventId)).find((f) => f.organizationId === check.organizationId);
    if (!first || first.startsAt.toISOString() !== check.firstStartsAt) return 'moved-on';
    const now = this.clock.now().getTime();
    if (now >= first.startsAt.getTime()) return 'too-late';
    const remindAt = first.startsAt.getTime() - DAY;
    if (now < remindAt) {
      await this.send(
        EVENT_REMINDER_QUEUE,
        'event.meeting_reminder',
        `${check.eventId}:${check.organizationId}:${check.firstStartsAt}:again`,
        check,
        new Date(remindAt),
      );
      return 'not-due-yet';
    }
    await this.notifications.notify(await memberIdsOf(this.dataSource.manager, [check.organizationId]), {
      kind: NotificationKind.EVENT_MEETING_REMINDER,
      title: `明天：${event.title} 对接洽谈 / Your meetings tomorrow`,
      body: `Your first 1:1 meeting at "${event.title}" starts at ${check.firstStartsAt}. The agenda: /events/${event.id}/agenda.ics`,
      dedupeKey: `event-reminder:${check.eventId}:${check.firstStartsAt}`,
    });
    return 'reminded';
  }

  async onCompletionJobs(jobs: OutboxJob<EventCompletionCheck>[]): Promise<void> {
    for (const job of jobs) await this.completeIfOver(job.payload);
  }

  /** Completes a SCHEDULED event once its end has passed; anything else is left as it is. */
  async completeIfOver(check: EventCompletionCheck): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const event = await this.events.lock(tx, check.eventId);
      if (event.status !== EventStatus.SCHEDULED) return false;
      if (this.clock.now().getTime() < event.endsAt.getTime()) {
        await this.send(
          EVENT_COMPLETION_QUEUE,
          'event.complete',
          `${event.id}:complete:again`,
          { eventId: event.id, endsAt: event.endsAt.toISOString() },
          event.endsAt,
        );
        return false;
      }
      await this.events.complete(event.id, null, tx);
      this.logger.log(`Event ${event.id} completed at its end`);
      return true;
    });
  }
}
