import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@techbridge/identity';
import { FieldCodes } from '@techbridge/platform';

import { CatalogAccessPolicy } from './access/catalog-access.policy';
import { CatalogAccessService } from './access/catalog-access.service';
import { CatalogIndexProjection } from './access/catalog-index.projection';
import { NeedNdaAcceptanceResolver, ResultNdaAcceptanceResolver } from './access/nda-acceptance.resolver';
import { CatalogLoaders } from './catalog.loaders';
import { NeedPledgeEntity } from './needs/need-pledge.entity';
import { TechNeedEntity } from './needs/tech-need.entity';
import { CollectiveFundingResolver, PledgeResolver, TechNeedResolver } from './needs/tech-need.resolver';
import { TechNeedService } from './needs/tech-need.service';
import { ResearchResultEntity } from './results/research-result.entity';
import { ResearchResultResolver } from './results/research-result.resolver';
import { ResearchResultService } from './results/research-result.service';
import { ResultEvaluationEntity } from './results/result-evaluation.entity';
import { ResultPatentEntity } from './results/result-patent.entity';
import { TaxonomyResolver } from './taxonomy/taxonomy.resolver';
import { TaxonomyService } from './taxonomy/taxonomy.service';

@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([ResearchResultEntity, ResultPatentEntity, ResultEvaluationEntity, TechNeedEntity, NeedPledgeEntity])],
  providers: [
    TaxonomyService,
    CatalogAccessPolicy,
    CatalogAccessService,
    CatalogIndexProjection,
    ResearchResultService,
    TechNeedService,
    CatalogLoaders,
    TaxonomyResolver,
    ResearchResultResolver,
    TechNeedResolver,
    CollectiveFundingResolver,
    PledgeResolver,
    ResultNdaAcceptanceResolver,
    NeedNdaAcceptanceResolver,
  ],
  exports: [TaxonomyService, CatalogAccessPolicy, CatalogAccessService, CatalogIndexProjection, ResearchResultService, TechNeedService, CatalogLoaders],
})
export class CatalogModule implements OnModuleInit {
  constructor(
    private readonly fieldCodes: FieldCodes,
    private readonly taxonomy: TaxonomyService,
  ) {}

  onModuleInit(): void {
    // From here on every fieldCode written anywhere (broker certification included) is checked against the taxonomy.
    this.fieldCodes.load(this.taxonomy.allCodes());
  }
}
