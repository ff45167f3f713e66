import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { DomainEvent } from './domain-events';

export const OUTBOX_CHANNEL = 'outbox_event';

/** Appends events inside the caller's transaction; they become jobs only if it commits. */
@Injectable()
export class OutboxService {
  async append(manager: EntityManager, ...events: DomainEvent[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.append must run inside a transaction');
    }
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO outbox_event (type, aggregate_id, payload, actor_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::uuid[])`,
      [
        events.map((event) => event.type),
        events.map((event) => event.aggregateId ?? null),
        events.map((event) => JSON.stringify((event as { payload?: object }).payload ?? {})),
        events.map((event) => event.actorId ?? null),
      ],
    );
    // Delivered at commit only; wakes the relay without waiting for its next poll.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, events[0].type]);
  }
}
