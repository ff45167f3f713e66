import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Connection, ConnectionArgs, CurrentUser, GraphQLContext, Principal, Role } from '@techbridge/platform';

import { BrokerService } from '../brokers/broker.service';
import { BrokerProfileModel } from '../brokers/broker-profile.model';
import { BrokerProfileInput } from '../brokers/dto/broker-profile.input';
import { IdentityLoaders } from '../identity.loaders';
import { OrganizationModel } from '../organizations/organization.model';
import { UserFilter } from './dto/user-filter.input';
import { UserConnection, UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly brokers: BrokerService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  async me(@CurrentUser() principal: Principal): Promise<UserModel> {
    return this.users.get(principal.userId);
  }

  @Allow(Role.ADMIN)
  @Query(() => [UserModel], {
    description:
      'Certified brokers, fewest open deals first (administrators, e.g. to assign a deal); withCapacity: only those who can take another deal now. At most 500.',
  })
  async certifiedBrokers(@Args('withCapacity', { type: () => Boolean, defaultValue: false }) withCapacity: boolean): Promise<UserModel[]> {
    return this.brokers.listCertified(withCapacity);
  }

  @Allow(Role.ADMIN)
  @Query(() => UserConnection, {
    name: 'users',
    description: 'Administrators: the people with accounts, newest first, e.g. to certify brokers or staff service teams.',
  })
  async userDirectory(
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
  ): Promise<Connection<UserModel>> {
    return this.users.list(args, filter);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => UserModel, {
    description:
      "Withdraws a broker's certification (admin): the BROKER role goes, the profile is kept; certifyBroker restores it. CONFLICT while the broker runs open deals.",
  })
  async deactivateBroker(@Args('userId', { type: () => ID }) userId: string, @CurrentUser() principal: Principal): Promise<UserModel> {
    return this.brokers.deactivate(userId, principal);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Certifies a user as a technology broker (admin).' })
  async certifyBroker(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('input') input: BrokerProfileInput,
    @CurrentUser() principal: Principal,
  ): Promise<UserModel> {
    return this.brokers.certify(userId, input, principal);
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  async organization(@Parent() user: UserModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return user.organizationId ? this.loaders.organization(ctx.loaders, user.organizationId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the owner proved the e-mail address (verification or password-reset link).' })
  emailVerified(@Parent() user: UserModel): boolean {
    return !!user.emailVerifiedAt;
  }

  @ResolveField(() => BrokerProfileModel, { nullable: true })
  async brokerProfile(@Parent() user: UserModel, @Context() ctx: GraphQLContext): Promise<BrokerProfileModel | null> {
    return user.roles.includes(Role.BROKER) ? this.loaders.brokerProfile(ctx.loaders, user.id) : null;
  }
}
