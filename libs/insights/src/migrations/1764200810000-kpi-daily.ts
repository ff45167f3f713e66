import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * City-wide KPI figures pre-aggregated per day (Asia/Shanghai), so a yearly report sums a few
 * thousand rows instead of scanning the catalogue. `item` is set only for figures that count
 * distinct things in a year (needs linked, active brokers): one row per item and year, dated by its
 * first day. `kpi_rollup_state` says which figures have been built; a figure without a row is
 * computed from the base tables.
 */
export class KpiDaily1764200810000 implements MigrationInterface {
  name = 'KpiDaily1764200810000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_daily (
        figure text NOT NULL CHECK (figure ~ '^[a-zA-Z]{1,60}$'),
        day    date NOT NULL,
        item   uuid,
        n      bigint NOT NULL CHECK (n >= 0),
        amount numeric(15,2)
      )`);
    await q.query(`CREATE UNIQUE INDEX kpi_daily_key ON kpi_daily (figure, day, item) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX kpi_daily_day ON kpi_daily (day) INCLUDE (figure, item, n, amount)`);
    await q.query(`
      CREATE TABLE kpi_rollup_state (
        figure   text PRIMARY KEY CHECK (figure ~ '^[a-zA-Z]{1,60}$'),
        built_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_rollup_state`);
    await q.query(`DROP TABLE kpi_daily`);
  }
}
