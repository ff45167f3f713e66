import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformOutboxAudit1764200000000 implements MigrationInterface {
  name = 'PlatformOutboxAudit1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_event (
        id            bigserial PRIMARY KEY,
        type          text NOT NULL CHECK (type ~ '^[a-z_]+\\.[a-z_.]+$'),
        aggregate_id  text,
        actor_id      uuid,
        payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at    timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_event_undispatched ON outbox_event (id) WHERE dispatched_at IS NULL`);
    await q.query(`CREATE INDEX outbox_event_type_created ON outbox_event (type, created_at)`);
    await q.query(`
      CREATE TABLE audit_log (
        id         bigserial PRIMARY KEY,
        event_id   bigint UNIQUE,
        action     text NOT NULL,
        actor_id   uuid,
        subject_id text,
        details    jsonb NOT NULL DEFAULT '{}'::jsonb,
        at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_subject ON audit_log (subject_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE outbox_event`);
  }
}
