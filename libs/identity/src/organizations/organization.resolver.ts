import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, ConnectionArgs, CurrentUser, Principal, Role } from '@techbridge/platform';
import { OrganizationKind } from './organization-kind.enum';
import { OrganizationConnection, OrganizationModel } from './organization.model';
import { OrganizationService } from './organization.service';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Query(() => OrganizationModel, { nullable: true })
  async organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationModel | null> {
    return this.service.findById(id);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations, newest first.' })
  async organizations(
    @Args() args: ConnectionArgs,
    @Args('kind', { type: () => OrganizationKind, nullable: true }) kind?: OrganizationKind,
  ): Promise<Connection<OrganizationModel>> {
    return this.service.list(args, kind);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => OrganizationModel, { description: 'Marks an organization as checked (admin).' })
  async verifyOrganization(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<OrganizationModel> {
    return this.service.verify(id, principal);
  }
}
