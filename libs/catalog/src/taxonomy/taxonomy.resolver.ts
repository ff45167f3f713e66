import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@techbridge/platform';

import { IndustryFieldModel } from './industry-field.model';
import { TaxonomyService } from './taxonomy.service';

@Resolver(() => IndustryFieldModel)
export class TaxonomyResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Public()
  @Query(() => [IndustryFieldModel], { description: 'The industry-chain taxonomy: chains (parentCode null) and their fields.' })
  industryFields(): IndustryFieldModel[] {
    return [...this.taxonomy.all()];
  }
}
