import { Injectable } from '@nestjs/common';
import { IdentityLoaders } from '@techbridge/identity';
import { byKeys, groupByKeys, Principal, RequestLoaders } from '@techbridge/platform';

import { NeedPledgeEntity } from './needs/need-pledge.entity';
import { TechNeedModel } from './needs/tech-need.model';
import { TechNeedService } from './needs/tech-need.service';
import { ResearchResultModel } from './results/research-result.model';
import { ResearchResultService } from './results/research-result.service';
import { ResultEvaluationEntity } from './results/result-evaluation.entity';
import { ResultPatentEntity } from './results/result-patent.entity';

/**
 * Request-scoped batch loading for catalog fields and for other libs that nest results and needs
 * (deals, matches, search hits). Items come back as the principal may see them, or null.
 */
@Injectable()
export class CatalogLoaders {
  constructor(
    private readonly results: ResearchResultService,
    private readonly needs: TechNeedService,
    private readonly identity: IdentityLoaders,
  ) {}

  /**
   * Starts loading the owning organizations of items about to be loaded (a result's owner, a
   * need's enterprise), through the loader their `owner` / `enterprise` fields read: when the
   * ids are known first (search hits carry them), the two lookups run side by side instead of
   * one after the other.
   */
  async primeOrganizations(loaders: RequestLoaders, ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.identity.organization(loaders, id)));
  }

  result(loaders: RequestLoaders, principal: Principal | null, id: string): Promise<ResearchResultModel | null> {
    return loaders.get<string, ResearchResultModel | null>('catalog.result', (ids) => this.results.findResultsByIds(ids, principal)).load(id);
  }

  need(loaders: RequestLoaders, principal: Principal | null, id: string): Promise<TechNeedModel | null> {
    return loaders.get<string, TechNeedModel | null>('catalog.need', (ids) => this.needs.findNeedsByIds(ids, principal)).load(id);
  }

  evaluation(loaders: RequestLoaders, resultId: string): Promise<ResultEvaluationEntity | null> {
    return loaders
      .get<string, ResultEvaluationEntity | null>('catalog.evaluation', async (ids) =>
        byKeys(ids, await this.results.evaluationsByResultIds(ids), (row) => row.resultId),
      )
      .load(resultId);
  }

  patents(loaders: RequestLoaders, resultId: string): Promise<ResultPatentEntity[]> {
    return loaders
      .get<string, ResultPatentEntity[]>('catalog.patents', async (ids) => groupByKeys(ids, await this.results.patentsByResultIds(ids), (row) => row.resultId))
      .load(resultId);
  }

  pledges(loaders: RequestLoaders, needId: string): Promise<NeedPledgeEntity[]> {
    return loaders
      .get<string, NeedPledgeEntity[]>('catalog.pledges', async (ids) => groupByKeys(ids, await this.needs.pledgesByNeedIds(ids), (row) => row.needId))
      .load(needId);
  }
}
