import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders, UserModel } from '@techbridge/identity';
import { Connection, CurrentUser, GraphQLContext, Principal } from '@techbridge/platform';
import { IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

import { SendMessageInput } from './dto/send-message.input';
import { MessageEntity } from './message.entity';
import { MessageAttachmentModel, MessageConnection, MessageModel } from './message.model';
import { MessageService } from './message.service';
import { MessageRateLimit } from './message-rate-limit';

@ArgsType()
class MessagesArgs {
  @Field(() => ID)
  @IsUUID()
  conversationId: string;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20): the newest messages before `before`.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the oldest message already seen (the previous page’s endCursor).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  before?: string;
}

@Resolver(() => MessageModel)
export class MessageResolver {
  constructor(
    private readonly store: MessageService,
    private readonly identity: IdentityLoaders,
    private readonly rateLimit: MessageRateLimit,
  ) {}

  @Query(() => MessageConnection, {
    description:
      'History, newest page first, each page oldest-first. Pages run backwards: `pageInfo.hasNextPage` means OLDER messages exist, and `pageInfo.endCursor` (the oldest edge’s cursor) is the `before` of the next page.',
  })
  async messages(@Args() args: MessagesArgs, @CurrentUser() principal: Principal): Promise<Connection<MessageEntity>> {
    return this.store.history(principal, args.conversationId, args.last, args.before);
  }

  @Mutation(() => MessageModel, { description: 'Sends a message, as `message:send` on the socket does (same store, same broadcast).' })
  async sendMessage(@Args('input') input: SendMessageInput, @CurrentUser() principal: Principal): Promise<MessageEntity> {
    await this.rateLimit.take(principal.userId);
    const { message } = await this.store.send(principal.userId, input);
    return Object.assign(new MessageEntity(), { ...message, senderId: message.sender?.id ?? null, createdAt: new Date(message.createdAt) });
  }

  @ResolveField(() => [MessageAttachmentModel], { description: 'Files sent with the message (empty when none).' })
  attachments(@Parent() message: MessageModel): MessageAttachmentModel[] {
    return (message.attachments ?? []).map((file) => ({
      id: file.id,
      name: file.name,
      contentType: file.contentType,
      size: file.size,
      url: `/files/${file.id}`,
    }));
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Null for SYSTEM messages.' })
  async sender(@Parent() message: MessageModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return message.senderId ? this.identity.user(ctx.loaders, message.senderId) : null;
  }
}
