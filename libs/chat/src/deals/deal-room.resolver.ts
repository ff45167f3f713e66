import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DealLoaders, DealModel } from '@techbridge/brokerage';
import { CurrentUser, GraphQLContext, Principal } from '@techbridge/platform';

import { ConversationModel } from '../conversations/conversation.model';
import { ConversationService } from '../conversations/conversation.service';
import { MessageEntity } from '../messages/message.entity';
import { MessageModel, OfferModel } from '../messages/message.model';

/** The deal's side of its room: `Deal.conversation` and `Deal.latestOffer`. */
@Resolver(() => DealModel)
export class DealConversationResolver {
  constructor(private readonly conversations: ConversationService) {}

  @ResolveField(() => ConversationModel, { description: 'The deal room, with the broker and both organizations.' })
  async conversation(@Parent() deal: DealModel, @Context() ctx: GraphQLContext): Promise<ConversationModel | null> {
    if (!deal.conversationId) return null;
    return ctx.loaders.get<string, ConversationModel | null>('chat.conversation', (ids) => this.conversations.findByIds(ids)).load(deal.conversationId);
  }

  @ResolveField(() => OfferModel, { nullable: true, description: "The newest offer made in the deal's conversation, if any." })
  async latestOffer(@Parent() deal: DealModel, @Context() ctx: GraphQLContext): Promise<OfferModel | null> {
    if (!deal.conversationId) return null;
    const message = await ctx.loaders
      .get<string, MessageEntity | null>('chat.latestOffer', (ids) => this.conversations.latestOffers(ids))
      .load(deal.conversationId);
    return message?.offer ? { amount: message.offer.amount, contractType: message.offer.contractType, terms: message.offer.terms ?? null } : null;
  }
}

/** The conversation's side: `Conversation.deal`, and accepting an offer. */
@Resolver(() => ConversationModel)
export class ConversationDealResolver {
  constructor(
    private readonly conversations: ConversationService,
    private readonly deals: DealLoaders,
  ) {}

  @ResolveField(() => DealModel, { nullable: true, description: 'The deal this room belongs to, if the caller may see it.' })
  async deal(@Parent() conversation: ConversationModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal): Promise<DealModel | null> {
    return conversation.dealId ? this.deals.deal(ctx.loaders, principal, conversation.dealId) : null;
  }

  @Mutation(() => MessageModel, {
    description:
      "Accepts the latest offer of a conversation (the other side or the deal's broker, not its author): a SYSTEM message records it and the deal moves NEGOTIATING → TERMS_AGREED. Returns the accepted offer.",
  })
  async acceptOffer(@Args('messageId', { type: () => ID }) messageId: string, @CurrentUser() principal: Principal): Promise<MessageEntity> {
    return this.conversations.acceptOffer(principal, messageId);
  }
}
