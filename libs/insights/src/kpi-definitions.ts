/**
 * The 3×4 scoreboard's figures, defined once. Every report, breakdown and export reads these
 * definitions; nothing else in the code decides what a figure counts.
 *
 * A definition is a "facts" query: the rows that make up the figure in one year, each row with
 * the same columns so that scoping and breakdowns are generic:
 *
 *   at            timestamptz  the instant the row counts at (its month bucket)
 *   org_a         uuid         the home organization (its district is the district bucket)
 *   org_b         uuid         the other party, if any (organization scope matches either)
 *   broker_id     uuid         the broker whose pipeline it belongs to (broker scope), else NULL
 *   field_code    text         industry field (`JL.SSB`; its chain is the part before the dot)
 *   result_class  text         one of the three classes, when the row has one
 *   item          uuid         what `distinct` figures count once
 *   amount        numeric      what `sum` figures add up
 *
 * Query parameters: $1 = start of the year, $2 = start of the next year (both Asia/Shanghai
 * midnight); $3 is left for the scope's id. Years are calendar years in Asia/Shanghai.
 */

import { DomainEventType } from '@techbridge/platform';

import { bucketSql, GROUPED_DIMENSIONS } from './kpi-buckets';

/** The "3": the class of result a figure tracks; null when it spans all three. */
export type KpiResultClass = 'MAJOR_INNOVATION' | 'INDUSTRIAL_INNOVATION' | 'ENTERPRISE_DEMAND';
/** The "4": the conversion measure a figure belongs to. */
export type KpiMeasure = 'MARKET' | 'BROKERS' | 'PILOT' | 'EVENTS';

export interface KpiDefinition {
  key: string;
  labelZh: string;
  labelEn: string;
  resultClass: KpiResultClass | null;
  measure: KpiMeasure;
  aggregate: 'count' | 'distinct' | 'sum';
  /** Money figure: the value is an exact decimal string. */
  money?: boolean;
  /** City-wide whatever the caller's scope (public facts such as events held). */
  cityWide?: boolean;
  facts: string;
  /**
   * The city-wide daily rollup (`kpi_daily` rows: day, item, n, amount) when it cannot be derived
   * from `facts` over all time (see `dailySql`).
   */
  daily?: string;
  /** Outbox events after which the figure may have changed (the rollup recomputes it). */
  events: readonly DomainEventType[];
  /** A funnel stage: the figure whose facts it counts (its cube rows are refreshed with that figure's). */
  stageOf?: string;
}

interface Facts {
  at: string;
  orgA?: string;
  orgB?: string;
  broker?: string;
  field?: string;
  resultClass?: string;
  item: string;
  amount?: string;
  from: string;
  where: string;
}

function facts(f: Facts): string {
  return `SELECT ${f.at} AS at, ${f.orgA ?? 'NULL::uuid'} AS org_a, ${f.orgB ?? 'NULL::uuid'} AS org_b, ${f.broker ?? 'NULL::uuid'} AS broker_id,
    ${f.field ?? 'NULL::text'} AS field_code, ${f.resultClass ?? 'NULL::text'} AS result_class, ${f.item} AS item, ${f.amount ?? 'NULL::numeric'} AS amount
    FROM ${f.from} WHERE ${f.where}`;
}

const inYear = (column: string): string => `${column} >= $1 AND ${column} < $2`;

const result = (at: string, where: string): string =>
  facts({ at, orgA: 'r.owner_id', field: 'r.field_code', resultClass: 'r.result_class', item: 'r.id', from: 'catalog_result_v r', where });

/** Deal columns shared by every deal-based figure: the enterprise side is the home organization. */
const dealColumns = {
  orgA: 'COALESCE(d.enterprise_org_id, d.owner_org_id)',
  orgB: 'd.owner_org_id',
  broker: 'd.broker_id',
  field: 'd.field_code',
  resultClass: 'r.result_class',
};
const contracts = (amount: boolean): string =>
  facts({
    ...dealColumns,
    at: 'c.signed_at',
    item: 'c.deal_id',
    amount: amount ? 'c.amount' : undefined,
    from: 'brokerage_deal_contract_v c JOIN brokerage_deal_v d ON d.id = c.deal_id LEFT JOIN catalog_result_v r ON r.id = d.result_id',
    where: inYear('c.signed_at'),
  });

/** What the catalog, brokerage, matching, events and pilot libs append to the outbox when a figure's rows change. */
const RESULT_EVENTS: DomainEventType[] = [
  'result.submitted',
  'result.evaluated',
  'result.published',
  'result.rejected',
  'result.withdrawn',
  'result.selected',
  'result.updated',
];
const NEED_EVENTS: DomainEventType[] = ['need.published', 'need.status_changed', 'need.closed'];
const DEAL_EVENTS: DomainEventType[] = ['deal.opened', 'deal.stage_changed', 'contract.signed'];

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    key: 'resultsCollected',
    events: RESULT_EVENTS,
    labelZh: '征集成果数',
    labelEn: 'Results collected',
    resultClass: null,
    measure: 'MARKET',
    aggregate: 'count',
    // Submitted for evaluation (SUBMITTED or any later status), by submission date.
    facts: result('r.submitted_at', `${inYear('r.submitted_at')} AND r.status <> 'DRAFT'`),
  },
  {
    key: 'resultsEvaluated',
    events: RESULT_EVENTS,
    labelZh: '评价成果数',
    labelEn: 'Results evaluated',
    resultClass: null,
    measure: 'MARKET',
    aggregate: 'count',
    facts: result('r.evaluated_at', inYear('r.evaluated_at')),
  },
  {
    key: 'resultsPublished',
    events: RESULT_EVENTS,
    labelZh: '发布成果数',
    labelEn: 'Results published',
    resultClass: null,
    measure: 'MARKET',
    aggregate: 'count',
    facts: result('r.published_at', inYear('r.published_at')),
  },
  {
    key: 'majorResultsSelected',
    events: RESULT_EVENTS,
    labelZh: '遴选自主创新重大成果数',
    labelEn: 'Major innovation results selected',
    resultClass: 'MAJOR_INNOVATION',
    measure: 'MARKET',
    aggregate: 'count',
    // Selection has a year, not a date: the month is the publication's when it falls in that year.
    facts: result(
      `CASE WHEN ${inYear('r.published_at')} THEN r.published_at ELSE $1::timestamptz END`,
      `r.selected_year = EXTRACT(YEAR FROM $1::timestamptz AT TIME ZONE 'Asia/Shanghai')::int AND r.result_class = 'MAJOR_INNOVATION'`,
    ),
    // In the rollup a selection counts on 1 January of its year: only the yearly total is read from it.
    daily: `SELECT make_date(r.selected_year, 1, 1) AS day, NULL::uuid AS item, count(*) AS n, NULL::numeric AS amount
      FROM catalog_result_v r WHERE r.selected_year IS NOT NULL AND r.result_class = 'MAJOR_INNOVATION' GROUP BY 1`,
  },
  {
    key: 'industrialProjects',
    events: RESULT_EVENTS,
    labelZh: '产业科技创新项目数',
    labelEn: 'Industrial innovation projects',
    resultClass: 'INDUSTRIAL_INNOVATION',
    measure: 'MARKET',
    aggregate: 'count',
    facts: result('r.published_at', `${inYear('r.published_at')} AND r.result_class = 'INDUSTRIAL_INNOVATION'`),
  },
  {
    key: 'needsCollected',
    events: NEED_EVENTS,
    labelZh: '征集企业需求数',
    labelEn: 'Enterprise needs collected',
    resultClass: 'ENTERPRISE_DEMAND',
    measure: 'BROKERS',
    aggregate: 'count',
    facts: facts({
      at: 'n.published_at',
      orgA: 'n.enterprise_id',
      field: 'n.field_code',
      resultClass: `'ENTERPRISE_DEMAND'::text`,
      item: 'n.id',
      from: 'catalog_need_v n',
      where: inYear('n.published_at'),
    }),
  },
  {
    key: 'needsLinked',
    events: DEAL_EVENTS,
    labelZh: '对接企业需求数',
    labelEn: 'Enterprise needs linked',
    resultClass: 'ENTERPRISE_DEMAND',
    measure: 'BROKERS',
    aggregate: 'distinct',
    // A need with at least one deal opened in the year, counted once.
    facts: facts({
      ...dealColumns,
      resultClass: `'ENTERPRISE_DEMAND'::text`,
      at: 'd.created_at',
      item: 'd.need_id',
      from: 'brokerage_deal_v d',
      where: `${inYear('d.created_at')} AND d.need_id IS NOT NULL`,
    }),
  },
  {
    key: 'matchesMade',
    events: ['match.status_changed'],
    labelZh: '成果需求匹配数',
    labelEn: 'Matches made',
    resultClass: null,
    measure: 'MARKET',
    aggregate: 'count',
    // Scored suggestions a party kept (shortlisted) or turned into a deal, by that status change.
    facts: facts({
      at: 'm.status_changed_at',
      orgA: 'n.enterprise_id',
      orgB: 'r.owner_id',
      field: 'r.field_code',
      resultClass: 'r.result_class',
      item: 'm.id',
      from: 'matching_match_v m LEFT JOIN catalog_result_v r ON r.id = m.result_id LEFT JOIN catalog_need_v n ON n.id = m.need_id',
      where: `${inYear('m.status_changed_at')} AND m.status IN ('SHORTLISTED','CONVERTED')`,
    }),
  },
  {
    key: 'dealsOpened',
    events: DEAL_EVENTS,
    labelZh: '开立交易数',
    labelEn: 'Deals opened',
    resultClass: null,
    measure: 'MARKET',
    aggregate: 'count',
    facts: facts({
      ...dealColumns,
      at: 'd.created_at',
      item: 'd.id',
      from: 'brokerage_deal_v d LEFT JOIN catalog_result_v r ON r.id = d.result_id',
      where: inYear('d.created_at'),
    }),
  },
  {
    key: 'contractsSigned',
    events: DEAL_EVENTS,
    labelZh: '签订技术合同数',
    labelEn: 'Contracts signed',
    resultClass: null,
    measure: 'MARKET',
    aggregate: 'count',
    facts: contracts(false),
  },
  {
    key: 'contractTurnover',
    events: DEAL_EVENTS,
    labelZh: '技术合同成交额（元）',
    labelEn: 'Contract turnover (CNY)',
    resultClass: null,
    measure: 'MARKET',
    aggregate: 'sum',
    money: true,
    facts: contracts(true),
  },
  {
    key: 'activeBrokers',
    events: DEAL_EVENTS,
    labelZh: '活跃技术经纪人数',
    labelEn: 'Active brokers',
    resultClass: null,
    measure: 'BROKERS',
    aggregate: 'distinct',
    // A certified broker who moved at least one deal (any recorded stage change) in the year.
    facts: facts({
      ...dealColumns,
      broker: 's.by_user_id',
      at: 's.at',
      item: 's.by_user_id',
      from: 'brokerage_deal_stage_change_v s JOIN identity_broker_v b ON b.user_id = s.by_user_id JOIN brokerage_deal_v d ON d.id = s.deal_id LEFT JOIN catalog_result_v r ON r.id = d.result_id',
      where: inYear('s.at'),
    }),
  },
  {
    key: 'eventsHeld',
    events: ['event.status_changed', 'event.scheduled'],
    labelZh: '举办对接活动数',
    labelEn: 'Matchmaking events held',
    resultClass: null,
    measure: 'EVENTS',
    aggregate: 'count',
    cityWide: true,
    facts: facts({ at: 'e.starts_at', item: 'e.id', from: 'events_event_v e', where: `${inYear('e.starts_at')} AND e.status = 'COMPLETED'` }),
  },
  {
    key: 'meetingsHeld',
    events: ['meeting.outcome_recorded', 'meeting.responded', 'event.scheduled'],
    labelZh: '一对一洽谈场次',
    labelEn: 'One-to-one meetings held',
    resultClass: null,
    measure: 'EVENTS',
    aggregate: 'count',
    facts: facts({
      at: 'mt.starts_at',
      orgA: 'mt.need_org_id',
      orgB: 'mt.result_org_id',
      broker: 'd.broker_id',
      field: 'r.field_code',
      resultClass: 'r.result_class',
      item: 'mt.id',
      from: 'events_meeting_v mt LEFT JOIN catalog_result_v r ON r.id = mt.result_id LEFT JOIN brokerage_deal_v d ON d.id = mt.deal_id',
      where: `${inYear('mt.starts_at')} AND mt.status = 'HELD'`,
    }),
  },
  {
    key: 'pilotBookingsCompleted',
    events: ['pilot.booking_completed', 'pilot.booking_approved', 'pilot.booking_declined'],
    labelZh: '完成中试服务数',
    labelEn: 'Pilot bookings completed',
    resultClass: null,
    measure: 'PILOT',
    aggregate: 'count',
    facts: facts({
      at: 'p.completed_at',
      orgA: 'r.owner_id',
      field: 'r.field_code',
      resultClass: 'r.result_class',
      item: 'p.id',
      from: 'pilot_booking_v p LEFT JOIN catalog_result_v r ON r.id = p.result_id',
      where: `${inYear('p.completed_at')} AND p.status = 'COMPLETED'`,
    }),
  },
];

export type KpiKey = (typeof KPI_DEFINITIONS)[number]['key'];
export const KPI_KEYS: ReadonlySet<string> = new Set(KPI_DEFINITIONS.map((definition) => definition.key));

export function kpiDefinition(key: string): KpiDefinition | undefined {
  return KPI_DEFINITIONS.find((definition) => definition.key === key);
}

/**
 * Yearly targets when an administrator has set none: the city's plan (≥ 10 major results
 * selected, ≈ 100 industrial innovation projects, ≥ 1,000 enterprise needs linked, ≈ 100 events).
 */
export const DEFAULT_KPI_TARGETS: Readonly<Record<string, number>> = {
  majorResultsSelected: 10,
  industrialProjects: 100,
  needsLinked: 1000,
  eventsHeld: 100,
};

/** SQL aggregate of a definition over its facts (aliased `f`). */
export function aggregateSql(definition: KpiDefinition): string {
  switch (definition.aggregate) {
    case 'count':
      return 'count(*)::numeric';
    case 'distinct':
      return 'count(DISTINCT f.item)::numeric';
    case 'sum':
      return 'COALESCE(sum(f.amount), 0)::numeric';
  }
}

/** Every outbox event type after which some figure may have changed. */
export const KPI_EVENTS: readonly DomainEventType[] = [...new Set(KPI_DEFINITIONS.flatMap((definition) => definition.events))].sort();

/** The funnel stages counting a figure's facts. */
export function stagesOf(key: string): KpiDefinition[] {
  return FUNNEL_STAGES.filter((stage) => stage.stageOf === key);
}

/** The figures an event may change. */
export function figuresChangedBy(types: readonly string[]): KpiDefinition[] {
  return KPI_DEFINITIONS.filter((definition) => definition.events.some((type) => types.includes(type)));
}

const DAY = `(f.at AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * The figure's city-wide daily rollup over all time: the facts with the year bounds opened to
 * ±infinity ($1, $2), counted per day; a `distinct` figure keeps one row per item and year (its
 * first day), so that a year's total is the number of its rows.
 */
export function dailySql(definition: KpiDefinition): string {
  if (definition.daily) return definition.daily;
  switch (definition.aggregate) {
    case 'count':
    case 'sum':
      return `SELECT ${DAY} AS day, NULL::uuid AS item, count(*) AS n, ${definition.aggregate === 'sum' ? 'COALESCE(sum(f.amount), 0)' : 'NULL::numeric'} AS amount
        FROM (${definition.facts}) f GROUP BY 1`;
    case 'distinct':
      return `SELECT min(${DAY}) AS day, f.item, 1 AS n, NULL::numeric AS amount
        FROM (${definition.facts}) f WHERE f.item IS NOT NULL GROUP BY EXTRACT(YEAR FROM f.at AT TIME ZONE 'Asia/Shanghai'), f.item`;
  }
}

/** The years a cube refresh covers: `$y0` … `$y1` as a set of rows (year, its start, the next year's start). */
const yearRows = (first: string, last: string): string =>
  `(SELECT year::int AS year, make_timestamptz(year::int, 1, 1, 0, 0, 0, 'Asia/Shanghai') AS from_at,
           make_timestamptz(year::int + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai') AS to_at
      FROM generate_series(${first}, ${last}) AS year) y`;

/** The facts evaluated once per cube year: the year bounds $1 and $2 become the lateral year's. */
const factsPerYear = (definition: KpiDefinition, first: string, last: string): string =>
  `${yearRows(first, last)} CROSS JOIN LATERAL (${definition.facts.replace(/\$([12])(?!\d)/g, (_, n: string) => (n === '1' ? 'y.from_at' : 'y.to_at'))}) f`;

/**
 * The figure's city-wide breakdowns by every grouped dimension over the years $1 … $2 ($3 is the
 * figure's key), in one pass over its facts: the facts evaluated per year, each row given its
 * bucket of every dimension as a yearly breakdown over the base tables computes it, then one
 * grouping set per dimension. The stored value is the one that breakdown would give.
 */
export function cubeSql(definition: KpiDefinition): string {
  const buckets = GROUPED_DIMENSIONS.map((dimension) => ({ dimension, column: `b_${dimension.toLowerCase()}`, ...bucketSql(dimension) }));
  const joins = [...new Set(buckets.map((bucket) => bucket.join).filter(Boolean))].join(' ');
  const rows = `SELECT y.year, f.item, f.amount, ${buckets.map((bucket) => `${bucket.bucket} AS ${bucket.column}`).join(', ')}
    FROM ${factsPerYear(definition, '$1::int', '$2::int')} ${joins}`;
  const dimension = `CASE ${buckets.map((bucket) => `WHEN GROUPING(f.${bucket.column}) = 0 THEN '${bucket.dimension}'`).join(' ')} END`;
  const bucket = `CASE ${buckets.map((bucket) => `WHEN GROUPING(f.${bucket.column}) = 0 THEN f.${bucket.column}`).join(' ')} END`;
  return `SELECT $3::text AS figure, f.year, ${dimension} AS dimension, ${bucket} AS bucket, ${aggregateSql(definition)} AS value
    FROM (${rows}) f
    GROUP BY f.year, GROUPING SETS (${buckets.map((bucket) => `(f.${bucket.column})`).join(', ')})`;
}

/** A funnel stage's yearly count over the years $1 … $2 ($3 is the stage's key), as dimension `YEAR` without a bucket. */
export function stageCubeSql(stage: KpiDefinition): string {
  return `SELECT $3::text AS figure, y.year, 'YEAR' AS dimension, NULL::text AS bucket, ${aggregateSql(stage)} AS value
    FROM ${factsPerYear(stage, '$1::int', '$2::int')} GROUP BY y.year`;
}

/**
 * The funnel's stages (collected → published → matched → deal → contract), as facts in the same
 * shape, each counting distinct results (`item` is the result id).
 */
function must(key: string): KpiDefinition {
  const definition = kpiDefinition(key);
  if (!definition) throw new Error(`No KPI definition ${key}`);
  return definition;
}

export const FUNNEL_STAGES: readonly KpiDefinition[] = [
  { ...must('resultsCollected'), key: 'collected', stageOf: 'resultsCollected', labelZh: '征集', labelEn: 'Collected', aggregate: 'distinct' },
  { ...must('resultsPublished'), key: 'published', stageOf: 'resultsPublished', labelZh: '发布', labelEn: 'Published', aggregate: 'distinct' },
  {
    ...must('matchesMade'),
    key: 'matched',
    stageOf: 'matchesMade',
    labelZh: '匹配',
    labelEn: 'Matched',
    aggregate: 'distinct',
    facts: must('matchesMade').facts.replace('m.id AS item', 'm.result_id AS item'),
  },
  {
    ...must('dealsOpened'),
    key: 'deal',
    stageOf: 'dealsOpened',
    labelZh: '交易',
    labelEn: 'Deal opened',
    aggregate: 'distinct',
    facts: must('dealsOpened').facts.replace('d.id AS item', 'd.result_id AS item'),
  },
  {
    ...must('contractsSigned'),
    key: 'contract',
    stageOf: 'contractsSigned',
    labelZh: '签约',
    labelEn: 'Contract signed',
    aggregate: 'distinct',
    facts: must('contractsSigned').facts.replace('c.deal_id AS item', 'd.result_id AS item'),
  },
];
