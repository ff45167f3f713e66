import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogLoaders, ResearchResultModel } from '@techbridge/catalog';
import { Allow, Connection, ConnectionArgs, CurrentUser, GraphQLContext, mapConnection, Principal, Role } from '@techbridge/platform';

import { PilotLoaders } from '../pilot.loaders';
import { PilotPlatformModel } from '../platforms/pilot-platform.model';
import { BookingStatus } from './booking-status.enum';
import { PilotBookingInput } from './dto/pilot-booking.input';
import { PilotBookingConnection, PilotBookingModel } from './pilot-booking.model';
import { PilotBookingService } from './pilot-booking.service';

@Resolver(() => PilotBookingModel)
export class PilotBookingResolver {
  constructor(
    private readonly bookings: PilotBookingService,
    private readonly loaders: PilotLoaders,
    private readonly catalog: CatalogLoaders,
  ) {}

  @Allow(Role.ADMIN)
  @Query(() => PilotBookingConnection, {
    description: "Administrators' queue of pilot bookings over every platform, oldest request first; `status` narrows it (e.g. REQUESTED: to decide).",
  })
  async pilotBookings(
    @Args() args: ConnectionArgs,
    @Args('status', { type: () => [BookingStatus], nullable: true }) status?: BookingStatus[] | null,
    @Args('platformId', { type: () => ID, nullable: true }) platformId?: string | null,
  ): Promise<Connection<PilotBookingModel>> {
    return mapConnection(await this.bookings.list(args, { status, platformId }), PilotBookingModel.from);
  }

  @Mutation(() => PilotBookingModel, { description: "Asks a pilot platform for a time range for a published result of the caller's organization (REQUESTED)." })
  async requestPilotBooking(@Args('input') input: PilotBookingInput, @CurrentUser() principal: Principal): Promise<PilotBookingModel> {
    return PilotBookingModel.from(await this.bookings.request(input, principal));
  }

  @Mutation(() => PilotBookingModel, {
    description:
      "The platform's operator (or an administrator) approves or declines a REQUESTED booking. An approval overlapping another approved booking of the platform fails with CONFLICT.",
  })
  async decidePilotBooking(
    @Args('id', { type: () => ID }) id: string,
    @Args('approve') approve: boolean,
    @CurrentUser() principal: Principal,
  ): Promise<PilotBookingModel> {
    return PilotBookingModel.from(await this.bookings.decide(id, approve, principal));
  }

  @Mutation(() => PilotBookingModel, { description: "The platform's operator (or an administrator) marks an APPROVED booking COMPLETED once it has ended." })
  async completePilotBooking(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<PilotBookingModel> {
    return PilotBookingModel.from(await this.bookings.complete(id, principal));
  }

  @ResolveField(() => ResearchResultModel)
  async result(
    @Parent() booking: PilotBookingModel,
    @Context() ctx: GraphQLContext,
    @CurrentUser() principal: Principal | null,
  ): Promise<ResearchResultModel | null> {
    return this.catalog.result(ctx.loaders, principal, booking.resultId);
  }

  @ResolveField(() => PilotPlatformModel)
  async platform(@Parent() booking: PilotBookingModel, @Context() ctx: GraphQLContext): Promise<PilotPlatformModel | null> {
    const platform = await this.loaders.platform(ctx.loaders, booking.platformId);
    return platform ? PilotPlatformModel.from(platform) : null;
  }
}
