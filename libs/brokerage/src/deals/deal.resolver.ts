import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogLoaders, ResearchResultModel, TechNeedModel } from '@techbridge/catalog';
import { IdentityLoaders, UserModel } from '@techbridge/identity';
import { MatchModel, MatchService } from '@techbridge/matching';
import { Allow, Connection, ConnectionArgs, CurrentUser, GraphQLContext, Principal, Role } from '@techbridge/platform';
import { ContractInput } from '../contracts/dto/contract.input';
import { DealLoaders } from './deal.loaders';
import { ContractModel, DealConnection, DealModel, StageChangeModel } from './deal.model';
import { DealOpeningService } from './deal-opening.service';
import { DealService } from './deal.service';
import { DealFilter } from './dto/deal-filter.input';
import { DealTransitionInput } from './dto/deal-transition.input';

@Resolver(() => DealModel)
export class DealResolver {
  constructor(
    private readonly service: DealService,
    private readonly opening: DealOpeningService,
    private readonly loaders: DealLoaders,
    private readonly catalog: CatalogLoaders,
    private readonly identity: IdentityLoaders,
    private readonly matches: MatchService,
  ) {}

  @Mutation(() => DealModel, {
    description:
      "Opens a deal from a match (which becomes CONVERTED in the same transaction). A broker opening it runs it; the result's owner, the need's enterprise or an administrator get a broker assigned automatically. One open deal per pair (CONFLICT).",
  })
  async openDeal(@Args('matchId', { type: () => ID }) matchId: string, @CurrentUser() principal: Principal): Promise<DealModel> {
    return this.opening.openFromMatch(matchId, principal);
  }

  @Query(() => DealModel, { nullable: true, description: "A deal, for its broker, both organizations' members and administrators (null for anyone else)." })
  async deal(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<DealModel | null> {
    return this.service.findVisible(id, principal);
  }

  @Query(() => DealConnection, {
    description: "Deals the caller may see, newest first: a broker's own, the caller's organizations' deals, all for administrators (filter `unassigned` gives their queue).",
  })
  async deals(
    @Args() args: ConnectionArgs,
    @CurrentUser() principal: Principal,
    @Args('filter', { type: () => DealFilter, nullable: true }) filter?: DealFilter,
  ): Promise<Connection<DealModel>> {
    return this.service.list(args, filter, principal);
  }

  @Mutation(() => DealModel, {
    description:
      "Opens a deal on a result and a need without a match. A broker opening it runs it; the result's owner, the need's enterprise or an administrator get a broker assigned automatically (or the deal waits in the admins' queue). One open deal per pair (CONFLICT).",
  })
  async openDealForPair(
    @Args('resultId', { type: () => ID }) resultId: string,
    @Args('needId', { type: () => ID }) needId: string,
    @CurrentUser() principal: Principal,
  ): Promise<DealModel> {
    return this.opening.openForPair(resultId, needId, principal);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => DealModel, { description: 'Names (or replaces) the broker of an open deal (administrators).' })
  async assignBroker(
    @Args('dealId', { type: () => ID }) dealId: string,
    @Args('brokerId', { type: () => ID }) brokerId: string,
    @CurrentUser() principal: Principal,
  ): Promise<DealModel> {
    return this.service.assignBroker(dealId, brokerId, principal);
  }

  @Mutation(() => DealModel, {
    description: 'Moves a deal along the pipeline (broker of record, administrators; parties may only mark it LOST with a reason). An illegal move is a CONFLICT.',
  })
  async advanceDeal(
    @Args('dealId', { type: () => ID }) dealId: string,
    @Args('input') input: DealTransitionInput,
    @CurrentUser() principal: Principal,
  ): Promise<DealModel> {
    return this.service.advance(dealId, input, principal);
  }

  @Mutation(() => DealModel, { description: 'Records the signed contract of a deal in TERMS_AGREED (broker of record, administrators): the deal becomes CONTRACT_SIGNED.' })
  async signContract(
    @Args('dealId', { type: () => ID }) dealId: string,
    @Args('input') input: ContractInput,
    @CurrentUser() principal: Principal,
  ): Promise<DealModel> {
    return this.service.signContract(dealId, input, principal);
  }

  @ResolveField(() => ResearchResultModel)
  async result(@Parent() deal: DealModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal): Promise<ResearchResultModel | null> {
    return this.catalog.result(ctx.loaders, principal, deal.resultId);
  }

  @ResolveField(() => MatchModel, { nullable: true, description: 'The match the deal was opened from; null for deals opened on a pair or from a meeting.' })
  async match(@Parent() deal: DealModel, @Context() ctx: GraphQLContext): Promise<MatchModel | null> {
    if (!deal.matchId) return null;
    const row = await ctx.loaders.get('matching.match', (ids: readonly string[]) => this.matches.findByIds(ids)).load(deal.matchId);
    return row ? MatchModel.from(row) : null;
  }

  @ResolveField(() => TechNeedModel, { nullable: true })
  async need(@Parent() deal: DealModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal): Promise<TechNeedModel | null> {
    return deal.needId ? this.catalog.need(ctx.loaders, principal, deal.needId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The broker of record; null while the deal waits in the queue.' })
  async broker(@Parent() deal: DealModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return deal.brokerId ? this.identity.user(ctx.loaders, deal.brokerId) : null;
  }

  @ResolveField(() => [StageChangeModel], { description: 'Every stage change, oldest first.' })
  async history(@Parent() deal: DealModel, @Context() ctx: GraphQLContext): Promise<StageChangeModel[]> {
    return this.loaders.history(ctx.loaders, deal.id);
  }

  @ResolveField(() => ContractModel, { nullable: true })
  async contract(@Parent() deal: DealModel, @Context() ctx: GraphQLContext): Promise<ContractModel | null> {
    return this.loaders.contract(ctx.loaders, deal.id);
  }
}

@Resolver(() => StageChangeModel)
export class StageChangeResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => UserModel, { description: 'Who made the move.' })
  async by(@Parent() change: StageChangeModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.identity.user(ctx.loaders, change.byUserId);
  }
}
