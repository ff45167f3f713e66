import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrokerageModule, DealLifecycle } from '@techbridge/brokerage';
import { IdentityModule } from '@techbridge/identity';

import { AfterCommit } from './after-commit';
import { ConversationEntity } from './conversations/conversation.entity';
import { ConversationResolver, ParticipantResolver } from './conversations/conversation.resolver';
import { ConversationService } from './conversations/conversation.service';
import { ConversationAccess } from './conversations/conversation-access.service';
import { ConversationParticipantEntity } from './conversations/conversation-participant.entity';
import { DealRoomListener } from './deals/deal-room.listener';
import { ConversationDealResolver, DealConversationResolver } from './deals/deal-room.resolver';
import { MessageEntity } from './messages/message.entity';
import { MessageResolver } from './messages/message.resolver';
import { MessageService } from './messages/message.service';
import { MessageRateLimit } from './messages/message-rate-limit';
import { ChatGateway } from './realtime/chat.gateway';
import { ChatBroadcaster } from './realtime/chat-broadcaster';

@Module({
  imports: [TypeOrmModule.forFeature([ConversationEntity, ConversationParticipantEntity, MessageEntity]), IdentityModule, BrokerageModule],
  providers: [
    AfterCommit,
    ChatBroadcaster,
    ConversationAccess,
    MessageService,
    MessageRateLimit,
    ConversationService,
    ConversationResolver,
    ParticipantResolver,
    MessageResolver,
    ChatGateway,
    DealRoomListener,
    DealConversationResolver,
    ConversationDealResolver,
  ],
  exports: [ConversationService, MessageService],
})
export class ChatModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: DealLifecycle,
    private readonly conversations: ConversationService,
    private readonly dealRoom: DealRoomListener,
  ) {}

  onModuleInit(): void {
    // The deal room follows its deal inside the deal's transactions; an accepted offer agrees the deal's terms.
    this.lifecycle.register(this.dealRoom);
    this.conversations.onOfferAccepted((event) => this.dealRoom.onOfferAccepted(event));
  }
}
