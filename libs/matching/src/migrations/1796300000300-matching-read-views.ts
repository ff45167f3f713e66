import { MigrationInterface, QueryRunner } from 'typeorm';

/** Matching's read contract for other libs' SQL (KPI figures, platform funnels): matches without their factors and feedback text. */
export class MatchingReadViews1796300000300 implements MigrationInterface {
  name = 'MatchingReadViews1796300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW matching_match_v AS
      SELECT id, result_id, need_id, score, status, feedback_reason_code, feedback_at, created_at, updated_at, status_changed_at FROM match`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW matching_match_v`);
  }
}
