import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import { CurrentUser, DomainError, Principal, Public } from '@techbridge/platform';
import type { Response } from 'express';

import { assertYear } from '../kpi.service';
import { KpiScopeKind, resolveScope } from '../kpi-scope';
import { EXPORT_FORMATS, EXPORT_LISTS, EXPORT_ROUTE, ExportFormat, ExportList } from './export-links';
import { writeCsv, writeXlsx } from './export-writer';
import { KpiExportService } from './kpi-export.service';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };
const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Downloads of the scoreboard and its lists: `GET /insights/exports/{report|contracts|deals}.{csv|xlsx}?year=&scope=&organizationId=&brokerId=`
 * with `Authorization: Bearer <accessToken>`. The same scope rules as `kpis` apply. Errors answer
 * `{ "error": { "code", "message" } }` with the matching HTTP status.
 */
@Controller(EXPORT_ROUTE)
export class KpiExportController {
  private readonly logger = new Logger(KpiExportController.name);

  constructor(private readonly exports: KpiExportService) {}

  // Public only so that a missing token is answered here as a 401 with a code, not by the GraphQL-shaped guard error.
  @Public()
  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query() query: Record<string, string | undefined>,
    @CurrentUser() principal: Principal | null,
    @Res() res: Response,
  ): Promise<void> {
    const refuse = (code: string, message: string): void => {
      res.status(STATUS[code] ?? 400).json({ error: { code, message } });
    };
    if (!principal) return refuse('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <accessToken>');
    const match = /^([a-z]+)\.([a-z]+)$/.exec(file);
    const list = match?.[1] as ExportList | undefined;
    const format = match?.[2] as ExportFormat | undefined;
    if (!list || !format || !EXPORT_LISTS.includes(list) || !EXPORT_FORMATS.includes(format)) {
      return refuse('NOT_FOUND', `No such export; try one of ${EXPORT_LISTS.flatMap((l) => EXPORT_FORMATS.map((f) => `${l}.${f}`)).join(', ')}`);
    }
    if (query.scope !== undefined && !(Object.values(KpiScopeKind) as string[]).includes(query.scope))
      return refuse('BAD_USER_INPUT', `Unknown scope "${query.scope}"`);
    const year = Number(query.year);
    let table;
    try {
      assertYear(year);
      const scope = resolveScope(principal, { scope: query.scope as KpiScopeKind | undefined, organizationId: query.organizationId, brokerId: query.brokerId });
      table = this.exports.table(list, year, scope);
    } catch (error) {
      if (error instanceof DomainError) return refuse(error.code, error.message);
      throw error;
    }
    res.status(200);
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="${list}-${year}.${format}"`);
    res.setHeader('cache-control', 'no-store');
    try {
      if (format === 'csv') await writeCsv(res, table.columns, table.rows);
      else await writeXlsx(res, table.sheetName, table.columns, table.rows);
      if (!res.writableEnded) res.end();
    } catch (error) {
      // The status line is gone already: cut the download short so the client sees a broken file, not a complete one.
      this.logger.error(`Export ${file} failed: ${(error as Error).message}`);
      res.destroy(error as Error);
    }
  }
}
