import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Connection, ConnectionArgs, CurrentUser, GraphQLContext, mapConnection, Principal, Public, Role } from '@techbridge/platform';

import { agendaPath } from '../calendar/agenda.controller';
import { MeetingModel } from '../meetings/meeting.model';
import { RegistrationModel } from '../registrations/registration.model';
import { EventSchedulingService } from '../scheduling/event-scheduling.service';
import { EventInput } from './dto/event.input';
import { EventRegistrationInput } from './dto/event-registration.input';
import { MatchmakingEventConnection, MatchmakingEventModel } from './matchmaking-event.model';
import { MatchmakingEventService } from './matchmaking-event.service';

@Resolver(() => MatchmakingEventModel)
export class MatchmakingEventResolver {
  constructor(
    private readonly service: MatchmakingEventService,
    private readonly scheduling: EventSchedulingService,
  ) {}

  @Public()
  @Query(() => MatchmakingEventConnection, { description: 'Matchmaking events, newest first; drafts only for administrators.' })
  async events(@Args() args: ConnectionArgs, @CurrentUser() principal: Principal | null): Promise<Connection<MatchmakingEventModel>> {
    return mapConnection(await this.service.list(args, principal), MatchmakingEventModel.from);
  }

  @Public()
  @Query(() => MatchmakingEventModel, {
    nullable: true,
    description: 'An event; null when it does not exist or is a draft and the caller is not an administrator.',
  })
  async event(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal | null): Promise<MatchmakingEventModel | null> {
    const event = await this.service.get(id, principal);
    return event ? MatchmakingEventModel.from(event) : null;
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MatchmakingEventModel, { description: 'Admin: creates a DRAFT event; field codes are checked against the taxonomy.' })
  async createEvent(@Args('input') input: EventInput, @CurrentUser() principal: Principal): Promise<MatchmakingEventModel> {
    return MatchmakingEventModel.from(await this.service.create(input, principal));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MatchmakingEventModel, { description: 'Admin: DRAFT → OPEN, visible to everyone and open for registrations.' })
  async openEvent(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<MatchmakingEventModel> {
    return MatchmakingEventModel.from(await this.service.open(id, principal));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MatchmakingEventModel, { description: 'Admin: SCHEDULED → COMPLETED once the event has begun (a job also completes it at its end).' })
  async completeEvent(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<MatchmakingEventModel> {
    return MatchmakingEventModel.from(await this.service.complete(id, principal));
  }

  @Mutation(() => MatchmakingEventModel, {
    description:
      "A member of a verified organization registers its own published (non-private) results and needs for an OPEN event, before the deadline and within the capacity. Registering again replaces the organization's lists.",
  })
  async registerForEvent(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: EventRegistrationInput,
    @CurrentUser() principal: Principal,
  ): Promise<MatchmakingEventModel> {
    return MatchmakingEventModel.from(await this.service.register(eventId, input, principal));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MatchmakingEventModel, {
    description:
      'Admin: proposes 1:1 meetings between registered results and needs, maximising the total match score. Again on a SCHEDULED event: fills freed slots, keeping confirmed meetings where they are.',
  })
  async scheduleEvent(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<MatchmakingEventModel> {
    return MatchmakingEventModel.from(await this.scheduling.schedule(id, principal));
  }

  @ResolveField(() => [RegistrationModel], {
    description: "All registrations for administrators; the caller's own organization's for a member; none for others.",
  })
  async registrations(
    @Parent() event: MatchmakingEventModel,
    @Context() ctx: GraphQLContext,
    @CurrentUser() principal: Principal | null,
  ): Promise<RegistrationModel[]> {
    const all = await ctx.loaders.get<string, RegistrationModel[]>('events.registrations', (ids) => this.service.registrationsByEventIds(ids)).load(event.id);
    return all.filter((r) => this.service.sees(principal, r.organizationId));
  }

  @ResolveField(() => [MeetingModel], {
    description: "All meetings for administrators; those of the caller's own organization (either side) for a member; none for others.",
  })
  async meetings(@Parent() event: MatchmakingEventModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal | null): Promise<MeetingModel[]> {
    const all = await ctx.loaders
      .get<string, MeetingModel[]>('events.meetings', async (ids) => (await this.service.meetingsByEventIds(ids)).map((rows) => rows.map(MeetingModel.from)))
      .load(event.id);
    return all.filter((m) => this.service.sees(principal, m.resultOrgId, m.needOrgId));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Path (on the API's origin) of the caller's agenda as an iCalendar file, downloaded with the same Bearer token; null when the caller's organization is not registered.",
  })
  async agendaUrl(@Parent() event: MatchmakingEventModel, @CurrentUser() principal: Principal | null): Promise<string | null> {
    if (!principal?.organizationId) return null;
    return (await this.service.isRegistered(event.id, principal.organizationId)) ? agendaPath(event.id) : null;
  }

  @ResolveField(() => Int, { description: 'Organizations registered so far.' })
  async registeredOrganizations(@Parent() event: MatchmakingEventModel, @Context() ctx: GraphQLContext): Promise<number> {
    const all = await ctx.loaders.get<string, RegistrationModel[]>('events.registrations', (ids) => this.service.registrationsByEventIds(ids)).load(event.id);
    return all.length;
  }
}
