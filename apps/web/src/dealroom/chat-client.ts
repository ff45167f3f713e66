import { io, type Socket } from 'socket.io-client';
import type { ContractType, MessageKind } from '../gql/graphql';

// ---- the protocol's shapes (shared/contract/chat-protocol.md, plus the project's additions) ----

export interface ChatAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  url: string;
}

export interface ChatOffer {
  amount: string;
  contractType: ContractType;
  terms: string | null;
}

export interface ChatMessage {
  id: string;
  clientMessageId: string | null;
  conversationId: string;
  seq: number;
  sender: { id: string; displayName: string } | null;
  kind: MessageKind;
  body: string;
  offer: ChatOffer | null;
  /** Absent from servers that predate attachments. */
  attachments?: ChatAttachment[];
  createdAt: string;
}

export interface AckFailure {
  ok: false;
  code: string;
  message: string;
  fields?: Record<string, string[]>;
  retryAfterSeconds?: number;
}
export type Ack<T extends object = object> = ({ ok: true } & T) | AckFailure;

export interface OutgoingMessage {
  clientMessageId: string;
  body: string;
  offer?: { amount: string; contractType: ContractType; terms?: string | null } | null;
  attachmentIds?: string[];
}

/** A message of mine the server has not acknowledged yet (or refused, or never answered). */
export interface PendingMessage extends OutgoingMessage {
  status: 'sending' | 'failed';
  /** The refusal's code, or TIMEOUT / OFFLINE. */
  error?: string;
  attachments?: ChatAttachment[];
  createdAt: string;
}

export const SYNC_PAGE_SIZE = 500;

// ---- pure logic (unit-tested) ----

/**
 * The room's messages after `incoming` arrived: ascending seq, each seq once, each id once.
 * Whatever order and however many times a message arrives (live, acknowledged, synced, loaded
 * from history), it shows once in its place. A copy already there is kept as it is.
 */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return current as ChatMessage[];
  const last = current[current.length - 1];
  // The live path: one newer message appended, no copy of the list.
  if (incoming.length === 1 && (!last || incoming[0].seq > last.seq)) return [...current, incoming[0]];
  const bySeq = new Map<number, ChatMessage>();
  const ids = new Set<string>();
  for (const message of current) {
    bySeq.set(message.seq, message);
    ids.add(message.id);
  }
  let changed = false;
  for (const message of incoming) {
    if (ids.has(message.id) || bySeq.has(message.seq)) continue;
    bySeq.set(message.seq, message);
    ids.add(message.id);
    changed = true;
  }
  if (!changed) return current as ChatMessage[];
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The highest seq up to which the loaded window has no hole: from the oldest message loaded,
 * every following seq is there. 0 when nothing is loaded. A reconnect syncs from here.
 */
export function contiguousSeq(messages: readonly ChatMessage[]): number {
  if (messages.length === 0) return 0;
  let seq = messages[0].seq;
  for (let index = 1; index < messages.length; index += 1) {
    if (messages[index].seq !== seq + 1) break;
    seq = messages[index].seq;
  }
  return seq;
}

/** Holes inside the loaded window, as inclusive [from, to] ranges (older history is not a hole). */
export function missingRanges(messages: readonly ChatMessage[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let index = 1; index < messages.length; index += 1) {
    const previous = messages[index - 1].seq;
    if (messages[index].seq > previous + 1) ranges.push([previous + 1, messages[index].seq - 1]);
  }
  return ranges;
}

/**
 * Whether a message received live shows that some were missed (it is more than one past the last
 * contiguous seq), so the room must sync before trusting its list. Nothing loaded yet: the first
 * load will bring the window, no sync needed.
 */
export function revealsGap(messages: readonly ChatMessage[], received: ChatMessage): boolean {
  if (messages.length === 0) return false;
  return received.seq > contiguousSeq(messages) + 1;
}

/** Pending messages of mine still waiting once `confirmed` arrived (matched by clientMessageId). */
export function settlePending(pending: readonly PendingMessage[], confirmed: readonly ChatMessage[], myUserId: string | null): PendingMessage[] {
  if (pending.length === 0) return pending as PendingMessage[];
  const mine = new Set(confirmed.filter((m) => m.clientMessageId && (!myUserId || m.sender?.id === myUserId)).map((m) => m.clientMessageId as string));
  if (mine.size === 0) return pending as PendingMessage[];
  const left = pending.filter((p) => !mine.has(p.clientMessageId));
  return left.length === pending.length ? (pending as PendingMessage[]) : left;
}

/** Messages after my read mark that others wrote. */
export function unreadCount(messages: readonly ChatMessage[], lastReadSeq: number, myUserId: string | null): number {
  return messages.filter((m) => m.seq > lastReadSeq && m.sender?.id !== myUserId).length;
}

/** The newest OFFER message of the loaded window: only it can be accepted. */
export function latestOffer(messages: readonly ChatMessage[]): ChatMessage | null {
  for (let index = messages.length - 1; index >= 0; index -= 1) if (messages[index].kind === 'OFFER') return messages[index];
  return null;
}

/** Who of the others has read a message of mine: their read marks at or past its seq. */
export function readersOf(seq: number, reads: Readonly<Record<string, number>>, myUserId: string | null): string[] {
  return Object.entries(reads)
    .filter(([userId, read]) => userId !== myUserId && read >= seq)
    .map(([userId]) => userId);
}

// ---- the room's state, as a reducer (pure) ----

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'forbidden' | 'unauthenticated';

export interface RoomState {
  messages: ChatMessage[];
  pending: PendingMessage[];
  /** Each participant's read mark (user id → seq). */
  reads: Record<string, number>;
  connection: ConnectionState;
  /** Whether older messages than the first loaded exist, and the history cursor to reach them. */
  hasOlder: boolean;
  olderCursor: string | null;
  /** The first history page has arrived. */
  loaded: boolean;
}

export const initialRoomState: RoomState = {
  messages: [],
  pending: [],
  reads: {},
  connection: 'connecting',
  hasOlder: false,
  olderCursor: null,
  loaded: false,
};

export type RoomAction =
  | { type: 'connection'; state: ConnectionState }
  | { type: 'received'; messages: ChatMessage[]; myUserId: string | null }
  | { type: 'history'; messages: ChatMessage[]; hasOlder: boolean; cursor: string | null; myUserId: string | null; newest?: boolean }
  | { type: 'queued'; message: PendingMessage }
  | { type: 'failed'; clientMessageId: string; error: string }
  | { type: 'retrying'; clientMessageId: string }
  | { type: 'read'; userId: string; seq: number };

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'connection':
      return state.connection === action.state ? state : { ...state, connection: action.state };
    case 'received': {
      const messages = mergeMessages(state.messages, action.messages);
      const pending = settlePending(state.pending, action.messages, action.myUserId);
      return messages === state.messages && pending === state.pending ? state : { ...state, messages, pending };
    }
    case 'history': {
      const messages = mergeMessages(state.messages, action.messages);
      const pending = settlePending(state.pending, action.messages, action.myUserId);
      // The newest page sets the cursor once; older pages move it back. A page that overlaps
      // what is loaded (a live message came first) never moves it forward again.
      const older = action.newest ? !state.loaded : true;
      return {
        ...state,
        messages,
        pending,
        loaded: true,
        hasOlder: older ? action.hasOlder : state.hasOlder,
        olderCursor: older ? action.cursor : state.olderCursor,
      };
    }
    case 'queued':
      return { ...state, pending: [...state.pending.filter((p) => p.clientMessageId !== action.message.clientMessageId), action.message] };
    case 'failed':
      return {
        ...state,
        pending: state.pending.map((p) => (p.clientMessageId === action.clientMessageId ? { ...p, status: 'failed', error: action.error } : p)),
      };
    case 'retrying':
      return {
        ...state,
        pending: state.pending.map((p) => (p.clientMessageId === action.clientMessageId ? { ...p, status: 'sending', error: undefined } : p)),
      };
    case 'read': {
      if ((state.reads[action.userId] ?? 0) >= action.seq) return state;
      return { ...state, reads: { ...state.reads, [action.userId]: action.seq } };
    }
  }
}

export function newClientMessageId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

// ---- the socket ----

export interface ChatEvents {
  message: (message: ChatMessage) => void;
  read: (event: { conversationId: string; userId: string; seq: number }) => void;
  typing: (event: { conversationId: string; userId: string }) => void;
  dealUpdated: (event: { dealId: string; stage: string }) => void;
  /** Connected (again): rooms must be joined and synced again. */
  connected: () => void;
  disconnected: () => void;
  /** The token was refused and could not be refreshed. */
  unauthenticated: () => void;
}

export interface ChatClientOptions {
  /** Defaults to the page's origin. */
  url?: string;
  getToken: () => string | null;
  /** Refreshes the session; resolves whether a new token is available. */
  refresh: () => Promise<boolean>;
  ackTimeoutMs?: number;
}

/**
 * A thin typed client of the `/chat` namespace. The handshake reads the current access token on
 * every (re)connection; a refusal as UNAUTHENTICATED refreshes the session once and connects
 * again, since socket.io does not retry a connection its middleware refused.
 */
export class ChatClient {
  private readonly socket: Socket;
  private readonly listeners: { [K in keyof ChatEvents]: Set<ChatEvents[K]> } = {
    message: new Set(),
    read: new Set(),
    typing: new Set(),
    dealUpdated: new Set(),
    connected: new Set(),
    disconnected: new Set(),
    unauthenticated: new Set(),
  };
  private readonly ackTimeoutMs: number;
  private refreshing = false;
  /** Refreshes since the last successful connection: a token refused right after a refresh is not refreshed again and again. */
  private refreshes = 0;
  private started = false;
  private readonly onOffline = (): void => {
    // The browser knows the network is gone before the socket's heartbeat does (and an open
    // WebSocket may outlive it): drop the connection now, so the room shows it and sends fail fast.
    if (this.socket.connected || this.socket.active) this.socket.disconnect();
  };
  private readonly onOnline = (): void => {
    if (this.started && !this.socket.connected) this.socket.connect();
  };

  constructor(private readonly options: ChatClientOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.socket = io(`${options.url ?? ''}/chat`, {
      path: '/socket.io',
      transports: ['websocket'],
      autoConnect: false,
      // One connection per room: the shared manager would hand a remounted room the previous room's socket.
      forceNew: true,
      reconnectionDelay: 300,
      reconnectionDelayMax: 3_000,
      auth: (callback) => callback({ token: options.getToken() ?? '' }),
    });
    this.socket.on('connect', () => {
      this.refreshes = 0;
      this.emit('connected');
    });
    this.socket.on('disconnect', () => this.emit('disconnected'));
    this.socket.on('connect_error', (error: Error) => void this.onConnectError(error));
    this.socket.on('message:new', (payload: { message: ChatMessage }) => this.emit('message', payload.message));
    this.socket.on('message:read', (payload: { conversationId: string; userId: string; seq: number }) => this.emit('read', payload));
    this.socket.on('typing', (payload: { conversationId: string; userId: string }) => this.emit('typing', payload));
    this.socket.on('deal:updated', (payload: { dealId: string; stage: string }) => this.emit('dealUpdated', payload));
  }

  connect(): void {
    this.started = true;
    if (typeof window !== 'undefined') {
      window.addEventListener('offline', this.onOffline);
      window.addEventListener('online', this.onOnline);
    }
    this.socket.connect();
  }

  close(): void {
    this.started = false;
    if (typeof window !== 'undefined') {
      window.removeEventListener('offline', this.onOffline);
      window.removeEventListener('online', this.onOnline);
    }
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  on<K extends keyof ChatEvents>(event: K, listener: ChatEvents[K]): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  join(conversationId: string): Promise<Ack<{ lastSeq: number }>> {
    return this.call('conversation:join', { conversationId });
  }

  send(conversationId: string, message: OutgoingMessage): Promise<Ack<{ message: ChatMessage }>> {
    const payload = { conversationId, clientMessageId: message.clientMessageId, body: message.body, ...(message.offer ? { offer: message.offer } : {}) };
    return this.call('message:send', message.attachmentIds?.length ? { ...payload, attachmentIds: message.attachmentIds } : payload);
  }

  /** Every message after `afterSeq`, asking again from the last while pages come back full. */
  async syncAll(conversationId: string, afterSeq: number): Promise<Ack<{ messages: ChatMessage[] }>> {
    const all: ChatMessage[] = [];
    let from = afterSeq;
    for (;;) {
      const ack = await this.call<{ messages: ChatMessage[] }>('conversation:sync', { conversationId, afterSeq: from });
      if (!ack.ok) return ack;
      all.push(...ack.messages);
      if (ack.messages.length < SYNC_PAGE_SIZE) return { ok: true, messages: all };
      from = ack.messages[ack.messages.length - 1].seq;
    }
  }

  markRead(conversationId: string, seq: number): Promise<Ack> {
    return this.call('message:read', { conversationId, seq });
  }

  typing(conversationId: string): Promise<Ack> {
    return this.call('typing', { conversationId });
  }

  acceptOffer(messageId: string): Promise<Ack<{ message: ChatMessage }>> {
    return this.call('offer:accept', { messageId });
  }

  /** An emit with an acknowledgement; no answer in time (or no connection) is a TIMEOUT / OFFLINE failure. */
  private async call<T extends object = object>(event: string, payload: object): Promise<Ack<T>> {
    if (!this.socket.connected) return { ok: false, code: 'OFFLINE', message: 'Not connected' };
    try {
      return (await this.socket.timeout(this.ackTimeoutMs).emitWithAck(event, payload)) as Ack<T>;
    } catch {
      return { ok: false, code: 'TIMEOUT', message: 'No answer from the server' };
    }
  }

  private async onConnectError(error: Error): Promise<void> {
    if (error.message !== 'UNAUTHENTICATED') return; // network trouble: socket.io retries by itself
    if (this.refreshing) return;
    if (this.refreshes >= 2) {
      this.emit('unauthenticated');
      return;
    }
    this.refreshing = true;
    this.refreshes += 1;
    try {
      if (await this.options.refresh()) this.socket.connect();
      else this.emit('unauthenticated');
    } finally {
      this.refreshing = false;
    }
  }

  private emit<K extends keyof ChatEvents>(event: K, ...args: Parameters<ChatEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...values: Parameters<ChatEvents[K]>) => void)(...args);
  }
}
