import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, GraphQLContext, Principal, Public } from '@techbridge/platform';
import { GraphQLResolveInfo } from 'graphql';

import { SearchService } from '../search.service';
import { FacetModel } from './facet.model';
import { NeedSearchInput, ResultSearchInput } from './search.input';
import { NeedSearchResponse, ResultSearchResponse } from './search-response.model';
import { selects, selectsPath } from './selection';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Public()
  @Query(() => ResultSearchResponse, {
    description: 'Full-text search over research results on the market (Chinese and English), with filters, facets and highlights.',
  })
  async searchResults(
    @Args('input') input: ResultSearchInput,
    @CurrentUser() principal: Principal | null,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ResultSearchResponse> {
    const outcome = await this.search.searchResults(input, principal, context.loaders, {
      facets: selects(info, 'facets'),
      owners: selectsPath(info, ['hits', 'result', 'owner']),
    });
    return {
      ...outcome,
      hits: outcome.hits.map((hit) => ({ result: hit.item, highlightTitle: hit.highlightTitle, highlightSummary: hit.highlightSummary })),
      facets: outcome.facets.map((facet) => FacetModel.from(facet)),
    };
  }

  @Public()
  @Query(() => NeedSearchResponse, {
    description: 'Full-text search over technical needs on the market (Chinese and English), with filters, facets and highlights.',
  })
  async searchNeeds(
    @Args('input') input: NeedSearchInput,
    @CurrentUser() principal: Principal | null,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NeedSearchResponse> {
    const outcome = await this.search.searchNeeds(input, principal, context.loaders, {
      facets: selects(info, 'facets'),
      owners: selectsPath(info, ['hits', 'need', 'enterprise']),
    });
    return {
      ...outcome,
      hits: outcome.hits.map((hit) => ({ need: hit.item, highlightTitle: hit.highlightTitle, highlightSummary: hit.highlightSummary })),
      facets: outcome.facets.map((facet) => FacetModel.from(facet)),
    };
  }
}
