import { ContractType } from '@techbridge/brokerage';
import { PublicErrorCode } from '@techbridge/platform';

import { MessageKind } from '../messages/message-kind.enum';

/** A message as sent on the socket: the GraphQL `Message` shape with the sender inlined. */
export interface MessagePayload {
  id: string;
  clientMessageId: string | null;
  conversationId: string;
  seq: number;
  sender: { id: string; displayName: string } | null;
  kind: MessageKind;
  body: string;
  offer: { amount: string; contractType: ContractType; terms: string | null } | null;
  /** Files sent with the message (an addition to the core protocol; empty when none). */
  attachments: { id: string; name: string; contentType: string; size: number; url: string }[];
  createdAt: string;
}

export type AckFailure = { ok: false; code: PublicErrorCode; message: string; fields?: Record<string, string[]>; retryAfterSeconds?: number };
export type Ack<T extends object = object> = ({ ok: true } & T) | AckFailure;
export type AckCallback<T extends object = object> = (response: Ack<T>) => void;

/** Client → server events of the `/chat` namespace (chat-protocol.md); every one takes an ack. */
export interface ClientToServerEvents {
  'conversation:join': (payload: { conversationId: string }, ack: AckCallback<{ lastSeq: number }>) => void;
  'conversation:leave': (payload: { conversationId: string }, ack: AckCallback) => void;
  'message:send': (
    payload: {
      conversationId: string;
      clientMessageId: string;
      body: string;
      offer?: { amount: string; contractType: ContractType; terms?: string | null } | null;
      attachmentIds?: string[] | null;
    },
    ack: AckCallback<{ message: MessagePayload }>,
  ) => void;
  'conversation:sync': (payload: { conversationId: string; afterSeq: number }, ack: AckCallback<{ messages: MessagePayload[] }>) => void;
  'message:read': (payload: { conversationId: string; seq: number }, ack: AckCallback) => void;
  typing: (payload: { conversationId: string }, ack: AckCallback) => void;
  /** Accepts the latest offer of a deal room (beyond the core protocol); acked with the accepted offer. */
  'offer:accept': (payload: { messageId: string }, ack: AckCallback<{ message: MessagePayload }>) => void;
}

/** Server → client events. */
export interface ServerToClientEvents {
  'message:new': (payload: { message: MessagePayload }) => void;
  'message:read': (payload: { conversationId: string; userId: string; seq: number }) => void;
  typing: (payload: { conversationId: string; userId: string }) => void;
  'deal:updated': (payload: { dealId: string; stage: string }) => void;
}

/** Per-socket state set by the authentication middleware. */
export interface ChatSocketData {
  userId: string;
  roles: string[];
  /** The user's organization from the token: deal rights (a party accepting an offer) depend on it. */
  organizationId: string | null;
}

export const SYNC_PAGE_SIZE = 500;

export const userRoom = (userId: string): string => `user:${userId}`;
export const conversationRoom = (conversationId: string): string => `conversation:${conversationId}`;
