import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Yearly KPI targets set by administrators (a figure without a row falls back to the built-in
 * default), and the date indexes the yearly figures filter by that other libs did not create.
 */
export class Insights1764200800000 implements MigrationInterface {
  name = 'Insights1764200800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_target (
        year       smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        key        text NOT NULL CHECK (key ~ '^[a-zA-Z]{1,60}$'),
        target     numeric(18,2) NOT NULL CHECK (target >= 0),
        updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, key)
      )`);
    // Active brokers: stage changes in a year, by whom.
    await q.query(`CREATE INDEX deal_stage_change_at ON deal_stage_change (at, by_user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deal_stage_change_at`);
    await q.query(`DROP TABLE kpi_target`);
  }
}
