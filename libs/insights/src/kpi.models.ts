import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResultClass } from '@techbridge/catalog';
import { MoneyScalar } from '@techbridge/platform';
import { IsNumber, IsString, Min } from 'class-validator';

import { KpiDimension } from './kpi.service';
import { KpiScope, KpiScopeKind } from './kpi-scope';

export enum KpiMeasureEnum {
  MARKET = 'MARKET',
  BROKERS = 'BROKERS',
  PILOT = 'PILOT',
  EVENTS = 'EVENTS',
}
registerEnumType(KpiMeasureEnum, {
  name: 'KpiMeasure',
  description: 'The "4": the conversion measure a figure belongs to.',
  valuesMap: {
    MARKET: { description: 'Technology trading market 技术交易市场: catalogue, matches, deals, contracts, turnover.' },
    BROKERS: { description: 'Broker workforce 技术经纪人队伍: enterprise needs mined and linked, active brokers.' },
    PILOT: { description: 'Pilot-scale platforms 中试服务平台: bookings completed.' },
    EVENTS: { description: 'Matchmaking events 产学研对接活动: events and one-to-one meetings held.' },
  },
});

registerEnumType(KpiDimension, {
  name: 'KpiDimension',
  description: 'How a KPI breakdown groups the figures.',
  valuesMap: {
    MONTH: { description: 'Calendar month (Asia/Shanghai), `YYYY-MM`.' },
    DISTRICT: { description: "The home organization's district (the owner for results, the enterprise for needs and deals)." },
    CHAIN: { description: 'Industry chain plan (the part of the field code before the dot, e.g. `JL`).' },
    FIELD: { description: 'Industry field code (e.g. `JL.SSB`).' },
    RESULT_CLASS: { description: 'The "3": class of research result (needs count as ENTERPRISE_DEMAND).' },
    MEASURE: { description: 'The "4": figures grouped by conversion measure.' },
  },
});

@ObjectType('KpiFigure', { description: 'One scoreboard figure with its yearly target and the share of it reached.' })
export class KpiFigureModel {
  @Field({ description: 'Stable key, as used by setKpiTargets (e.g. `needsLinked`).' })
  key!: string;

  @Field({ description: 'Chinese label followed by the English one.' })
  label!: string;

  @Field()
  labelZh!: string;

  @Field()
  labelEn!: string;

  @Field(() => Float)
  actual!: number;

  @Field(() => String, { description: 'The exact value as decimal text (money keeps its cents).' })
  value!: string;

  @Field(() => Float, { nullable: true, description: 'The yearly target; null when none is set.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'actual / target (1 = reached); null without a positive target.' })
  share!: number | null;

  @Field(() => ResultClass, { nullable: true, description: 'The "3" the figure tracks; null when it spans all three classes.' })
  resultClass!: string | null;

  @Field(() => KpiMeasureEnum, { description: 'The "4" the figure belongs to.' })
  measure!: string;

  @Field({ description: "True when the figure is the city's whatever the report's scope (events are public)." })
  cityWide!: boolean;
}

@ObjectType('KpiBucket', { description: 'The figures of one bucket of a breakdown.' })
export class KpiBucketModel {
  @Field(() => String, {
    nullable: true,
    description: 'The bucket value (`2025-03`, a district, `JL`, `JL.SSB`, a class or measure); null when the rows state none.',
  })
  bucket!: string | null;

  @Field()
  label!: string;

  @Field(() => [KpiFigureModel])
  figures!: KpiFigureModel[];
}

@ObjectType('KpiFunnelStage')
export class KpiFunnelStageModel {
  @Field({ description: 'collected, published, matched, deal or contract.' })
  key!: string;

  @Field()
  labelZh!: string;

  @Field()
  labelEn!: string;

  @Field(() => Int, { description: 'Distinct results reaching this stage in the year.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: "count / the previous stage's count; null for the first stage or after an empty one." })
  conversion!: number | null;
}

@ObjectType('KpiFunnel', { description: 'Collected → published → matched → deal → contract, and the median days between stages.' })
export class KpiFunnelModel {
  @Field(() => [KpiFunnelStageModel])
  stages!: KpiFunnelStageModel[];

  @Field(() => Float, {
    nullable: true,
    description: "Median days from a deal's opening to its broker's first recorded stage change (deals opened in the year).",
  })
  medianDaysToFirstBrokerContact!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from a deal opening to its contract signature (contracts signed in the year).' })
  medianDaysToContract!: number | null;
}

@ObjectType('KpiExportUrls', { description: 'Download links (GET with the same Bearer token) for this report and its underlying lists.' })
export class KpiExportUrlsModel {
  @Field() reportCsv!: string;
  @Field() reportXlsx!: string;
  @Field() contractsCsv!: string;
  @Field() contractsXlsx!: string;
  @Field() dealsCsv!: string;
  @Field() dealsXlsx!: string;
}

@ObjectType('KpiReport', { description: "A year's 3×4 scoreboard for a scope (the city, an organization or a broker)." })
export class KpiReportModel {
  @Field(() => Int) year!: number;
  @Field(() => Int) resultsCollected!: number;
  @Field(() => Int) resultsEvaluated!: number;
  @Field(() => Int) resultsPublished!: number;
  @Field(() => Int) majorResultsSelected!: number;
  @Field(() => Int, { description: 'Published INDUSTRIAL_INNOVATION results (technology projects).' }) industrialProjects!: number;
  @Field(() => Int) needsCollected!: number;
  @Field(() => Int) needsLinked!: number;
  @Field(() => Int) matchesMade!: number;
  @Field(() => Int) dealsOpened!: number;
  @Field(() => Int) contractsSigned!: number;
  @Field(() => MoneyScalar) contractTurnover!: string;
  @Field(() => Int) eventsHeld!: number;
  @Field(() => Int) meetingsHeld!: number;
  @Field(() => Int) activeBrokers!: number;
  @Field(() => Int) pilotBookingsCompleted!: number;
  @Field(() => [KpiFigureModel]) figures!: KpiFigureModel[];

  @Field(() => KpiScopeKind) scope!: KpiScopeKind;
  @Field(() => ID, { nullable: true, description: 'The organization of an ORGANIZATION report.' }) organizationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The broker of a BROKER report.' }) brokerId!: string | null;

  /** The resolved scope, for the field resolvers (breakdown, funnel, export links). */
  scopeData!: KpiScope;
}

@InputType('KpiTargetInput')
export class KpiTargetInput {
  @Field({ description: 'A KpiFigure key (e.g. `needsLinked`).' })
  @IsString()
  key!: string;

  @Field(() => Float, { description: 'The yearly target, ≥ 0.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  target!: number;
}
