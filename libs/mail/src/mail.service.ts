import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Connection, ConnectionArgs, OutboxJob, OutboxService, paginate } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { MailEvents, MailQueuedPayload } from './mail.events';
import { MailMessageEntity } from './mailbox/mail-message.entity';
import { MailPreferenceService } from './preferences/mail-preference.service';
import { MailLanguage, MailTemplateName, MailTemplateParams, renderMail } from './templates/mail-templates';
import { MAIL_TRANSPORT, MailTransport } from './transport/mail-transport';

export interface MailRecipient {
  address: string;
  /** The account the mail is for, when there is one: its language preference applies. */
  userId?: string | null;
  /** Overrides the recipient's preference. */
  language?: MailLanguage;
}

/** The outbox event a queued mail travels on, and the queue that sends it. */
export const MAIL_QUEUED_EVENT = 'mail.queued' satisfies keyof MailEvents;
export const MAIL_SEND_QUEUE = 'mail.send';

/**
 * Outgoing mail. `enqueue` renders the template and writes the mail with an outbox event inside
 * the caller's transaction, so a write never waits for a mail server and no mail leaves for a
 * change that rolled back; the `mail.send` job sends it (retries with backoff, then the dead
 * letter queue, where the mail is marked FAILED).
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly outbox: OutboxService,
    private readonly preferences: MailPreferenceService,
    private readonly config: AppConfig,
  ) {}

  /** Whether mail leaves over SMTP (false: it is kept in the database, the embedded default). */
  get delivering(): boolean {
    return this.transport.kind === 'smtp';
  }

  async enqueue<K extends MailTemplateName>(manager: EntityManager, recipient: MailRecipient, template: K, params: MailTemplateParams[K]): Promise<string> {
    const language =
      recipient.language ?? (recipient.userId ? (await this.preferences.languages([recipient.userId], manager)).get(recipient.userId) : undefined) ?? 'zh';
    const rendered = renderMail(template, params, language);
    const [row] = (await manager.query(
      `INSERT INTO mail_message (to_address, to_user_id, language, template, subject, text_body, html_body)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [recipient.address, recipient.userId ?? null, language, template, rendered.subject, rendered.text, rendered.html],
    )) as { id: string }[];
    await this.outbox.append(manager, {
      type: MAIL_QUEUED_EVENT,
      aggregateId: row.id,
      payload: { mailId: row.id } satisfies MailQueuedPayload,
    });
    return row.id;
  }

  /** Job handler: sends each mail once; a failure is recorded and rethrown so the job retries. */
  async onSendJobs(jobs: OutboxJob<MailQueuedPayload>[]): Promise<void> {
    for (const job of jobs) await this.deliver(job.payload.mailId);
  }

  async deliver(mailId: string): Promise<void> {
    const repository = this.dataSource.getRepository(MailMessageEntity);
    const mail = await repository.findOneBy({ id: mailId });
    if (!mail || mail.status !== 'QUEUED') return;
    try {
      const { messageId } = await this.transport.send({
        from: this.config.MAIL_FROM,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody ?? '',
        html: mail.htmlBody ?? '',
        mailId: mail.id,
      });
      const sent = this.transport.kind === 'smtp';
      // Sent mail keeps its record but not its bodies: they may carry single-use links.
      await repository.update(
        { id: mail.id, status: 'QUEUED' },
        {
          status: sent ? 'SENT' : 'KEPT',
          sentAt: new Date(),
          messageId,
          attempts: mail.attempts + 1,
          lastError: null,
          ...(sent ? { textBody: null, htmlBody: null } : {}),
        },
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await repository.update({ id: mail.id }, { attempts: mail.attempts + 1, lastError: message.slice(0, 500) });
      this.logger.warn(`Mail ${mail.id} (${mail.template}) not sent, will retry: ${message}`);
      throw error;
    }
  }

  /** Dead-letter handler: the mail ran out of retries. */
  async onDeadJobs(jobs: OutboxJob<MailQueuedPayload>[]): Promise<void> {
    const ids = jobs.map((job) => job.payload.mailId).filter(Boolean);
    if (ids.length === 0) return;
    await this.dataSource.query(`UPDATE mail_message SET status = 'FAILED' WHERE id = ANY($1::uuid[]) AND status = 'QUEUED'`, [ids]);
    this.logger.error(`${ids.length} mail(s) given up after retries: ${ids.join(', ')}`);
  }

  /** The mailbox, newest first, optionally for one address (administrators). */
  async list(args: ConnectionArgs, to: string | null | undefined): Promise<Connection<MailMessageEntity>> {
    const qb = this.dataSource.getRepository(MailMessageEntity).createQueryBuilder('m');
    if (to) qb.where('m.to_address = :to', { to: to.trim().toLowerCase() });
    return paginate(qb, args, {
      column: 'm.created_at',
      value: (m) => m.createdAt,
      direction: 'DESC',
      idColumn: 'm.id',
      id: (m) => m.id,
    });
  }
}
