import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobsService, OutboxJob } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { BrokerageSettings } from '../brokerage.settings';
import { Clock } from '../clock';
import { NotificationService } from '../notifications/notification.service';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { DealEntity } from './deal.entity';
import { DealEventPayload } from './deal.service';
import { DealStage } from './deal-stage.enum';
import { addWorkingDays, ESCALATION_WORKING_DAYS } from './due-dates';

/** Delayed jobs that check a deal at its due date. */
export const DEAL_DUE_QUEUE = 'brokerage.deal-due';

/** A check of one deal: is it still in `stage` past `dueAt`? `miss` 1 reminds the broker, 2 escalates. */
export interface DealDueCheck {
  dealId: string;
  stage: DealStage;
  dueAt: string;
  miss: 1 | 2;
}

export type DealDueOutcome = 'moved-on' | 'not-due-yet' | 'reminded' | 'escalated' | 'unassigned-reported';

/**
 * Deal deadlines. Every `deal.opened` / `deal.stage_changed` event with a due date schedules a
 * check at that instant (`JobsService.send` with `startAfter`); the check reads the deal and the
 * injectable Clock, reminds the broker on the first miss, schedules a second check
 * ESCALATION_WORKING_DAYS later, and then tells every administrator. A deal that left the stage,
 * or got another due date, makes the old check a no-op; notifications are keyed so a retried job
 * writes nothing twice.
 */
@Injectable()
export class DealDueReminders {
  private readonly logger = new Logger('DealDueReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly settings: BrokerageSettings,
  ) {}

  /** Outbox consumer: schedules the check for a deal that entered a stage with a deadline. */
  async onDealEvents(events: OutboxJob<DealEventPayload>[]): Promise<void> {
    for (const event of events) {
      const { stage, dueAt } = event.payload;
      if (event.aggregateId && dueAt) await this.schedule({ dealId: event.aggregateId, stage, dueAt, miss: 1 }, new Date(dueAt));
    }
  }

  async schedule(check: DealDueCheck, at: Date): Promise<void> {
    // The queue is worked through the outbox handler registry, so its jobs carry the OutboxJob shape.
    const job: OutboxJob<DealDueCheck> = {
      eventId: `${check.dealId}:${check.stage}:${check.miss}`,
      type: 'deal.due',
      aggregateId: check.dealId,
      actorId: null,
      payload: check,
      occurredAt: this.clock.now().toISOString(),
    };
    await this.jobs.send(DEAL_DUE_QUEUE, job, { startAfter: at });
  }

  async onDueJobs(jobs: OutboxJob<DealDueCheck>[]): Promise<void> {
    for (const job of jobs) await this.check(job.payload);
  }

  /** Runs one check now (by the Clock). */
  async check(check: DealDueCheck): Promise<DealDueOutcome> {
    const deal = await this.dataSource.getRepository(DealEntity).findOneBy({ id: check.dealId });
    if (!deal || deal.stage !== check.stage || !deal.dueAt || deal.dueAt.toISOString() !== check.dueAt) return 'moved-on';
    const now = this.clock.now();
    const dueAt = new Date(check.dueAt);
    const checkAt = check.miss === 1 ? dueAt : addWorkingDays(dueAt, ESCALATION_WORKING_DAYS, this.settings.calendar);
    if (now.getTime() < checkAt.getTime()) {
      // Woken early (clock skew between hosts): look again when it is really due.
      await this.schedule(check, checkAt);
      return 'not-due-yet';
    }
    const key = `deal-due:${deal.id}:${check.stage}:${check.dueAt}`;
    const where = `Deal ${deal.id.slice(0, 8)} has been in ${check.stage} since ${deal.stageEnteredAt.toISOString()}; it was due ${check.dueAt}.`;
    if (!deal.brokerId) {
      await this.notifications.notifyAdmins({
        kind: NotificationKind.DEAL_UNASSIGNED,
        title: '逾期未分配经纪人 / Overdue deal without a broker',
        body: where,
        dealId: deal.id,
        dedupeKey: `${key}:unassigned`,
      });
      return 'unassigned-reported';
    }
    if (check.miss === 1) {
      await this.notifications.notify([deal.brokerId], {
        kind: NotificationKind.DEAL_OVERDUE,
        title: '交易阶段已逾期 / Deal overdue',
        body: where,
        dealId: deal.id,
        dedupeKey: `${key}:1`,
      });
      const next = addWorkingDays(dueAt, ESCALATION_WORKING_DAYS, this.settings.calendar);
      await this.schedule({ ...check, miss: 2 }, next);
      return 'reminded';
    }
    await this.notifications.notifyAdmins({
      kind: NotificationKind.DEAL_ESCALATED,
      title: '交易逾期升级 / Deal escalated',
      body: `${where} The broker was reminded and the deal has not moved.`,
      dealId: deal.id,
      dedupeKey: `${key}:2`,
    });
    this.logger.log(`Deal ${deal.id} escalated to administrators`);
    return 'escalated';
  }
}
