import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * City-wide breakdowns materialised per figure, year and dimension (month, district, chain,
 * field, result class): a breakdown reads a few hundred rows instead of grouping the catalogue
 * and the deals. A funnel stage keeps its yearly count as dimension `YEAR` without a bucket.
 * `kpi_rollup_state.cube_*_year` says which years a figure's rows cover; a year outside them is
 * computed from the base tables (boot builds the figures whose rows cover no year yet).
 */
export class KpiCube1796500017000 implements MigrationInterface {
  name = 'KpiCube1796500017000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_cube (
        figure    text NOT NULL CHECK (figure ~ '^[a-zA-Z]{1,60}$'),
        year      smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        dimension text NOT NULL CHECK (dimension IN ('MONTH', 'DISTRICT', 'CHAIN', 'FIELD', 'RESULT_CLASS', 'YEAR')),
        bucket    text,
        value     numeric NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX kpi_cube_key ON kpi_cube (year, dimension, figure, bucket) NULLS NOT DISTINCT`);
    await q.query(`ALTER TABLE kpi_rollup_state ADD COLUMN cube_from_year smallint, ADD COLUMN cube_to_year smallint`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE kpi_rollup_state DROP COLUMN cube_from_year, DROP COLUMN cube_to_year`);
    await q.query(`DROP TABLE kpi_cube`);
  }
}
