import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogLoaders, ResearchResultModel, TechNeedModel } from '@techbridge/catalog';
import { IdentityLoaders, UserModel } from '@techbridge/identity';
import { MatchModel, MatchService } from '@techbridge/matching';
import { Allow, Connection, ConnectionArgs, CurrentUser, GraphQLContext, MoneyScalar, Principal, Role } from '@techbridge/platform';

import { ContractType } from '../contracts/contract-type.enum';
import { ContractInput } from '../contracts/dto/contract.input';
import { DealEntity } from './deal.entity';
import { DealLoaders } from './deal.loaders';
import { CommissionModel, ContractModel, DealConnection, DealModel, DealMoveModel, DealMoveMutation, StageChangeModel } from './deal.model';
import { DealService } from './deal.service';
import { DealOpeningService } from './deal-opening.service';
import { allowedMoves, DealActor, DealMove } from './deal-stage.machine';
import { DealFilter } from './dto/deal-filter.input';
import { DealTransitionInput } from './dto/deal-transition.input';

const MUTATION_OF: Record<DealMove, DealMoveMutation> = {
  advance: DealMoveMutation.ADVANCE_DEAL,
  signContract: DealMoveMutation.SIGN_CONTRACT,
  acceptOffer: DealMoveMutation.ACCEPT_OFFER,
};

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
    description:
      "Deals the caller may see, newest first: a broker's own, the caller's organizations' deals, all for administrators (filter `unassigned` gives their queue).",
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
    description:
      'Moves a deal along the pipeline (broker of record, administrators; parties may only mark it LOST with a reason). An illegal move is a CONFLICT.',
  })
  async advanceDeal(
    @Args('dealId', { type: () => ID }) dealId: string,
    @Args('input') input: DealTransitionInput,
    @CurrentUser() principal: Principal,
  ): Promise<DealModel> {
    return this.service.advance(dealId, input, principal);
  }

  @Mutation(() => DealModel, {
    description: 'Records the signed contract of a deal in TERMS_AGREED (broker of record, administrators): the deal becomes CONTRACT_SIGNED.',
  })
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

  @ResolveField(() => [DealMoveModel], {
    description:
      'The stage changes the caller may make from the current stage, each with its mutation (read off the pipeline table; empty in final stages and for anyone without a move).',
  })
  allowedMoves(@Parent() deal: DealEntity, @CurrentUser() principal: Principal): DealMoveModel[] {
    return allowedMoves(deal.stage, this.service.actorOn(deal, principal)).map((move) => ({
      to: move.to,
      mutation: MUTATION_OF[move.via],
      reasonRequired: move.reasonRequired,
    }));
  }

  @ResolveField(() => CommissionModel, {
    nullable: true,
    description: "The broker's commission on the signed contract (the broker of record and administrators; null for anyone else).",
  })
  async commission(@Parent() deal: DealEntity, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal): Promise<CommissionModel | null> {
    const actor = this.service.actorOn(deal, principal);
    if (actor !== DealActor.BROKER_OF_RECORD && actor !== DealActor.ADMIN) return null;
    const row = await this.loaders.commission(ctx.loaders, deal.id);
    return row ? { contractType: row.contractType, baseAmount: row.baseAmount, ratePercent: row.ratePercent, amount: row.amount } : null;
  }

  @Allow(Role.BROKER, Role.ADMIN)
  @Query(() => CommissionModel, {
    description:
      'The commission a contract of this type and amount would earn at the configured rates, as signContract will record it (brokers, administrators).',
  })
  commissionPreview(
    @Args('type', { type: () => ContractType }) type: ContractType,
    @Args('amount', { type: () => MoneyScalar }) amount: string,
  ): CommissionModel {
    return this.service.commissionPreview(type, amount);
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
