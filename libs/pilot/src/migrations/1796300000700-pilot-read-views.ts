import { MigrationInterface, QueryRunner } from 'typeorm';

/** The pilot lib's read contract for other libs' SQL (KPI figures): bookings of pilot platforms, without their notes. */
export class PilotReadViews1796300000700 implements MigrationInterface {
  name = 'PilotReadViews1796300000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW pilot_booking_v AS
      SELECT id, platform_id, result_id, requested_by, from_at, to_at, status, decided_at, completed_at, created_at FROM pilot_booking`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW pilot_booking_v`);
  }
}
