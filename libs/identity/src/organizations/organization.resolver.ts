import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, ConnectionArgs, CurrentUser, invalidField, Principal, Role } from '@techbridge/platform';

import { OrganizationConnection, OrganizationModel } from './organization.model';
import { OrganizationService } from './organization.service';
import { OrganizationKind } from './organization-kind.enum';

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
    @Args('verified', { type: () => Boolean, nullable: true, description: 'Only verified (true) or unverified (false) ones.' }) verified?: boolean | null,
    @Args('keyPlatform', { type: () => Boolean, nullable: true, description: 'Only key platforms (true) or the others (false).' }) keyPlatform?: boolean | null,
    @Args('active', { type: () => Boolean, nullable: true, description: 'Only active (true) or deactivated (false) ones.' }) active?: boolean | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the name or of the credit code, at most 100 characters.' })
    search?: string | null,
  ): Promise<Connection<OrganizationModel>> {
    if (search && search.length > 100) throw invalidField('search', 'At most 100 characters');
    return this.service.list(args, { kind, verified, keyPlatform, active, search });
  }

  @Allow(Role.ADMIN)
  @Mutation(() => OrganizationModel, { description: 'Marks an organization as checked (admin); a deactivated one becomes active again.' })
  async verifyOrganization(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<OrganizationModel> {
    return this.service.verify(id, principal);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => OrganizationModel, {
    description:
      'Deactivates an organization (admin): it becomes unverified until verified again; nothing is deleted. Again on an inactive one changes nothing.',
  })
  async deactivateOrganization(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<OrganizationModel> {
    return this.service.deactivate(id, principal);
  }
}
