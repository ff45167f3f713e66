import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@techbridge/identity';
import { AfterCommit } from './after-commit';
import { ConversationAccess } from './conversations/conversation-access.service';
import { ConversationParticipantEntity } from './conversations/conversation-participant.entity';
import { ConversationEntity } from './conversations/conversation.entity';
import { ConversationResolver, ParticipantResolver } from './conversations/conversation.resolver';
import { ConversationService } from './conversations/conversation.service';
import { MessageEntity } from './messages/message.entity';
import { MessageResolver } from './messages/message.resolver';
import { MessageService } from './messages/message.service';
import { ChatBroadcaster } from './realtime/chat-broadcaster';
import { ChatGateway } from './realtime/chat.gateway';

@Module({
  imports: [TypeOrmModule.forFeature([ConversationEntity, ConversationParticipantEntity, MessageEntity]), IdentityModule],
  providers: [AfterCommit, ChatBroadcaster, ConversationAccess, MessageService, ConversationService, ConversationResolver, ParticipantResolver, MessageResolver, ChatGateway],
  exports: [ConversationService, MessageService],
})
export class ChatModule {}
