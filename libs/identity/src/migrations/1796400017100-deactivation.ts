import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administrators deactivate organizations and brokers. Nothing is deleted: deals, results and
 * audit rows keep pointing at them, and verifying the organization or certifying the broker again
 * brings them back.
 */
export class Deactivation1796400017100 implements MigrationInterface {
  name = 'Deactivation1796400017100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization ADD COLUMN deactivated_at timestamptz`);
    await q.query(`ALTER TABLE broker_profile ADD COLUMN deactivated_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE broker_profile DROP COLUMN deactivated_at`);
    await q.query(`ALTER TABLE organization DROP COLUMN deactivated_at`);
  }
}
