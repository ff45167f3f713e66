import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders, UserModel } from '@techbridge/identity';
import { CurrentUser, GraphQLContext, Principal } from '@techbridge/platform';

import { ConversationModel, ParticipantModel } from './conversation.model';
import { ConversationService } from './conversation.service';
import { ConversationParticipantEntity } from './conversation-participant.entity';

class ConversationLoaders {
  static participants(ctx: GraphQLContext, service: ConversationService, id: string): Promise<ConversationParticipantEntity[]> {
    return ctx.loaders.get<string, ConversationParticipantEntity[]>('chat.participants', (ids) => service.participantsOf(ids)).load(id);
  }
}

@Resolver(() => ConversationModel)
export class ConversationResolver {
  constructor(private readonly conversations: ConversationService) {}

  @Query(() => ConversationModel, { nullable: true, description: 'A conversation, for its participants and administrators.' })
  async conversation(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal): Promise<ConversationModel> {
    return this.conversations.getForReader(principal, id);
  }

  @Query(() => [ConversationModel], { description: 'The caller’s conversations, newest first.' })
  async myConversations(
    @CurrentUser() principal: Principal,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: '1 to 100 (default 50).' }) first: number,
  ): Promise<ConversationModel[]> {
    return this.conversations.listForUser(principal.userId, Math.min(Math.max(first, 1), 100));
  }

  @Mutation(() => ConversationModel, { description: 'Marks the caller’s messages read up to seq (the mark never moves backwards) and tells the room.' })
  async markConversationRead(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('seq', { type: () => Int }) seq: number,
    @CurrentUser() principal: Principal,
  ): Promise<ConversationModel> {
    await this.conversations.markRead(principal, conversationId, seq);
    return this.conversations.getForReader(principal, conversationId);
  }

  @ResolveField(() => [ParticipantModel])
  async participants(@Parent() conversation: ConversationModel, @Context() ctx: GraphQLContext): Promise<ParticipantModel[]> {
    return ConversationLoaders.participants(ctx, this.conversations, conversation.id);
  }

  @ResolveField(() => Int, { description: 'Messages after the caller’s read mark (0 for a caller who is not a participant).' })
  async unreadCount(@Parent() conversation: ConversationModel, @Context() ctx: GraphQLContext, @CurrentUser() principal: Principal): Promise<number> {
    const participants = await ConversationLoaders.participants(ctx, this.conversations, conversation.id);
    const mine = participants.find((p) => p.userId === principal.userId);
    return mine ? Math.max(0, conversation.lastSeq - mine.lastReadSeq) : 0;
  }
}

@Resolver(() => ParticipantModel)
export class ParticipantResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => UserModel)
  async user(@Parent() participant: ParticipantModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.loaders.user(ctx.loaders, participant.userId);
  }
}
