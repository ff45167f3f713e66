import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, GraphQLContext, Principal, Role } from '@techbridge/platform';

import { IdentityLoaders } from '../identity.loaders';
import { OrganizationModel } from '../organizations/organization.model';
import { UserModel } from '../users/user.model';
import { ServiceTeamInput } from './dto/service-team.input';
import { ServiceTeamModel } from './service-team.model';
import { ServiceTeamService } from './service-team.service';

@Resolver(() => ServiceTeamModel)
export class ServiceTeamResolver {
  constructor(
    private readonly teams: ServiceTeamService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Query(() => ServiceTeamModel, {
    nullable: true,
    description: "A key platform's service team (administrators, the team's members and the platform's members).",
  })
  async serviceTeam(@Args('organizationId', { type: () => ID }) organizationId: string, @CurrentUser() principal: Principal): Promise<ServiceTeamModel | null> {
    return this.teams.get(organizationId, principal);
  }

  @Query(() => [ServiceTeamModel], { description: 'The service teams the caller sits on.' })
  async myServiceTeams(@CurrentUser() principal: Principal): Promise<ServiceTeamModel[]> {
    return this.teams.mine(principal);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ServiceTeamModel, { description: 'Attaches (or replaces) the "1+1+1+N" service team of a key innovation platform (admin).' })
  async setServiceTeam(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('input') input: ServiceTeamInput,
    @CurrentUser() principal: Principal,
  ): Promise<ServiceTeamModel> {
    return this.teams.set(organizationId, input, principal);
  }

  @ResolveField(() => OrganizationModel, { description: 'The key innovation platform.' })
  async organization(@Parent() team: ServiceTeamModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return this.loaders.organization(ctx.loaders, team.organizationId);
  }

  @ResolveField(() => UserModel)
  async bureauOfficer(@Parent() team: ServiceTeamModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.loaders.user(ctx.loaders, team.bureauOfficerId);
  }

  @ResolveField(() => UserModel)
  async districtLiaison(@Parent() team: ServiceTeamModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.loaders.user(ctx.loaders, team.districtLiaisonId);
  }

  @ResolveField(() => UserModel)
  async conversionLead(@Parent() team: ServiceTeamModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.loaders.user(ctx.loaders, team.conversionLeadId);
  }

  @ResolveField(() => [UserModel])
  async brokers(@Parent() team: ServiceTeamModel, @Context() ctx: GraphQLContext): Promise<UserModel[]> {
    const users = await Promise.all(team.brokerIds.map((id) => this.loaders.user(ctx.loaders, id)));
    return users.filter((user): user is NonNullable<typeof user> => user !== null);
  }
}
