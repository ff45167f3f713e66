import { Injectable } from '@nestjs/common';
import { Namespace } from 'socket.io';

import { ChatSocketData, ClientToServerEvents, conversationRoom, MessagePayload, ServerToClientEvents } from './chat-events';

export type ChatNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, ChatSocketData>;

/**
 * Emits to conversation rooms. The gateway hands it the namespace at init; through the Redis
 * adapter (when configured) a room spans every API instance. Processes without the gateway
 * (worker, CLI) have no namespace, and emitting is a no-op there: clients catch up with sync.
 */
@Injectable()
export class ChatBroadcaster {
  private namespace: ChatNamespace | null = null;

  attach(namespace: ChatNamespace): void {
    this.namespace = namespace;
  }

  messageNew(message: MessagePayload): void {
    this.namespace?.to(conversationRoom(message.conversationId)).emit('message:new', { message });
  }

  messageRead(conversationId: string, userId: string, seq: number): void {
    this.namespace?.to(conversationRoom(conversationId)).emit('message:read', { conversationId, userId, seq });
  }

  dealUpdated(conversationId: string, update: { dealId: string; stage: string }): void {
    this.namespace?.to(conversationRoom(conversationId)).emit('deal:updated', update);
  }
}
