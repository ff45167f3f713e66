import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { KpiService, yearBounds } from '../kpi.service';
import { KpiScope, KpiScopeKind } from '../kpi-scope';
import { ExportList } from './export-links';
import { ExportCell, ExportColumn } from './export-writer';

export const EXPORT_BATCH_SIZE = 1000;

export interface ExportTable {
  sheetName: string;
  columns: ExportColumn[];
  rows: AsyncIterable<ExportCell[]>;
}

const SHANGHAI = (column: string): string => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS')`;

/** The report and its underlying lists as rows, read in keyset-paged batches so no list is ever held whole in memory. */
@Injectable()
export class KpiExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kpis: KpiService,
  ) {}

  table(list: ExportList, year: number, scope: KpiScope): ExportTable {
    switch (list) {
      case 'report':
        return { sheetName: `KPI ${year}`, columns: REPORT_COLUMNS, rows: this.reportRows(year, scope) };
      case 'contracts':
        return { sheetName: `Contracts ${year}`, columns: CONTRACT_COLUMNS, rows: this.contractRows(year, scope) };
      case 'deals':
        return { sheetName: `Deals ${year}`, columns: DEAL_COLUMNS, rows: this.dealRows(year, scope) };
    }
  }

  private async *reportRows(year: number, scope: KpiScope): AsyncGenerator<ExportCell[]> {
    const report = await this.kpis.report(year, scope);
    for (const figure of report.figures) {
      yield [figure.key, figure.labelZh, figure.labelEn, figure.value, figure.target, figure.share, figure.resultClass, figure.measure];
    }
  }

  private contractRows(year: number, scope: KpiScope): AsyncGenerator<ExportCell[]> {
    return this.keyset(
      year,
      scope,
      `SELECT c.contract_no, ${SHANGHAI('c.signed_at')} AS signed, c.type, c.amount::text AS amount, c.deal_id, d.field_code,
              ow.name AS owner_name, en.name AS enterprise_name, u.display_name AS broker_name,
              c.signed_at::text AS k_at, c.deal_id AS k_id
         FROM brokerage_deal_contract_v c JOIN brokerage_deal_v d ON d.id = c.deal_id
         JOIN identity_organization_v ow ON ow.id = d.owner_org_id
         LEFT JOIN identity_organization_v en ON en.id = d.enterprise_org_id
         LEFT JOIN identity_user_v u ON u.id = d.broker_id
        WHERE c.signed_at >= $1 AND c.signed_at < $2 AND (c.signed_at, c.deal_id) > ($3::timestamptz, $4::uuid) AND %SCOPE%
        ORDER BY c.signed_at, c.deal_id LIMIT ${EXPORT_BATCH_SIZE}`,
      (row) => [row.contract_no, row.signed, row.type, row.amount, row.deal_id, row.field_code, row.owner_name, row.enterprise_name, row.broker_name],
    );
  }

  private dealRows(year: number, scope: KpiScope): AsyncGenerator<ExportCell[]> {
    return this.keyset(
      year,
      scope,
      `SELECT d.id, ${SHANGHAI('d.created_at')} AS opened, d.stage, d.field_code, ow.name AS owner_name, en.name AS enterprise_name,
              u.display_name AS broker_name, c.amount::text AS amount,
              (SELECT string_agg(s.to_stage || ' ' || ${SHANGHAI('s.at')}, ' → ' ORDER BY s.at, s.id) FROM brokerage_deal_stage_change_v s WHERE s.deal_id = d.id) AS stages,
              d.created_at::text AS k_at, d.id AS k_id
         FROM brokerage_deal_v d
         JOIN identity_organization_v ow ON ow.id = d.owner_org_id
         LEFT JOIN identity_organization_v en ON en.id = d.enterprise_org_id
         LEFT JOIN identity_user_v u ON u.id = d.broker_id
         LEFT JOIN brokerage_deal_contract_v c ON c.deal_id = d.id
        WHERE d.created_at >= $1 AND d.created_at < $2 AND (d.created_at, d.id) > ($3::timestamptz, $4::uuid) AND %SCOPE%
        ORDER BY d.created_at, d.id LIMIT ${EXPORT_BATCH_SIZE}`,
      (row) => [row.id, row.opened, row.stage, row.stages, row.field_code, row.owner_name, row.enterprise_name, row.broker_name, row.amount],
    );
  }

  /** Pages through `sql` by its (k_at, k_id) key; the key travels as text so microseconds survive. */
  private async *keyset(year: number, scope: KpiScope, sql: string, map: (row: Record<string, string | null>) => ExportCell[]): AsyncGenerator<ExportCell[]> {
    const [from, to] = yearBounds(year);
    const condition = dealScope(scope);
    const statement = sql.replace('%SCOPE%', condition.sql);
    let after: [string, string] = ['-infinity', '00000000-0000-0000-0000-000000000000'];
    for (;;) {
      const rows = (await this.dataSource.query(statement, [from, to, ...after, ...condition.params])) as Record<string, string | null>[];
      for (const row of rows) yield map(row);
      if (rows.length < EXPORT_BATCH_SIZE) return;
      const last = rows[rows.length - 1];
      after = [last.k_at!, last.k_id!];
    }
  }
}

function dealScope(scope: KpiScope): { sql: string; params: string[] } {
  switch (scope.kind) {
    case KpiScopeKind.CITY:
      return { sql: 'true', params: [] };
    case KpiScopeKind.ORGANIZATION:
      return { sql: '(d.owner_org_id = $5::uuid OR d.enterprise_org_id = $5::uuid)', params: [scope.organizationId] };
    case KpiScopeKind.BROKER:
      return { sql: 'd.broker_id = $5::uuid', params: [scope.brokerId] };
  }
}

export const REPORT_COLUMNS: ExportColumn[] = [
  { zh: '指标键', en: 'Key' },
  { zh: '指标', en: 'Indicator' },
  { zh: '指标（英文）', en: 'Indicator (English)' },
  { zh: '实际值', en: 'Actual', type: 'number' },
  { zh: '年度目标', en: 'Target', type: 'number' },
  { zh: '完成率', en: 'Share reached', type: 'number' },
  { zh: '成果类别', en: 'Result class' },
  { zh: '转化举措', en: 'Measure' },
];

export const CONTRACT_COLUMNS: ExportColumn[] = [
  { zh: '合同编号', en: 'Contract no.' },
  { zh: '签订时间', en: 'Signed at (Asia/Shanghai)' },
  { zh: '合同类型', en: 'Contract type' },
  { zh: '合同金额（元）', en: 'Amount (CNY)', type: 'number' },
  { zh: '交易编号', en: 'Deal ID' },
  { zh: '技术领域', en: 'Field code' },
  { zh: '成果方', en: 'Result owner' },
  { zh: '需求方', en: 'Enterprise' },
  { zh: '技术经纪人', en: 'Broker' },
];

export const DEAL_COLUMNS: ExportColumn[] = [
  { zh: '交易编号', en: 'Deal ID' },
  { zh: '开立时间', en: 'Opened at (Asia/Shanghai)' },
  { zh: '当前阶段', en: 'Stage' },
  { zh: '阶段记录', en: 'Stage history' },
  { zh: '技术领域', en: 'Field code' },
  { zh: '成果方', en: 'Result owner' },
  { zh: '需求方', en: 'Enterprise' },
  { zh: '技术经纪人', en: 'Broker' },
  { zh: '合同金额（元）', en: 'Contract amount (CNY)', type: 'number' },
];
