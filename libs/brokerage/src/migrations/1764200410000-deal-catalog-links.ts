import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deal's result and need are catalogue rows: foreign keys now that both libs are migrated in
 * order. `match_id` gets its foreign key in DealMatchLink1764200420000.
 */
export class DealCatalogLinks1764200410000 implements MigrationInterface {
  name = 'DealCatalogLinks1764200410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deal ADD CONSTRAINT deal_result_fk FOREIGN KEY (result_id) REFERENCES research_result (id)`);
    await q.query(`ALTER TABLE deal ADD CONSTRAINT deal_need_fk FOREIGN KEY (need_id) REFERENCES tech_need (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deal DROP CONSTRAINT deal_need_fk`);
    await q.query(`ALTER TABLE deal DROP CONSTRAINT deal_result_fk`);
  }
}
