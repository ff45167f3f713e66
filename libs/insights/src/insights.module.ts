import { BeforeApplicationShutdown, Logger, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { CatalogModule } from '@techbridge/catalog';
import { OutboxHandlerRegistry, SeedRegistry } from '@techbridge/platform';

import { KpiExportController } from './exports/kpi-export.controller';
import { KpiExportService } from './exports/kpi-export.service';
import { KpiResolver } from './kpi.resolver';
import { KpiService } from './kpi.service';
import { KPI_EVENTS } from './kpi-definitions';
import { KPI_ROLLUP_QUEUE, KpiRollupService } from './rollup/kpi-rollup.service';

/**
 * The 3×4 scoreboard: yearly figures, targets, breakdowns, funnel and exports. Reads other libs'
 * tables; owns `kpi_target` and the city-wide daily rollup `kpi_daily`, which outbox jobs keep current.
 */
@Module({
  imports: [CatalogModule],
  controllers: [KpiExportController],
  providers: [KpiService, KpiResolver, KpiExportService, KpiRollupService],
  exports: [KpiService, KpiExportService, KpiRollupService],
})
export class InsightsModule implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Insights');
  private building: Promise<unknown> = Promise.resolve();
  private stopping = false;

  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly rollup: KpiRollupService,
    private readonly seeds: SeedRegistry,
  ) {}

  onModuleInit(): void {
    // A call recomputes each changed figure once, however many events it holds: a backlog (a bulk
    // import) is taken whole at each fetch rather than a recomputation per job.
    this.handlers.register(KPI_ROLLUP_QUEUE, [...KPI_EVENTS], (jobs) => this.rollup.onEvents(jobs), { batchSize: 500, coalesce: true });
    // Seeders write some rows without outbox events: the rollup is rebuilt once they are done.
    this.seeds.register({
      name: 'kpi rollup',
      order: 1000,
      hook: true,
      run: async () => `rebuilt in ${Math.round(await this.rollup.rebuild())} ms`,
    });
  }

  onApplicationBootstrap(): void {
    // In the background: until a figure is built, reports compute it from the base tables.
    this.building = this.rollup
      .buildMissing({ shouldStop: () => this.stopping })
      .catch((error: unknown) => this.logger.error(`Building the KPI rollup failed: ${String(error)}`));
  }

  /** A short-lived process (a CLI command) closes its connections only after the figure being built. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.building;
  }
}
