import { Module } from '@nestjs/common';
import { CatalogModule } from '@techbridge/catalog';
import { KpiExportController } from './exports/kpi-export.controller';
import { KpiExportService } from './exports/kpi-export.service';
import { KpiResolver } from './kpi.resolver';
import { KpiService } from './kpi.service';

/** The 3×4 scoreboard: yearly figures, targets, breakdowns, funnel and exports. Reads other libs' tables; owns only `kpi_target`. */
@Module({
  imports: [CatalogModule],
  controllers: [KpiExportController],
  providers: [KpiService, KpiResolver, KpiExportService],
  exports: [KpiService, KpiExportService],
})
export class InsightsModule {}
