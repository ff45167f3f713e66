import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogLoaders, ResearchResultModel, TechNeedModel } from '@techbridge/catalog';
import { IdentityLoaders, OrganizationModel } from '@techbridge/identity';
import { CurrentUser, GraphQLContext, Principal } from '@techbridge/platform';

import { RegistrationModel } from './registration.model';

@Resolver(() => RegistrationModel)
export class RegistrationResolver {
  constructor(
    private readonly catalog: CatalogLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() registration: RegistrationModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return this.identity.organization(ctx.loaders, registration.organizationId);
  }

  @ResolveField(() => [ResearchResultModel], { description: 'The registered results, as the caller may see them (a result withdrawn since is left out).' })
  async results(
    @Parent() registration: RegistrationModel,
    @Context() ctx: GraphQLContext,
    @CurrentUser() principal: Principal | null,
  ): Promise<ResearchResultModel[]> {
    const items = await Promise.all(registration.resultIds.map((id) => this.catalog.result(ctx.loaders, principal, id)));
    return items.filter((item): item is ResearchResultModel => item !== null);
  }

  @ResolveField(() => [TechNeedModel], { description: 'The registered needs, as the caller may see them.' })
  async needs(@Parent() registration: RegistrationModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal | null): Promise<TechNeedModel[]> {
    const items = await Promise.all(registration.needIds.map((id) => this.catalog.need(ctx.loaders, principal, id)));
    return items.filter((item): item is TechNeedModel => item !== null);
  }
}
