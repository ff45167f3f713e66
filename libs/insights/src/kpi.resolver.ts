import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, Principal, Role } from '@techbridge/platform';

import { exportUrls } from './exports/export-links';
import { toReportModel } from './kpi.mapper';
import { KpiBucketModel, KpiExportUrlsModel, KpiFunnelModel, KpiReportModel, KpiTargetInput } from './kpi.models';
import { KpiDimension, KpiService } from './kpi.service';
import { KpiScopeKind, resolveScope } from './kpi-scope';

@Resolver(() => KpiReportModel)
export class KpiResolver {
  constructor(private readonly service: KpiService) {}

  @Query(() => KpiReportModel, {
    description:
      "A year's scoreboard (calendar year, Asia/Shanghai). Administrators see the city by default and may name any scope; " +
      "brokers see their own pipeline by default (or their organization); other members see their own organization's figures.",
  })
  async kpis(
    @Args('year', { type: () => Int }) year: number,
    @CurrentUser() principal: Principal,
    @Args('scope', { type: () => KpiScopeKind, nullable: true }) scope?: KpiScopeKind,
    @Args('organizationId', { type: () => ID, nullable: true, description: 'ORGANIZATION scope: which one (administrators); defaults to your own.' })
    organizationId?: string,
    @Args('brokerId', { type: () => ID, nullable: true, description: 'BROKER scope: which broker (administrators); defaults to you.' }) brokerId?: string,
  ): Promise<KpiReportModel> {
    const resolved = resolveScope(principal, { scope, organizationId, brokerId });
    return toReportModel(await this.service.report(year, resolved));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => KpiReportModel, { description: "Sets a year's targets by figure key (administrators); returns the city's report with them." })
  async setKpiTargets(
    @Args('year', { type: () => Int }) year: number,
    @Args('targets', { type: () => [KpiTargetInput] }) targets: KpiTargetInput[],
    @CurrentUser() principal: Principal,
  ): Promise<KpiReportModel> {
    await this.service.setTargets(year, targets, principal);
    return toReportModel(await this.service.report(year, { kind: KpiScopeKind.CITY }));
  }

  @ResolveField(() => [KpiBucketModel], { description: 'The same figures by month, district, chain, field, result class (the "3") or measure (the "4").' })
  async breakdown(@Parent() report: KpiReportModel, @Args('by', { type: () => KpiDimension }) by: KpiDimension): Promise<KpiBucketModel[]> {
    const buckets = await this.service.breakdown(report.year, report.scopeData, by);
    return buckets.map((bucket) => ({ ...bucket, figures: bucket.figures.map((figure) => ({ ...figure, label: `${figure.labelZh} ${figure.labelEn}` })) }));
  }

  @ResolveField(() => KpiFunnelModel)
  async funnel(@Parent() report: KpiReportModel): Promise<KpiFunnelModel> {
    return this.service.funnel(report.year, report.scopeData);
  }

  @ResolveField(() => KpiExportUrlsModel)
  exportUrls(@Parent() report: KpiReportModel): KpiExportUrlsModel {
    return exportUrls(report.year, report.scopeData);
  }
}
