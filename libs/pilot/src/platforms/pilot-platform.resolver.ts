import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogLoaders } from '@techbridge/catalog';
import { IdentityLoaders, OrganizationModel } from '@techbridge/identity';
import { Connection, ConnectionArgs, CurrentUser, GraphQLContext, isAdmin, mapConnection, Principal, Public } from '@techbridge/platform';

import { BusyRangeModel, PilotBookingModel } from '../bookings/pilot-booking.model';
import { PilotLoaders } from '../pilot.loaders';
import { PilotPlatformInput } from './dto/pilot-platform.input';
import { PilotPlatformUpdateInput } from './dto/pilot-platform-update.input';
import { PilotPlatformConnection, PilotPlatformModel } from './pilot-platform.model';
import { PilotPlatformService } from './pilot-platform.service';

@Resolver(() => PilotPlatformModel)
export class PilotPlatformResolver {
  constructor(
    private readonly platforms: PilotPlatformService,
    private readonly loaders: PilotLoaders,
    private readonly identity: IdentityLoaders,
    private readonly catalog: CatalogLoaders,
  ) {}

  @Public()
  @Query(() => PilotPlatformConnection, {
    description:
      'Pilot-scale platforms, newest first. `fieldCode`: a field (its platforms and those serving its whole chain) or a chain code (any of its fields).',
  })
  async pilotPlatforms(
    @Args() args: ConnectionArgs,
    @Args('fieldCode', { type: () => String, nullable: true }) fieldCode?: string | null,
  ): Promise<Connection<PilotPlatformModel>> {
    return mapConnection(await this.platforms.list(args, { fieldCode }), PilotPlatformModel.from);
  }

  @Mutation(() => PilotPlatformModel, {
    description:
      "Lists a pilot platform operated by the caller's organization (innovation platform, research institute or enterprise); administrators name the operator with `operatorId`.",
  })
  async createPilotPlatform(@Args('input') input: PilotPlatformInput, @CurrentUser() principal: Principal): Promise<PilotPlatformModel> {
    return PilotPlatformModel.from(await this.platforms.create(input, principal));
  }

  @Mutation(() => PilotPlatformModel, { description: "Edits a pilot platform (its operator's members or an administrator); only the fields given change." })
  async updatePilotPlatform(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PilotPlatformUpdateInput,
    @CurrentUser() principal: Principal,
  ): Promise<PilotPlatformModel> {
    return PilotPlatformModel.from(await this.platforms.update(id, input, principal));
  }

  @ResolveField(() => OrganizationModel)
  async operator(@Parent() platform: PilotPlatformModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return this.identity.organization(ctx.loaders, platform.operatorId);
  }

  @ResolveField(() => [PilotBookingModel], {
    description:
      "Bookings, by start. The operator's members and administrators see all; the owner organization of a result sees its own bookings; others none (busyRanges shows when the platform is taken).",
  })
  async bookings(
    @Parent() platform: PilotPlatformModel,
    @Context() ctx: GraphQLContext,
    @CurrentUser() principal: Principal | null,
  ): Promise<PilotBookingModel[]> {
    if (!principal) return [];
    const all = await this.loaders.bookings(ctx.loaders, platform.id);
    const mine = this.platforms.isOperator(principal, platform) ? all : all.filter((booking) => booking.resultOwnerId === principal.organizationId);
    if (isAdmin(principal)) return mine.map(PilotBookingModel.from);
    // A booking shows only with a result the caller may see (an operator member who joined after the request has no grant).
    const results = await Promise.all(mine.map((booking) => this.catalog.result(ctx.loaders, principal, booking.resultId)));
    return mine.filter((_, index) => results[index] !== null).map(PilotBookingModel.from);
  }

  @ResolveField(() => [BusyRangeModel], { description: 'Approved ranges not yet over, for everyone: when the platform is taken, not by whom.' })
  async busyRanges(@Parent() platform: PilotPlatformModel, @Context() ctx: GraphQLContext): Promise<BusyRangeModel[]> {
    return (await this.loaders.busyRanges(ctx.loaders, platform.id)).map((booking) => ({ from: booking.fromAt, to: booking.toAt }));
  }
}
