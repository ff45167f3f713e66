import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { adminIds } from '@techbridge/identity';
import { Connection, ConnectionArgs, OutboxService, paginate, Principal } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { brokerageError } from '../brokerage.errors';
import { BrokerageEvents } from '../brokerage.events';
import { Clock } from '../clock';
import { NotificationEntity } from './notification.entity';
import { NotificationKind } from './notification-kind.enum';

export const NOTIFICATION_CREATED_EVENT = 'notification.created' satisfies keyof BrokerageEvents;

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  dealId?: string | null;
  /** Same key and recipient twice → one row. */
  dedupeKey: string;
}

@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Notifies the given users; returns how many rows were new. New rows travel on as a
   * `notification.created` outbox event, which mails them to whoever wants mail too.
   */
  async notify(recipientIds: readonly string[], notification: NewNotification, manager: EntityManager = this.dataSource.manager): Promise<number> {
    if (recipientIds.length === 0) return 0;
    const write = async (tx: EntityManager): Promise<number> => {
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO notification (recipient_id, kind, title, body, deal_id, dedupe_key)
         SELECT r, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS r
         ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
         RETURNING id`,
        [recipientIds, notification.kind, notification.title, notification.body, notification.dealId ?? null, notification.dedupeKey],
      );
      if (rows.length > 0) await this.outbox.append(tx, { type: NOTIFICATION_CREATED_EVENT, payload: { notificationIds: rows.map((row) => row.id) } });
      return rows.length;
    };
    return manager.queryRunner?.isTransactionActive ? write(manager) : this.dataSource.transaction(write);
  }

  /** Notifies every administrator; returns how many rows were new. */
  async notifyAdmins(notification: NewNotification, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return this.notify(await adminIds(manager), notification, manager);
  }

  /** The caller's notifications, newest first. */
  async list(principal: Principal, args: ConnectionArgs, unreadOnly: boolean): Promise<Connection<NotificationEntity>> {
    const qb = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.recipient_id = :me', { me: principal.userId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return paginate(qb, args, { column: 'n.created_at', value: (n) => n.createdAt, direction: 'DESC', idColumn: 'n.id', id: (n) => n.id });
  }

  /** Marks one of the caller's notifications read (again is harmless); someone else's is NOT_FOUND. */
  async markRead(id: string, principal: Principal): Promise<NotificationEntity> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    await repository
      .createQueryBuilder()
      .update()
      .set({ readAt: this.clock.now() })
      .where('id = :id AND recipient_id = :me AND read_at IS NULL', { id, me: principal.userId })
      .execute();
    const row = await repository.findOneBy({ id, recipientId: principal.userId });
    if (!row) throw brokerageError('NOTIFICATION_NOT_FOUND', 'No such notification');
    return row;
  }
}
