import { ConversationService, MessagePayload } from '@techbridge/chat';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';

import { TestApp } from './test-app';

export type ChatClient = Socket;

/** A socket.io client on the `/chat` namespace, websocket only, as the protocol shows. */
export function chatClient(url: string, token: string | undefined, options: { reconnection?: boolean } = {}): ChatClient {
  return io(`${url}/chat`, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: options.reconnection ?? false,
    forceNew: true,
  });
}

/** Resolves once connected; rejects with the connect_error's message. */
export function connected(socket: ChatClient, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    const timer = setTimeout(() => reject(new Error('connect timed out')), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error: Error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export async function connectChat(t: { url: string }, token: string): Promise<ChatClient> {
  const socket = chatClient(t.url, token);
  await connected(socket);
  return socket;
}

/** Emits with an acknowledgement and a bounded wait. */
export async function call<T = any>(socket: ChatClient, event: string, payload: unknown, timeoutMs = 10000): Promise<T> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<T>;
}

/** Collects `message:new` payloads a socket receives. */
export function inbox(socket: ChatClient): { messages: MessagePayload[]; waitFor(count: number, timeoutMs?: number): Promise<MessagePayload[]> } {
  const messages: MessagePayload[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message:new', ({ message }: { message: MessagePayload }) => {
    messages.push(message);
    waiters.splice(0).forEach((wake) => wake());
  });
  return {
    messages,
    waitFor: async (count, timeoutMs = 15000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} message:new events, got ${messages.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages;
    },
  };
}

/** Waits for one event (bounded). */
export function nextEvent<T = any>(socket: ChatClient, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Opens a conversation through the service the deal pipeline will call (no GraphQL mutation creates one). */
export async function createConversation(t: TestApp, participantIds: string[], dealId?: string): Promise<string> {
  const conversations = t.app.get(ConversationService);
  const conversation = await t.app.get(DataSource).transaction((manager) => conversations.create(manager, { participantIds, dealId }));
  return conversation.id;
}
