import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders, OrganizationModel } from '@techbridge/identity';
import { Allow, Connection, ConnectionArgs, CurrentUser, GraphQLContext, Principal, Public, Role } from '@techbridge/platform';

import { CatalogLoaders } from '../catalog.loaders';
import { EvaluationInput, ResultInput, ResultUpdateInput } from './dto/result.input';
import { ResultFilter } from './dto/result-filter.input';
import { EvaluationModel, PatentModel, ResearchResultConnection, ResearchResultModel } from './research-result.model';
import { ResearchResultService } from './research-result.service';

@Resolver(() => ResearchResultModel)
export class ResearchResultResolver {
  constructor(
    private readonly service: ResearchResultService,
    private readonly loaders: CatalogLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Public()
  @Query(() => ResearchResultModel, { nullable: true, description: 'A result as the caller may see it; null when it does not exist for them.' })
  async result(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal | null): Promise<ResearchResultModel | null> {
    return this.service.get(id, principal);
  }

  @Public()
  @Query(() => ResearchResultConnection, { description: 'Results the caller may see, newest first.' })
  async results(
    @Args() args: ConnectionArgs,
    // Typed as the class alone (it may be null at run time): `ResultFilter | null` would reach the validation pipe as Object, unchecked.
    @Args('filter', { type: () => ResultFilter, nullable: true }) filter: ResultFilter,
    @CurrentUser() principal: Principal | null,
  ): Promise<Connection<ResearchResultModel>> {
    return this.service.list(args, filter ?? null, principal);
  }

  @Allow(Role.RESEARCHER)
  @Mutation(() => ResearchResultModel, { description: "Creates a DRAFT result owned by the caller's research organization." })
  async createResult(@Args('input') input: ResultInput, @CurrentUser() principal: Principal): Promise<ResearchResultModel> {
    return this.service.create(principal, input);
  }

  @Mutation(() => ResearchResultModel, { description: "Edits a result of the caller's organization (until rejected or withdrawn)." })
  async updateResult(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ResultUpdateInput,
    @CurrentUser() principal: Principal,
  ): Promise<ResearchResultModel> {
    return this.service.update(id, principal, input);
  }

  @Mutation(() => ResearchResultModel, { description: 'DRAFT → SUBMITTED: hands the result in for evaluation.' })
  async submitResult(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<ResearchResultModel> {
    return this.service.submit(id, principal);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ResearchResultModel, { description: 'Admin: scores a SUBMITTED result; approve → EVALUATED, reject → REJECTED.' })
  async evaluateResult(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EvaluationInput,
    @CurrentUser() principal: Principal,
  ): Promise<ResearchResultModel> {
    return this.service.evaluate(id, principal, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ResearchResultModel, { description: 'Admin: EVALUATED (approved) → PUBLISHED.' })
  async publishResult(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<ResearchResultModel> {
    return this.service.publish(id, principal);
  }

  @Mutation(() => ResearchResultModel, { description: 'Withdraws a result (owner organization or admin).' })
  async withdrawResult(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<ResearchResultModel> {
    return this.service.withdraw(id, principal);
  }

  @Mutation(() => ResearchResultModel, {
    description: 'Accepts the NDA of a TEASER result: its description becomes visible to the caller. Recorded with time and user.',
  })
  async acceptResultNda(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<ResearchResultModel> {
    return this.service.acceptNda(id, principal);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ResearchResultModel, { description: 'Admin: marks a published MAJOR_INNOVATION result as selected for a year (自主创新重大成果).' })
  async selectMajorResult(
    @Args('id', { type: () => ID }) id: string,
    @Args('year', { type: () => Int }) year: number,
    @CurrentUser() principal: Principal,
  ): Promise<ResearchResultModel> {
    return this.service.selectMajor(id, year, principal);
  }

  @ResolveField(() => OrganizationModel)
  async owner(@Parent() result: ResearchResultModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return this.identity.organization(ctx.loaders, result.ownerId);
  }

  @ResolveField(() => EvaluationModel, { nullable: true })
  async evaluation(@Parent() result: ResearchResultModel, @Context() ctx: GraphQLContext): Promise<EvaluationModel | null> {
    return this.loaders.evaluation(ctx.loaders, result.id);
  }

  @ResolveField(() => [PatentModel])
  async patents(@Parent() result: ResearchResultModel, @Context() ctx: GraphQLContext): Promise<PatentModel[]> {
    return this.loaders.patents(ctx.loaders, result.id);
  }
}
