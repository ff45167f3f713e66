import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TaxonomyService } from '@techbridge/catalog';
import { normaliseMoney, Principal } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { insightsError } from './insights.errors';
import { bucketSql, GroupedDimension, KpiDimension } from './kpi-buckets';
import { aggregateSql, DEFAULT_KPI_TARGETS, FUNNEL_STAGES, KPI_DEFINITIONS, KPI_KEYS, KpiDefinition, KpiMeasure, KpiResultClass } from './kpi-definitions';
import { KpiScope, KpiScopeKind, scopeCondition, scopeId } from './kpi-scope';
import { KpiRollupService } from './rollup/kpi-rollup.service';

/** One figure of a report or bucket: the actual value, and against the year's target the share reached. */
export interface KpiFigureData {
  key: string;
  labelZh: string;
  labelEn: string;
  resultClass: KpiResultClass | null;
  measure: KpiMeasure;
  cityWide: boolean;
  /** Exact decimal text (money keeps its cents). */
  value: string;
  actual: number;
  target: number | null;
  share: number | null;
}

export interface KpiReportData {
  year: number;
  scope: KpiScope;
  values: Record<string, string>;
  figures: KpiFigureData[];
}

export { KpiDimension };

export interface KpiBucketData {
  /** The bucket's value (`2025-03`, a district, `JL`, `JL.SSB`, `MAJOR_INNOVATION`, `MARKET`); null when the rows carry none. */
  bucket: string | null;
  label: string;
  figures: KpiFigureData[];
}

export interface FunnelStageData {
  key: string;
  labelZh: string;
  labelEn: string;
  count: number;
  /** Share of the previous stage's count; null for the first stage or after an empty one. */
  conversion: number | null;
}

export interface KpiFunnelData {
  stages: FunnelStageData[];
  medianDaysToFirstBrokerContact: number | null;
  medianDaysToContract: number | null;
}

export interface KpiTargetChange {
  key: string;
  target: number;
}

const CLASS_LABELS: Record<KpiResultClass, string> = {
  MAJOR_INNOVATION: '自主创新重大成果 Major innovation',
  INDUSTRIAL_INNOVATION: '产业科技创新成果 Industrial innovation',
  ENTERPRISE_DEMAND: '企业需求技术成果 Enterprise demand',
};
const MEASURE_LABELS: Record<KpiMeasure, string> = {
  MARKET: '技术交易市场 Technology trading market',
  BROKERS: '技术经纪人队伍 Broker workforce',
  PILOT: '中试服务平台 Pilot-scale platforms',
  EVENTS: '产学研对接活动 Matchmaking events',
};
const MEASURES: readonly KpiMeasure[] = ['MARKET', 'BROKERS', 'PILOT', 'EVENTS'];

interface BucketRow {
  key: string;
  bucket: string | null;
  value: string;
}

/** Asia/Shanghai has no daylight saving: a year starts at 16:00 UTC on 31 December. */
export function yearBounds(year: number): [Date, Date] {
  const offset = 8 * 3600_000;
  return [new Date(Date.UTC(year, 0, 1) - offset), new Date(Date.UTC(year + 1, 0, 1) - offset)];
}

export function assertYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw insightsError('INVALID_YEAR', 'The year must be between 2000 and 2100', { [field]: ['must be between 2000 and 2100'] });
}

const quote = (key: string): string => `"${key}"`;

/**
 * Computes the scoreboard from the definitions in `kpi-definitions.ts`: one statement per report
 * (every figure a subquery over its date index), plus breakdowns, the funnel and targets.
 */
@Injectable()
export class KpiService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly rollup: KpiRollupService,
  ) {}

  async report(year: number, scope: KpiScope): Promise<KpiReportData> {
    assertYear(year);
    const [targets, rolled] = await Promise.all([this.targets(year), this.rollup.yearValues(year)]);
    const values: Record<string, string> = {};
    // The rollup holds city-wide figures; a scoped report, a city-wide figure in it, or a figure not built yet reads the base tables.
    const direct = KPI_DEFINITIONS.filter((definition) => {
      const fromRollup = (scope.kind === KpiScopeKind.CITY || definition.cityWide) && rolled.get(definition.key);
      if (fromRollup) values[definition.key] = fromRollup;
      return !fromRollup;
    });
    if (direct.length > 0) {
      const { params, param } = this.params(year, scope);
      const columns = direct.map(
        (definition) =>
          `(SELECT ${aggregateSql(definition)} FROM (${definition.facts}) f WHERE ${scopeCondition(scope, param, definition.cityWide)})::text AS ${quote(definition.key)}`,
      );
      const [row] = (await this.dataSource.query(`SELECT ${columns.join(',\n')}`, params)) as Record<string, string>[];
      Object.assign(values, row);
    }
    return {
      year,
      scope,
      values,
      figures: KPI_DEFINITIONS.map((definition) => this.figure(definition, values[definition.key], targets.get(definition.key) ?? null)),
    };
  }

  /** The same figures per bucket of a dimension; buckets sorted by their value. Targets are yearly, so buckets carry none. */
  async breakdown(year: number, scope: KpiScope, dimension: KpiDimension): Promise<KpiBucketData[]> {
    assertYear(year);
    if (dimension === KpiDimension.MEASURE) {
      const report = await this.report(year, scope);
      return MEASURES.map((measure) => ({
        bucket: measure,
        label: MEASURE_LABELS[measure],
        figures: report.figures.filter((figure) => figure.measure === measure),
      }));
    }
    // City-wide figures come from the cube where it covers the year; the rest (a scope's, a year outside it, a figure not built yet) from the base tables.
    const covered = await this.rollup.cubeFigures(year);
    const cubed = new Set(
      KPI_DEFINITIONS.filter((definition) => covered.has(definition.key) && (scope.kind === KpiScopeKind.CITY || definition.cityWide)).map(
        (definition) => definition.key,
      ),
    );
    const live = KPI_DEFINITIONS.filter((definition) => !cubed.has(definition.key));
    const [fromCube, fromBase] = await Promise.all([this.cubeBreakdown(year, dimension, cubed), this.liveBreakdown(year, scope, dimension, live)]);
    const rows = [...fromCube, ...fromBase];
    const buckets = new Map<string | null, Map<string, string>>();
    for (const row of rows) {
      if (!buckets.has(row.bucket)) buckets.set(row.bucket, new Map());
      buckets.get(row.bucket)!.set(row.key, row.value);
    }
    const order = [...buckets.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
    return order.map((key) => ({
      bucket: key,
      label: this.bucketLabel(dimension, key),
      figures: KPI_DEFINITIONS.map((definition) => this.figure(definition, buckets.get(key)!.get(definition.key) ?? '0', null)),
    }));
  }

  private async cubeBreakdown(year: number, dimension: GroupedDimension, figures: ReadonlySet<string>): Promise<BucketRow[]> {
    if (figures.size === 0) return [];
    return (await this.dataSource.query(
      `SELECT figure AS key, bucket, value::text AS value FROM kpi_cube WHERE year = $1 AND dimension = $2 AND figure = ANY($3)`,
      [year, dimension, [...figures]],
    )) as BucketRow[];
  }

  private async liveBreakdown(year: number, scope: KpiScope, dimension: GroupedDimension, definitions: readonly KpiDefinition[]): Promise<BucketRow[]> {
    if (definitions.length === 0) return [];
    const { params, param } = this.params(year, scope);
    const { bucket, join } = bucketSql(dimension);
    const parts = definitions.map(
      (definition) =>
        `SELECT '${definition.key}' AS key, ${bucket} AS bucket, ${aggregateSql(definition)}::text AS value
           FROM (${definition.facts}) f ${join} WHERE ${scopeCondition(scope, param, definition.cityWide)} GROUP BY 2`,
    );
    return (await this.dataSource.query(parts.join('\nUNION ALL\n'), params)) as BucketRow[];
  }

  /** Collected → published → matched → deal → contract (distinct results per stage in the year), and median days between stages. */
  async funnel(year: number, scope: KpiScope): Promise<KpiFunnelData> {
    assertYear(year);
    const { params, param } = this.params(year, scope);
    // The city's stage counts come from the cube where it covers the year; the median days stay over the year's deals, one join each
    // (a hash join of the year's deals with their stage changes, rather than a lookup per deal).
    const covered = scope.kind === KpiScopeKind.CITY ? await this.rollup.cubeFigures(year) : new Set<string>();
    const cubed = FUNNEL_STAGES.filter((stage) => stage.stageOf !== undefined && covered.has(stage.stageOf)).map((stage) => stage.key);
    const counts = new Map<string, number>();
    if (cubed.length > 0) {
      const rows = (await this.dataSource.query(`SELECT figure, value::int AS n FROM kpi_cube WHERE year = $1 AND dimension = 'YEAR' AND figure = ANY($2)`, [
        year,
        cubed,
      ])) as { figure: string; n: number }[];
      for (const key of cubed) counts.set(key, 0);
      for (const row of rows) counts.set(row.figure, Number(row.n));
    }
    const columns = FUNNEL_STAGES.filter((stage) => !counts.has(stage.key)).map(
      (stage) => `(SELECT ${aggregateSql(stage)} FROM (${stage.facts}) f WHERE ${scopeCondition(scope, param)})::int AS ${quote(stage.key)}`,
    );
    const dealScope = scopeCondition(scope, param)
      .replaceAll('f.org_a', 'd.owner_org_id')
      .replaceAll('f.org_b', 'd.enterprise_org_id')
      .replaceAll('f.broker_id', 'd.broker_id');
    const [row] = (await this.dataSource.query(
      `SELECT ${columns.map((column) => `${column}, `).join('')}
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM first.at - first.created_at) / 86400)
           FROM (SELECT d.created_at, min(s.at) AS at
                   FROM brokerage_deal_v d JOIN brokerage_deal_stage_change_v s ON s.deal_id = d.id AND s.by_user_id = d.broker_id
                  WHERE d.created_at >= $1 AND d.created_at < $2 AND ${dealScope}
                  GROUP BY d.id, d.created_at) first) AS "toContact",
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM c.signed_at - d.created_at) / 86400)
           FROM brokerage_deal_contract_v c JOIN brokerage_deal_v d ON d.id = c.deal_id
          WHERE c.signed_at >= $1 AND c.signed_at < $2 AND ${dealScope}) AS "toContract"`,
      params,
    )) as Record<string, number | null>[];
    let previous: number | null = null;
    const stages = FUNNEL_STAGES.map((stage) => {
      const count = counts.get(stage.key) ?? Number(row[stage.key]);
      const conversion = previous ? count / previous : null;
      previous = count;
      return { key: stage.key, labelZh: stage.labelZh, labelEn: stage.labelEn, count, conversion };
    });
    const days = (value: number | null): number | null => (value === null ? null : Math.round(Number(value) * 100) / 100);
    return { stages, medianDaysToFirstBrokerContact: days(row.toContact), medianDaysToContract: days(row.toContract) };
  }

  /** The year's targets: the administrators' where set, else the defaults. */
  async targets(year: number): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(`SELECT key, target::float8 AS target FROM kpi_target WHERE year = $1`, [year])) as {
      key: string;
      target: number;
    }[];
    const targets = new Map(Object.entries(DEFAULT_KPI_TARGETS));
    for (const row of rows) if (KPI_KEYS.has(row.key)) targets.set(row.key, row.target);
    return targets;
  }

  /** Sets (or replaces) targets for a year; every key must be a defined figure and every target ≥ 0. */
  async setTargets(year: number, changes: readonly KpiTargetChange[], principal: Principal): Promise<void> {
    assertYear(year);
    const seen = new Set<string>();
    changes.forEach((change, index) => {
      if (!KPI_KEYS.has(change.key)) {
        throw insightsError('UNKNOWN_KPI', `Unknown KPI key "${change.key}"; known keys: ${[...KPI_KEYS].join(', ')}`, {
          [`targets.${index}.key`]: [`unknown KPI key "${change.key}"`],
        });
      }
      if (seen.has(change.key))
        throw insightsError('INVALID_TARGET', `KPI key "${change.key}" is given twice`, { [`targets.${index}.key`]: [`"${change.key}" is given twice`] });
      seen.add(change.key);
      if (!Number.isFinite(change.target) || change.target < 0 || change.target >= 1e16) {
        throw insightsError('INVALID_TARGET', `The target of "${change.key}" must be a number ≥ 0`, { [`targets.${index}.target`]: ['must be a number ≥ 0'] });
      }
    });
    if (changes.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO kpi_target (year, key, target, updated_by)
       SELECT $1, x.key, x.target, $3 FROM jsonb_to_recordset($2::jsonb) AS x(key text, target numeric)
       ON CONFLICT (year, key) DO UPDATE SET target = EXCLUDED.target, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [year, JSON.stringify(changes.map((change) => ({ key: change.key, target: Math.round(change.target * 100) / 100 }))), principal.userId],
    );
  }

  private params(year: number, scope: KpiScope): { params: unknown[]; param: string } {
    const [from, to] = yearBounds(year);
    const id = scopeId(scope);
    return id === null ? { params: [from, to], param: 'NULL' } : { params: [from, to, id], param: '$3::uuid' };
  }

  private figure(definition: KpiDefinition, value: string, target: number | null): KpiFigureData {
    const actual = Number(value);
    return {
      key: definition.key,
      labelZh: definition.labelZh,
      labelEn: definition.labelEn,
      resultClass: definition.resultClass,
      measure: definition.measure,
      cityWide: definition.cityWide ?? false,
      value: definition.money ? normaliseMoney(value) : value,
      actual,
      target,
      share: target && target > 0 ? Math.round((actual / target) * 10000) / 10000 : null,
    };
  }

  private bucketLabel(dimension: KpiDimension, bucket: string | null): string {
    if (bucket === null) return '未注明 Not stated';
    switch (dimension) {
      case KpiDimension.CHAIN:
      case KpiDimension.FIELD: {
        const node = this.taxonomy.find(bucket);
        return node ? `${node.nameZh} ${node.nameEn}` : bucket;
      }
      case KpiDimension.RESULT_CLASS:
        return CLASS_LABELS[bucket as KpiResultClass] ?? bucket;
      case KpiDimension.MEASURE:
        return MEASURE_LABELS[bucket as KpiMeasure] ?? bucket;
      case KpiDimension.MONTH:
      case KpiDimension.DISTRICT:
        return bucket;
    }
  }
}
