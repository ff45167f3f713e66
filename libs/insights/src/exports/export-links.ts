import { KpiScope, scopeParams } from '../kpi-scope';

/** Where the downloads are served (GET, Bearer token). */
export const EXPORT_ROUTE = 'insights/exports';
export const EXPORT_LISTS = ['report', 'contracts', 'deals'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportUrl(list: ExportList, format: ExportFormat, year: number, scope: KpiScope): string {
  const query = new URLSearchParams({ year: String(year), ...scopeParams(scope) });
  return `/${EXPORT_ROUTE}/${list}.${format}?${query.toString()}`;
}

export function exportUrls(year: number, scope: KpiScope) {
  const url = (list: ExportList, format: ExportFormat): string => exportUrl(list, format, year, scope);
  return {
    reportCsv: url('report', 'csv'),
    reportXlsx: url('report', 'xlsx'),
    contractsCsv: url('contracts', 'csv'),
    contractsXlsx: url('contracts', 'xlsx'),
    dealsCsv: url('deals', 'csv'),
    dealsXlsx: url('deals', 'xlsx'),
  };
}
