import { MigrationInterface, QueryRunner } from 'typeorm';

/** The events lib's read contract for other libs' SQL (KPI figures): matchmaking events and their 1:1 meetings. */
export class EventsReadViews1796300000600 implements MigrationInterface {
  name = 'EventsReadViews1796300000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW events_event_v AS
      SELECT id, title, field_codes, starts_at, ends_at, venue, status, scheduled_at, created_at, updated_at FROM matchmaking_event`);
    await q.query(`
      CREATE VIEW events_meeting_v AS
      SELECT id, event_id, result_id, need_id, result_org_id, need_org_id, starts_at, ends_at, table_no, score, status, responded_at,
             outcome_at, deal_id, created_at, updated_at
        FROM meeting`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW events_meeting_v`);
    await q.query(`DROP VIEW events_event_v`);
  }
}
