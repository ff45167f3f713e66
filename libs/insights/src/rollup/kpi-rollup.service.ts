import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxJob } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { cubeSql, dailySql, figuresChangedBy, KPI_DEFINITIONS, KpiDefinition, stageCubeSql, stagesOf } from '../kpi-definitions';

/** The outbox queue that keeps `kpi_daily` current. */
export const KPI_ROLLUP_QUEUE = 'insights.kpi-rollup';

/** The cube covers the current year, the five before it (the years the scoreboard offers and more) and the next (a turn of the year before the next refresh). */
const CUBE_YEARS_BACK = 5;
const CUBE_YEARS_AHEAD = 1;

export function cubeYears(now = new Date()): [number, number] {
  const year = Number(now.toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  return [year - CUBE_YEARS_BACK, year + CUBE_YEARS_AHEAD];
}

export interface RollupRow {
  figure: string;
  value: string;
}

/**
 * Maintains `kpi_daily`, the city-wide figures per day, and `kpi_cube`, its breakdowns per year and
 * dimension (with the funnel stages counting the figure's facts). Every refresh recomputes a figure's whole
 * daily series from the base tables (delete + insert under a per-figure lock) rather than
 * incrementing: a retried, duplicated or out-of-order event leaves the same rows, and a change
 * that moves a row to another day or year (a withdrawal, a reschedule) is caught without knowing
 * where it was before.
 */
@Injectable()
export class KpiRollupService {
  private readonly logger = new Logger('KpiRollup');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Recomputes the given figures (all by default); returns how long it took in ms. */
  async rebuild(definitions: readonly KpiDefinition[] = KPI_DEFINITIONS): Promise<number> {
    return (await this.refreshEach(definitions)).ms;
  }

  /**
   * Builds every figure not built yet (a fresh database, or a figure added since). `shouldStop` is
   * asked between figures: one left unbuilt is built at the next boot.
   */
  async buildMissing(options: { shouldStop?: () => boolean } = {}): Promise<number> {
    const rows = (await this.dataSource.query(`SELECT figure FROM kpi_rollup_state WHERE cube_from_year IS NOT NULL`)) as { figure: string }[];
    const built = new Set(rows.map((row) => row.figure));
    const missing = KPI_DEFINITIONS.filter((definition) => !built.has(definition.key));
    if (missing.length === 0) return 0;
    const { count, ms } = await this.refreshEach(missing, options.shouldStop);
    if (count > 0) this.logger.log(`Built the KPI rollup of ${count} figure(s) in ${ms.toFixed(0)} ms`);
    return ms;
  }

  /** Refreshes the figures in turn, asking `shouldStop` before each; how many were done and how long it took. */
  private async refreshEach(definitions: readonly KpiDefinition[], shouldStop?: () => boolean): Promise<{ count: number; ms: number }> {
    const started = performance.now();
    let count = 0;
    for (const definition of definitions) {
      if (shouldStop?.()) break;
      await this.refresh(definition);
      count += 1;
    }
    return { count, ms: performance.now() - started };
  }

  /** Outbox handler: the figures any of these events may have changed, each recomputed once. */
  async onEvents(jobs: readonly OutboxJob[]): Promise<void> {
    await this.rebuild(figuresChangedBy(jobs.map((job) => job.type)));
  }

  /** Figures of the year from the rollup, for those built; `from`/`to` are the year's first day and the next year's. */
  async yearValues(year: number): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(
      `SELECT s.figure, COALESCE(CASE WHEN bool_or(k.amount IS NOT NULL) THEN sum(k.amount) ELSE sum(k.n) END, 0)::text AS value
         FROM kpi_rollup_state s
         LEFT JOIN kpi_daily k ON k.figure = s.figure AND k.day >= make_date($1, 1, 1) AND k.day < make_date($1 + 1, 1, 1)
        GROUP BY s.figure`,
      [year],
    )) as RollupRow[];
    return new Map(rows.map((row) => [row.figure, row.value]));
  }

  /** The figures whose cube rows cover the year (the others are read from the base tables). */
  async cubeFigures(year: number): Promise<Set<string>> {
    const rows = (await this.dataSource.query(`SELECT figure FROM kpi_rollup_state WHERE $1 BETWEEN cube_from_year AND cube_to_year`, [year])) as {
      figure: string;
    }[];
    return new Set(rows.map((row) => row.figure));
  }

  private async refresh(definition: KpiDefinition): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // One refresh of a figure at a time; the next one starts after this commits and sees its rows.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kpi_daily'), hashtext($1))`, [definition.key]);
      await manager.query(`DELETE FROM kpi_daily WHERE figure = $1`, [definition.key]);
      await manager.query(
        `INSERT INTO kpi_daily (figure, day, item, n, amount) SELECT $3, d.day, d.item, d.n, d.amount FROM (${dailySql(definition)}) d WHERE $1::timestamptz < $2::timestamptz`,
        ['-infinity', 'infinity', definition.key],
      );
      const [first, last] = cubeYears();
      const stages = stagesOf(definition.key);
      await manager.query(`DELETE FROM kpi_cube WHERE figure = ANY($1)`, [[definition.key, ...stages.map((stage) => stage.key)]]);
      const insert = `INSERT INTO kpi_cube (figure, year, dimension, bucket, value)`;
      await manager.query(`${insert} ${cubeSql(definition)}`, [first, last, definition.key]);
      for (const stage of stages) await manager.query(`${insert} ${stageCubeSql(stage)}`, [first, last, stage.key]);
      await manager.query(
        `INSERT INTO kpi_rollup_state (figure, cube_from_year, cube_to_year) VALUES ($1, $2, $3)
         ON CONFLICT (figure) DO UPDATE SET built_at = now(), cube_from_year = $2, cube_to_year = $3`,
        [definition.key, first, last],
      );
    });
  }
}
