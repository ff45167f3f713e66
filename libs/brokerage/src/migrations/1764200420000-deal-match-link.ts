import { MigrationInterface, QueryRunner } from 'typeorm';

/** A deal opened from a match points at it; matches outlive deals (no cascade). */
export class DealMatchLink1764200420000 implements MigrationInterface {
  name = 'DealMatchLink1764200420000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deal ADD CONSTRAINT deal_match_fk FOREIGN KEY (match_id) REFERENCES match (id)`);
    await q.query(`CREATE INDEX IF NOT EXISTS deal_match ON deal (match_id) WHERE match_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS deal_match`);
    await q.query(`ALTER TABLE deal DROP CONSTRAINT deal_match_fk`);
  }
}
