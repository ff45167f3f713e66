import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { getAccessToken, refreshSession } from '../auth/session';
import {
  ChatClient,
  contiguousSeq,
  initialRoomState,
  newClientMessageId,
  revealsGap,
  roomReducer,
  type ChatAttachment,
  type ChatMessage,
  type OutgoingMessage,
  type PendingMessage,
  type RoomAction,
  type RoomState,
} from './chat-client';
import { DealRoomHistoryQuery } from './documents';
import { CHAT_READ_EVENT, DEAL_UPDATED_EVENT } from './events';

const PAGE = 30;
// Long enough to take a burst (a sync, a scroll) as one mark; short enough that the mark leaves
// while the message that caused it is still being shown, not as the next one is typed or arrives.
const READ_DELAY_MS = 50;

export { CHAT_READ_EVENT, DEAL_UPDATED_EVENT } from './events';

interface Store {
  get(): RoomState;
  dispatch(action: RoomAction): void;
  subscribe(listener: () => void): () => void;
}

/** The room's state outside React, so socket callbacks always read the current list. */
function createStore(): Store {
  let state = initialRoomState;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    dispatch(action) {
      const next = roomReducer(state, action);
      if (next === state) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface DealRoomApi {
  state: RoomState;
  send(message: Omit<OutgoingMessage, 'clientMessageId'> & { attachments?: ChatAttachment[] }): void;
  retry(clientMessageId: string): void;
  loadOlder(): Promise<void>;
  loadingOlder: boolean;
  acceptOffer(messageId: string): Promise<{ ok: true } | { ok: false; message: string }>;
  markRead(): void;
  typing(): void;
  /** The user id of whoever typed last (cleared after a few seconds). */
  typingUserId: string | null;
  /** A stage pushed by `deal:updated` since the deal was loaded. */
  liveStage: string | null;
}

/**
 * The live room: one socket per mounted room, joined (again after every reconnect) and caught up
 * with `conversation:sync` from the last contiguous seq; the newest page and older ones over
 * GraphQL history. Every arrival goes through the pure reducer of chat-client.ts, which is what
 * keeps the list free of gaps and duplicates.
 */
export function useDealRoom(
  conversationId: string | null,
  myUserId: string | null,
  initialReads: Record<string, number>,
  onError: (message: string) => void,
): DealRoomApi {
  const client = useClient();
  const storeRef = useRef<Store | null>(null);
  storeRef.current ??= createStore();
  const store = storeRef.current;
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const chatRef = useRef<ChatClient | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [typingUserId, setTypingUserId] = useState<string | null>(null);
  const [liveStage, setLiveStage] = useState<string | null>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const lastTypingSent = useRef(0);
  const readTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    for (const [userId, seq] of Object.entries(initialReads)) store.dispatch({ type: 'read', userId, seq });
  }, [initialReads, store]);

  const fetchPage = useCallback(
    async (before: string | null) => {
      const result = await client
        .query(DealRoomHistoryQuery, { conversationId: conversationId!, last: PAGE, before }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) throw new Error(result.error?.message ?? 'history');
      const page = result.data.messages;
      return { messages: page.edges.map((edge) => edge.node as ChatMessage), hasOlder: page.pageInfo.hasNextPage, cursor: page.pageInfo.endCursor ?? null };
    },
    [client, conversationId],
  );

  useEffect(() => {
    if (!conversationId) return;
    const chat = new ChatClient({ getToken: getAccessToken, refresh: refreshSession });
    chatRef.current = chat;
    let joined = false;
    let syncing = false;
    let syncAgain = false;
    let closed = false;

    /** Everything after the last contiguous seq; runs once at a time, again if asked meanwhile. */
    const catchUp = async (): Promise<void> => {
      if (!joined || !store.get().loaded) return;
      if (syncing) {
        syncAgain = true;
        return;
      }
      syncing = true;
      try {
        do {
          syncAgain = false;
          const ack = await chat.syncAll(conversationId, contiguousSeq(store.get().messages));
          if (closed) return;
          if (ack.ok) store.dispatch({ type: 'received', messages: ack.messages, myUserId });
        } while (syncAgain);
      } finally {
        syncing = false;
      }
    };

    /** My messages still marked as sending when the connection came back are sent again, under the same id. */
    const resendWaiting = (): void => {
      for (const pending of store.get().pending) if (pending.status === 'sending') void deliver(chat, pending);
    };

    const offs = [
      chat.on('connected', () => {
        void (async () => {
          store.dispatch({ type: 'connection', state: 'connecting' });
          const ack = await chat.join(conversationId);
          if (closed) return;
          if (!ack.ok) {
            joined = false;
            store.dispatch({ type: 'connection', state: ack.code === 'FORBIDDEN' || ack.code === 'NOT_FOUND' ? 'forbidden' : 'offline' });
            if (ack.code === 'FORBIDDEN' || ack.code === 'NOT_FOUND') chat.close();
            return;
          }
          joined = true;
          store.dispatch({ type: 'connection', state: 'online' });
          await catchUp();
          resendWaiting();
        })();
      }),
      chat.on('disconnected', () => {
        joined = false;
        if (store.get().connection !== 'forbidden') store.dispatch({ type: 'connection', state: 'offline' });
      }),
      chat.on('unauthenticated', () => store.dispatch({ type: 'connection', state: 'unauthenticated' })),
      chat.on('message', (message) => {
        if (message.conversationId !== conversationId) return;
        const gap = revealsGap(store.get().messages, message);
        store.dispatch({ type: 'received', messages: [message], myUserId });
        if (gap) void catchUp();
      }),
      chat.on('read', (event) => {
        if (event.conversationId === conversationId) store.dispatch({ type: 'read', userId: event.userId, seq: event.seq });
      }),
      chat.on('typing', (event) => {
        if (event.conversationId === conversationId && event.userId !== myUserId) setTypingUserId(event.userId);
      }),
      chat.on('dealUpdated', (event) => {
        setLiveStage(event.stage);
        window.dispatchEvent(new CustomEvent(DEAL_UPDATED_EVENT, { detail: event }));
      }),
    ];

    void fetchPage(null).then(
      (page) => {
        if (closed) return;
        store.dispatch({ type: 'history', ...page, myUserId, newest: true });
        void catchUp();
      },
      () => onErrorRef.current('history'),
    );
    chat.connect();
    return () => {
      closed = true;
      offs.forEach((off) => off());
      chat.close();
      chatRef.current = null;
    };
    // myUserId is stable while a room is open (a new session remounts the page).
  }, [conversationId, fetchPage, store]);

  useEffect(() => {
    if (!typingUserId) return;
    const timer = setTimeout(() => setTypingUserId(null), 4000);
    return () => clearTimeout(timer);
  }, [typingUserId]);

  const deliver = useCallback(
    async (chat: ChatClient, pending: PendingMessage): Promise<void> => {
      const ack = await chat.send(conversationId!, pending);
      if (ack.ok) store.dispatch({ type: 'received', messages: [ack.message], myUserId });
      else {
        store.dispatch({ type: 'failed', clientMessageId: pending.clientMessageId, error: ack.code });
        if (ack.code !== 'OFFLINE' && ack.code !== 'TIMEOUT') onErrorRef.current(ack.message);
      }
    },
    [conversationId, myUserId, store],
  );

  const send: DealRoomApi['send'] = useCallback(
    (message) => {
      const pending: PendingMessage = { ...message, clientMessageId: newClientMessageId(), status: 'sending', createdAt: new Date().toISOString() };
      store.dispatch({ type: 'queued', message: pending });
      const chat = chatRef.current;
      if (!chat?.connected) {
        store.dispatch({ type: 'failed', clientMessageId: pending.clientMessageId, error: 'OFFLINE' });
        return;
      }
      void deliver(chat, pending);
    },
    [deliver, store],
  );

  const retry = useCallback(
    (clientMessageId: string) => {
      const pending = store.get().pending.find((p) => p.clientMessageId === clientMessageId);
      const chat = chatRef.current;
      if (!pending) return;
      store.dispatch({ type: 'retrying', clientMessageId });
      if (!chat?.connected) {
        store.dispatch({ type: 'failed', clientMessageId, error: 'OFFLINE' });
        return;
      }
      void deliver(chat, pending);
    },
    [deliver, store],
  );

  const loadOlder = useCallback(async () => {
    const { olderCursor, hasOlder } = store.get();
    if (!hasOlder || !olderCursor || loadingOlder) return;
    setLoadingOlder(true);
    try {
      const page = await fetchPage(olderCursor);
      store.dispatch({ type: 'history', ...page, myUserId });
    } catch {
      onErrorRef.current('history');
    } finally {
      setLoadingOlder(false);
    }
  }, [fetchPage, loadingOlder, myUserId, store]);

  const acceptOffer = useCallback(async (messageId: string) => {
    const chat = chatRef.current;
    if (!chat) return { ok: false as const, message: 'OFFLINE' };
    const ack = await chat.acceptOffer(messageId);
    return ack.ok ? { ok: true as const } : { ok: false as const, message: ack.message };
  }, []);

  /** Marks the newest message read (once per burst); the server keeps the highest mark. */
  const markRead = useCallback(() => {
    if (readTimer.current) return;
    readTimer.current = setTimeout(() => {
      readTimer.current = undefined;
      const chat = chatRef.current;
      const { messages, reads, connection } = store.get();
      const last = messages[messages.length - 1];
      if (!chat || !myUserId || !last || connection !== 'online' || (reads[myUserId] ?? 0) >= last.seq) return;
      store.dispatch({ type: 'read', userId: myUserId, seq: last.seq });
      void chat.markRead(conversationId!, last.seq).then(() => window.dispatchEvent(new Event(CHAT_READ_EVENT)));
    }, READ_DELAY_MS);
  }, [conversationId, myUserId, store]);

  useEffect(() => () => clearTimeout(readTimer.current), []);

  const typing = useCallback(() => {
    const now = Date.now();
    if (now - lastTypingSent.current < 3000) return;
    lastTypingSent.current = now;
    void chatRef.current?.typing(conversationId!);
  }, [conversationId]);

  return { state, send, retry, loadOlder, loadingOlder, acceptOffer, markRead, typing, typingUserId, liveStage };
}
