import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxJob } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { dailySql, figuresChangedBy, KPI_DEFINITIONS, KpiDefinition } from '../kpi-definitions';

/** The outbox queue that keeps `kpi_daily` current. */
export const KPI_ROLLUP_QUEUE = 'insights.kpi-rollup';

export interface RollupRow {
  figure: string;
  value: string;
}

/**
 * Maintains `kpi_daily`, the city-wide figures per day. Every refresh recomputes a figure's whole
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
    const started = performance.now();
    for (const definition of definitions) await this.refresh(definition);
    return performance.now() - started;
  }

  /** Builds every figure not built yet (a fresh database, or a figure added since). */
  async buildMissing(): Promise<number> {
    const rows = (await this.dataSource.query(`SELECT figure FROM kpi_rollup_state`)) as { figure: string }[];
    const built = new Set(rows.map((row) => row.figure));
    const missing = KPI_DEFINITIONS.filter((definition) => !built.has(definition.key));
    if (missing.length === 0) return 0;
    const ms = await this.rebuild(missing);
    this.logger.log(`Built the KPI rollup of ${missing.length} figure(s) in ${ms.toFixed(0)} ms`);
    return ms;
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

  private async refresh(definition: KpiDefinition): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // One refresh of a figure at a time; the next one starts after this commits and sees its rows.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kpi_daily'), hashtext($1))`, [definition.key]);
      await manager.query(`DELETE FROM kpi_daily WHERE figure = $1`, [definition.key]);
      await manager.query(
        `INSERT INTO kpi_daily (figure, day, item, n, amount) SELECT $3, d.day, d.item, d.n, d.amount FROM (${dailySql(definition)}) d WHERE $1::timestamptz < $2::timestamptz`,
        ['-infinity', 'infinity', definition.key],
      );
      await manager.query(`INSERT INTO kpi_rollup_state (figure) VALUES ($1) ON CONFLICT (figure) DO UPDATE SET built_at = now()`, [definition.key]);
    });
  }
}
