import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders, OrganizationModel } from '@techbridge/identity';
import { Allow, Connection, ConnectionArgs, CurrentUser, GraphQLContext, MoneyScalar, Principal, Public, Role } from '@techbridge/platform';

import { CatalogLoaders } from '../catalog.loaders';
import { NeedFilter, NeedInput, NeedUpdateInput } from './dto/need.input';
import { CollectiveFundingModel, PledgeModel, TechNeedConnection, TechNeedModel } from './tech-need.model';
import { TechNeedService } from './tech-need.service';

@Resolver(() => TechNeedModel)
export class TechNeedResolver {
  constructor(
    private readonly service: TechNeedService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Public()
  @Query(() => TechNeedModel, { nullable: true, description: 'A need as the caller may see it; null when it does not exist for them.' })
  async need(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal | null): Promise<TechNeedModel | null> {
    return this.service.get(id, principal);
  }

  @Public()
  @Query(() => TechNeedConnection, { description: 'Needs the caller may see, newest first.' })
  async needs(
    @Args() args: ConnectionArgs,
    // Typed as the class alone (it may be null at run time): `NeedFilter | null` would reach the validation pipe as Object, unchecked.
    @Args('filter', { type: () => NeedFilter, nullable: true }) filter: NeedFilter,
    @CurrentUser() principal: Principal | null,
  ): Promise<Connection<TechNeedModel>> {
    return this.service.list(args, filter ?? null, principal);
  }

  @Allow(Role.ENTERPRISE)
  @Mutation(() => TechNeedModel, { description: "Creates a DRAFT need of the caller's enterprise." })
  async createNeed(@Args('input') input: NeedInput, @CurrentUser() principal: Principal): Promise<TechNeedModel> {
    return this.service.create(principal, input);
  }

  @Mutation(() => TechNeedModel, { description: "Edits a need of the caller's enterprise (until solved or closed)." })
  async updateNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NeedUpdateInput,
    @CurrentUser() principal: Principal,
  ): Promise<TechNeedModel> {
    return this.service.update(id, principal, input);
  }

  @Mutation(() => TechNeedModel, { description: 'DRAFT → PUBLISHED.' })
  async publishNeed(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<TechNeedModel> {
    return this.service.publish(id, principal);
  }

  @Mutation(() => TechNeedModel, { description: 'Closes a need without a deal (owner enterprise or admin).' })
  async closeNeed(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<TechNeedModel> {
    return this.service.close(id, principal);
  }

  @Mutation(() => TechNeedModel, { description: 'Accepts the NDA of a TEASER need: its description becomes visible to the caller.' })
  async acceptNeedNda(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<TechNeedModel> {
    return this.service.acceptNda(id, principal);
  }

  @Allow(Role.ENTERPRISE)
  @Mutation(() => TechNeedModel, {
    description: 'Pledges to a collective R&D need (another verified enterprise; one pledge per organization, changeable until funded).',
  })
  async pledgeToNeed(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('amount', { type: () => MoneyScalar }) amount: string,
    @CurrentUser() principal: Principal,
  ): Promise<TechNeedModel> {
    return this.service.pledge(needId, amount, principal);
  }

  @ResolveField(() => OrganizationModel)
  async enterprise(@Parent() need: TechNeedModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return this.identity.organization(ctx.loaders, need.enterpriseId);
  }
}

@Resolver(() => CollectiveFundingModel)
export class CollectiveFundingResolver {
  constructor(private readonly loaders: CatalogLoaders) {}

  @ResolveField(() => [PledgeModel])
  async pledges(@Parent() funding: CollectiveFundingModel, @Context() ctx: GraphQLContext): Promise<PledgeModel[]> {
    const rows = await this.loaders.pledges(ctx.loaders, funding.needId);
    return rows.map((row) => Object.assign(new PledgeModel(), { amount: row.amount, pledgedAt: row.pledgedAt, organizationId: row.organizationId }));
  }
}

@Resolver(() => PledgeModel)
export class PledgeResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() pledge: PledgeModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return this.identity.organization(ctx.loaders, pledge.organizationId);
  }
}
