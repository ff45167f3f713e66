import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders, OrganizationModel, UserModel } from '@techbridge/identity';
import { Allow, Connection, ConnectionArgs, CurrentUser, GraphQLContext, Principal, Role } from '@techbridge/platform';

import { FollowUpInput } from './dto/follow-up.input';
import { FollowUpConnection, FollowUpModel } from './follow-up.model';
import { FollowUpService } from './follow-up.service';

@Resolver(() => FollowUpModel)
export class FollowUpResolver {
  constructor(
    private readonly followUps: FollowUpService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Allow(Role.BROKER)
  @Mutation(() => FollowUpModel, { description: 'Records a contact with an enterprise (brokers).' })
  async recordFollowUp(@Args('input') input: FollowUpInput, @CurrentUser() principal: Principal): Promise<FollowUpModel> {
    return this.followUps.record(input, principal);
  }

  @Allow(Role.BROKER, Role.ADMIN)
  @Query(() => FollowUpConnection, { description: "A broker's follow-ups, newest first. Administrators may name the broker (or see all)." })
  async myFollowUps(
    @Args() args: ConnectionArgs,
    @CurrentUser() principal: Principal,
    @Args('enterpriseId', { type: () => ID, nullable: true }) enterpriseId?: string,
    @Args('brokerId', { type: () => ID, nullable: true }) brokerId?: string,
  ): Promise<Connection<FollowUpModel>> {
    return this.followUps.list(principal, args, { enterpriseId, brokerId });
  }

  @Allow(Role.BROKER, Role.ADMIN)
  @Query(() => [FollowUpModel], {
    description: "Latest follow-up of each of the broker's enterprises whose next action date has passed (Asia/Shanghai), oldest first.",
  })
  async overdueFollowUps(
    @CurrentUser() principal: Principal,
    @Args('brokerId', { type: () => ID, nullable: true }) brokerId?: string,
  ): Promise<FollowUpModel[]> {
    return this.followUps.overdue(principal, brokerId);
  }

  @ResolveField(() => UserModel)
  async broker(@Parent() followUp: FollowUpModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.identity.user(ctx.loaders, followUp.brokerId);
  }

  @ResolveField(() => OrganizationModel)
  async enterprise(@Parent() followUp: FollowUpModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return this.identity.organization(ctx.loaders, followUp.enterpriseId);
  }
}
