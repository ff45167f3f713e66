import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { AppConfig, bearerToken, Principal, Role, TokenService } from '@techbridge/platform';
import { Socket } from 'socket.io';

import { ConversationService } from '../conversations/conversation.service';
import { ConversationAccess } from '../conversations/conversation-access.service';
import { MessageService } from '../messages/message.service';
import { MessageRateLimit } from '../messages/message-rate-limit';
import { ChatBroadcaster, ChatNamespace } from './chat-broadcaster';
import { Ack, ChatSocketData, ClientToServerEvents, conversationRoom, ServerToClientEvents, userRoom } from './chat-events';
import { ackFailure } from './socket-ack';
import { ConversationPayload, OfferAcceptPayload, parsePayload, parseSendMessagePayload, ReadPayload, SyncPayload } from './socket-payloads';

type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, ChatSocketData>;

/**
 * The `/chat` namespace (chat-protocol.md). Authentication happens in a socket.io middleware,
 * before the socket joins anything; handlers are bound per socket so that every event is
 * validated and always acknowledged, whatever fails. The work is in the services.
 */
@WebSocketGateway({ namespace: '/chat' })
export class ChatGateway implements OnGatewayInit<ChatNamespace>, OnGatewayConnection<ChatSocket> {
  private readonly logger = new Logger(ChatGateway.name);
  private namespace: ChatNamespace;

  constructor(
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
    private readonly broadcaster: ChatBroadcaster,
    private readonly messages: MessageService,
    private readonly conversations: ConversationService,
    private readonly access: ConversationAccess,
    private readonly rateLimit: MessageRateLimit,
  ) {}

  afterInit(namespace: ChatNamespace): void {
    this.namespace = namespace;
    this.broadcaster.attach(namespace);
    namespace.use((socket, next) => {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const token = typeof auth?.token === 'string' ? auth.token : bearerToken(socket.handshake.headers.authorization);
      const principal = this.tokens.verifyAccess(token);
      if (!principal) return next(new Error('UNAUTHENTICATED'));
      // Counted per instance: a user's sockets behind a load balancer may be spread further.
      const open = this.namespace.adapter.rooms.get(userRoom(principal.userId))?.size ?? 0;
      if (open >= this.config.CHAT_MAX_SOCKETS_PER_USER) return next(new Error('RATE_LIMITED'));
      socket.data = { userId: principal.userId, roles: principal.roles, organizationId: principal.organizationId };
      next();
    });
  }

  handleConnection(socket: ChatSocket): void {
    void socket.join(userRoom(socket.data.userId));
    const principal: Principal = { userId: socket.data.userId, roles: socket.data.roles as Role[], organizationId: socket.data.organizationId };
    /** Conversations this socket joined, and whether as a participant (admins may only read). */
    const joined = new Map<string, boolean>();

    this.handle(socket, 'conversation:join', async (raw) => {
      const { conversationId } = await parsePayload(ConversationPayload, raw);
      const { lastSeq, participant } = await this.access.assertCanRead(principal, conversationId);
      await socket.join(conversationRoom(conversationId));
      joined.set(conversationId, participant);
      return { lastSeq };
    });

    this.handle(socket, 'conversation:leave', async (raw) => {
      const { conversationId } = await parsePayload(ConversationPayload, raw);
      await socket.leave(conversationRoom(conversationId));
      joined.delete(conversationId);
      return {};
    });

    this.handle(socket, 'message:send', async (raw) => {
      await this.rateLimit.take(principal.userId);
      const input = await parseSendMessagePayload(raw);
      const { message } = await this.messages.send(principal.userId, input);
      return { message };
    });

    this.handle(socket, 'conversation:sync', async (raw) => {
      const { conversationId, afterSeq } = await parsePayload(SyncPayload, raw);
      return { messages: await this.messages.sync(principal, conversationId, afterSeq) };
    });

    this.handle(socket, 'message:read', async (raw) => {
      const { conversationId, seq } = await parsePayload(ReadPayload, raw);
      await this.conversations.markRead(principal, conversationId, seq);
      return {};
    });

    this.handle(socket, 'offer:accept', async (raw) => {
      const { messageId } = await parsePayload(OfferAcceptPayload, raw);
      const offer = await this.conversations.acceptOffer(principal, messageId);
      const [message] = await this.messages.payloads([offer]);
      return { message };
    });

    this.handle(socket, 'typing', async (raw) => {
      const { conversationId } = await parsePayload(ConversationPayload, raw);
      if (!joined.get(conversationId)) await this.access.assertParticipant(principal.userId, conversationId);
      socket.to(conversationRoom(conversationId)).emit('typing', { conversationId, userId: principal.userId });
      return {};
    });
  }

  /**
   * Binds one client event: the handler's result is acknowledged as `{ ok: true, … }` and any
   * failure as `{ ok: false, code, message }`. An event sent without an ack callback breaks the
   * protocol and is ignored.
   */
  private handle<E extends keyof ClientToServerEvents>(socket: ChatSocket, event: E, handler: (raw: unknown) => Promise<object>): void {
    const listener = (raw: unknown, ack: unknown): void => {
      if (typeof ack !== 'function') {
        this.logger.debug(`${event} without an acknowledgement callback ignored`);
        return;
      }
      const reply = ack as (response: Ack) => void;
      handler(raw).then(
        (result) => reply({ ok: true, ...result }),
        (error: unknown) => reply(ackFailure(error)),
      );
    };
    // The payload is validated here, not trusted to the static event map.
    (socket as unknown as Socket).on(event as string, listener);
  }
}
