import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogLoaders, ResearchResultModel, TechNeedModel } from '@techbridge/catalog';
import { CurrentUser, GraphQLContext, Principal } from '@techbridge/platform';

import { matchingError } from '../matching.errors';
import { MatchService } from '../records/match.service';
import { MatchModel } from './match.model';
import { MatchFeedbackInput } from './match-feedback.input';

@Resolver(() => MatchModel)
export class MatchResolver {
  constructor(
    private readonly matches: MatchService,
    private readonly catalog: CatalogLoaders,
  ) {}

  @Query(() => [MatchModel], { description: 'Best results for a need, highest score first (the need’s organization, administrators, brokers).' })
  async matchesForNeed(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 100 (default 20).' }) first: number | null,
    @CurrentUser() principal: Principal,
  ): Promise<MatchModel[]> {
    return (await this.matches.forNeed(principal, needId, first)).map((row) => MatchModel.from(row));
  }

  @Query(() => [MatchModel], { description: 'Needs a result fits, highest score first (the result’s organization, administrators, brokers).' })
  async matchesForResult(
    @Args('resultId', { type: () => ID }) resultId: string,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 100 (default 20).' }) first: number | null,
    @CurrentUser() principal: Principal,
  ): Promise<MatchModel[]> {
    return (await this.matches.forResult(principal, resultId, first)).map((row) => MatchModel.from(row));
  }

  @Mutation(() => [MatchModel], {
    description: 'Recomputes a published need’s matches now and returns them (the need’s organization, administrators, brokers).',
  })
  async refreshMatches(@Args('needId', { type: () => ID }) needId: string, @CurrentUser() principal: Principal): Promise<MatchModel[]> {
    return (await this.matches.refresh(principal, needId)).map((row) => MatchModel.from(row));
  }

  @Mutation(() => MatchModel, { description: 'Shortlists or dismisses (with a reason code) a match; the feedback re-weights similar pairs.' })
  async giveMatchFeedback(
    @Args('matchId', { type: () => ID }) matchId: string,
    @Args('input') input: MatchFeedbackInput,
    @CurrentUser() principal: Principal,
  ): Promise<MatchModel> {
    return MatchModel.from(await this.matches.giveFeedback(principal, matchId, input));
  }

  @ResolveField(() => ResearchResultModel)
  async result(@Parent() match: MatchModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal): Promise<ResearchResultModel> {
    const result = await this.catalog.result(ctx.loaders, principal, match.resultId);
    if (!result) throw matchingError('RESULT_NOT_FOUND', 'The research result of this match is not visible');
    return result;
  }

  @ResolveField(() => TechNeedModel)
  async need(@Parent() match: MatchModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal): Promise<TechNeedModel> {
    const need = await this.catalog.need(ctx.loaders, principal, match.needId);
    if (!need) throw matchingError('NEED_NOT_FOUND', 'The technical need of this match is not visible');
    return need;
  }
}
