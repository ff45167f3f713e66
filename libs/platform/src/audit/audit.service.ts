import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { OutboxJob } from '../outbox/outbox-handlers';
import { AuditLogEntity } from './audit-log.entity';

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records outbox events as audit rows; idempotent per event, so job retries are harmless. */
  async recordEvents<J extends OutboxJob<object>>(jobs: readonly J[], details: (job: J) => object = () => ({})): Promise<void> {
    if (jobs.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO audit_log (event_id, action, actor_id, subject_id, details)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::uuid[], $4::text[], $5::jsonb[])
       ON CONFLICT (event_id) DO NOTHING`,
      [
        jobs.map((job) => job.eventId),
        jobs.map((job) => job.type),
        jobs.map((job) => job.actorId),
        jobs.map((job) => job.aggregateId),
        jobs.map((job) => JSON.stringify(details(job))),
      ],
    );
  }

  async forSubject(subjectId: string): Promise<AuditLogEntity[]> {
    return this.dataSource.getRepository(AuditLogEntity).find({ where: { subjectId }, order: { id: 'ASC' } });
  }
}
