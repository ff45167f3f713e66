import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@techbridge/identity';
import { MailPreferenceService, MailService, NotificationLine } from '@techbridge/mail';
import { AppConfig, JobsService, OutboxJob } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { Clock } from '../clock';
import { NotificationEntity } from './notification.entity';
import { NotificationKind } from './notification-kind.enum';

/** Delayed jobs that send one user's daily digest. */
export const NOTIFICATION_DIGEST_QUEUE = 'brokerage.notification-digest';

export interface DigestJob {
  userId: string;
}

/** Mail subjects by kind, in both languages (the in-app title stays as it is). */
export const NOTIFICATION_HEADLINES: Record<NotificationKind, { zh: string; en: string }> = {
  [NotificationKind.DEAL_OVERDUE]: { zh: '交易阶段已逾期', en: 'A deal stage is overdue' },
  [NotificationKind.DEAL_ESCALATED]: { zh: '交易逾期已升级', en: 'An overdue deal was escalated' },
  [NotificationKind.DEAL_UNASSIGNED]: { zh: '逾期交易尚无经纪人', en: 'An overdue deal has no broker' },
  [NotificationKind.EVENT_MEETING_REMINDER]: { zh: '明天有对接会议', en: 'You have matchmaking meetings tomorrow' },
  [NotificationKind.RESULT_NDA_ACCEPTED]: { zh: '有人签署了您成果的保密协议', en: 'Someone accepted the NDA of your result' },
  [NotificationKind.DEAL_OPENED_FOR_NEED]: { zh: '您的需求有了新的交易', en: 'A deal was opened for your need' },
  [NotificationKind.MEETING_PROPOSED]: { zh: '新的对接会议待您确认', en: 'A meeting is proposed to you' },
};

const SHANGHAI_OFFSET_HOURS = 8;

/** The next instant, after `now`, at which it is `hour`:00 in Asia/Shanghai (no daylight saving there). */
export function nextDigestAt(now: Date, hour: number): Date {
  const at = new Date(now);
  at.setUTCHours((hour - SHANGHAI_OFFSET_HOURS + 24) % 24, 0, 0, 0);
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/**
 * Notifications by mail, for users who chose MAIL_TOO (the default): each new notification as
 * its own mail, or — with the daily digest — all of a day's in one mail at MAIL_DIGEST_HOUR.
 * `mailed_at` is set in the transaction that queues the mail, so a retried job or a second
 * digest job sends nothing twice.
 */
@Injectable()
export class NotificationMailer {
  private readonly logger = new Logger('NotificationMailer');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly preferences: MailPreferenceService,
    private readonly users: UserService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Outbox consumer of `notification.created`. */
  async onCreated(events: OutboxJob<{ notificationIds?: string[] }>[]): Promise<void> {
    const ids = events.flatMap((event) => event.payload.notificationIds ?? []);
    if (ids.length === 0) return;
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.id = ANY(:ids) AND n.mailed_at IS NULL', { ids })
      .getMany();
    const recipients = [...new Set(rows.map((row) => row.recipientId))];
    const preferences = await this.preferences.forUsers(recipients);
    const digestUsers = new Set<string>();
    for (const row of rows) {
      const preference = preferences.get(row.recipientId)!;
      if (!preference.notifyByMail) continue;
      if (preference.dailyDigest) {
        digestUsers.add(row.recipientId);
        continue;
      }
      await this.dataSource.transaction(async (manager) => {
        if (!(await this.claim(manager, [row.id]))) return;
        const user = await this.users.get(row.recipientId).catch(() => null);
        if (!user) return;
        await this.mail.enqueue(manager, { address: user.email, userId: user.id, language: preference.language }, 'notification', this.line(row));
      });
    }
    const at = nextDigestAt(this.clock.now(), this.config.MAIL_DIGEST_HOUR);
    for (const userId of digestUsers) {
      const job: OutboxJob<DigestJob> = {
        eventId: `digest:${userId}:${at.toISOString()}`,
        type: 'notification.digest',
        aggregateId: userId,
        actorId: null,
        payload: { userId },
        occurredAt: this.clock.now().toISOString(),
      };
      await this.jobs.send(NOTIFICATION_DIGEST_QUEUE, job, { startAfter: at, singletonKey: job.eventId });
    }
  }

  async onDigestJobs(jobs: OutboxJob<DigestJob>[]): Promise<void> {
    for (const userId of new Set(jobs.map((job) => job.payload.userId))) await this.sendDigest(userId);
  }

  /** Sends the user's digest of every notification not mailed yet; returns how many it held (0: nothing sent). */
  async sendDigest(userId: string): Promise<number> {
    const preference = await this.preferences.get(userId);
    if (!preference.notifyByMail) return 0;
    const user = await this.users.get(userId).catch(() => null);
    if (!user) return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .setLock('pessimistic_write')
        .where('n.recipient_id = :userId AND n.mailed_at IS NULL', { userId })
        .orderBy('n.created_at', 'ASC')
        .limit(200)
        .getMany();
      if (
        rows.length === 0 ||
        !(await this.claim(
          manager,
          rows.map((row) => row.id),
        ))
      )
        return 0;
      const now = this.clock.now();
      const date = new Date(now.getTime() + SHANGHAI_OFFSET_HOURS * 3600_000).toISOString().slice(0, 10);
      await this.mail.enqueue(manager, { address: user.email, userId, language: preference.language }, 'digest', {
        date,
        lines: rows.map((row) => this.line(row)),
      });
      await this.preferences.recordDigestSent(userId, now, manager);
      this.logger.debug(`Digest of ${rows.length} notification(s) queued for ${userId}`);
      return rows.length;
    });
  }

  /** Marks notifications mailed; false when another job already did (then it sends nothing). A CTE, since a bare UPDATE … RETURNING comes back from TypeORM as [rows, count]. */
  private async claim(manager: EntityManager, ids: string[]): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH claimed AS (UPDATE notification SET mailed_at = now() WHERE id = ANY($1::uuid[]) AND mailed_at IS NULL RETURNING id) SELECT id FROM claimed`,
      [ids],
    );
    return rows.length === ids.length;
  }

  private line(row: NotificationEntity): NotificationLine {
    const at = new Date(row.createdAt.getTime() + SHANGHAI_OFFSET_HOURS * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    return {
      headline: NOTIFICATION_HEADLINES[row.kind],
      body: `${row.title}\n${row.body}`,
      link: row.dealId ? `${this.config.APP_URL}/deals/${row.dealId}` : `${this.config.APP_URL}/notifications`,
      at,
    };
  }
}
