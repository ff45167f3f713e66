import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DealLoaders, DealModel } from '@techbridge/brokerage';
import { CatalogLoaders, ResearchResultModel, TechNeedModel } from '@techbridge/catalog';
import { CurrentUser, GraphQLContext, Principal } from '@techbridge/platform';

import { eventsError } from '../events.errors';
import { MeetingModel } from './meeting.model';
import { MeetingService } from './meeting.service';

@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly meetings: MeetingService,
    private readonly catalog: CatalogLoaders,
    private readonly deals: DealLoaders,
  ) {}

  @Mutation(() => MeetingModel, {
    description:
      'A member of either organization answers a proposed meeting for its side: a decline declines it (and frees the slot); it is CONFIRMED once both sides accepted.',
  })
  async respondToMeeting(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('accept') accept: boolean,
    @CurrentUser() principal: Principal,
  ): Promise<MeetingModel> {
    return MeetingModel.from(await this.meetings.respond(meetingId, accept, principal));
  }

  @Mutation(() => MeetingModel, {
    description:
      'After a confirmed meeting started, a party or an administrator records it HELD or NO_SHOW; a held meeting with openDeal opens a deal with an auto-assigned broker.',
  })
  async recordMeetingOutcome(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('held') held: boolean,
    @Args('openDeal') openDeal: boolean,
    @CurrentUser() principal: Principal,
  ): Promise<MeetingModel> {
    return MeetingModel.from(await this.meetings.recordOutcome(meetingId, held, openDeal, principal));
  }

  @ResolveField(() => ResearchResultModel)
  async result(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal | null): Promise<ResearchResultModel> {
    const result = await this.catalog.result(ctx.loaders, principal, meeting.resultId);
    if (!result) throw eventsError('MEETING_NOT_FOUND', 'The result of this meeting is no longer visible');
    return result;
  }

  @ResolveField(() => TechNeedModel)
  async need(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal | null): Promise<TechNeedModel> {
    const need = await this.catalog.need(ctx.loaders, principal, meeting.needId);
    if (!need) throw eventsError('MEETING_NOT_FOUND', 'The need of this meeting is no longer visible');
    return need;
  }

  @ResolveField(() => DealModel, {
    nullable: true,
    description: 'The deal opened from this meeting; null when none was opened or the caller may not see it.',
  })
  async deal(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal | null): Promise<DealModel | null> {
    if (!meeting.dealId || !principal) return null;
    return this.deals.deal(ctx.loaders, principal, meeting.dealId);
  }
}
