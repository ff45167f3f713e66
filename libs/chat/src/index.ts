export * from './chat.module';
export * from './conversations/conversation.model';
export * from './conversations/conversation.service';
export type { StoredAttachment } from './messages/message.entity';
export * from './messages/dto/send-message.input';
export * from './realtime/chat-events';
export * from './realtime/chat-io.adapter';
export { MessageService, type MessageAttachmentHandler, type MessageAttachmentRequest } from './messages/message.service';
