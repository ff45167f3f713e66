import { describe, expect, it } from 'vitest';
import {
  contiguousSeq,
  initialRoomState,
  latestOffer,
  mergeMessages,
  missingRanges,
  readersOf,
  revealsGap,
  roomReducer,
  settlePending,
  unreadCount,
  type ChatMessage,
  type PendingMessage,
  type RoomState,
} from './chat-client';

const ME = 'user-me';
const OTHER = 'user-other';

function message(seq: number, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `m-${seq}`,
    clientMessageId: `c-${seq}`,
    conversationId: 'conv',
    seq,
    sender: { id: OTHER, displayName: 'Other' },
    kind: 'TEXT',
    body: `message ${seq}`,
    offer: null,
    attachments: [],
    createdAt: new Date(2026, 11, 2, 10, 0, seq).toISOString(),
    ...overrides,
  };
}
const seqs = (messages: readonly ChatMessage[]) => messages.map((m) => m.seq);
const pending = (clientMessageId: string, status: PendingMessage['status'] = 'sending'): PendingMessage => ({
  clientMessageId,
  body: 'hi',
  status,
  createdAt: new Date().toISOString(),
});

/** A small deterministic generator, so a failing shuffle can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('mergeMessages', () => {
  it('appends a newer message and keeps the list when nothing is new', () => {
    const list = [message(1), message(2)];
    expect(seqs(mergeMessages(list, [message(3)]))).toEqual([1, 2, 3]);
    expect(mergeMessages(list, [message(2)])).toBe(list);
    expect(mergeMessages(list, [])).toBe(list);
  });

  it('puts late and older messages in seq order, each once', () => {
    const merged = mergeMessages([message(5), message(7)], [message(6), message(3), message(4), message(6)]);
    expect(seqs(merged)).toEqual([3, 4, 5, 6, 7]);
  });

  it('de-duplicates by id and by seq: the copy already shown stays', () => {
    const shown = message(2, { body: 'shown' });
    const merged = mergeMessages([message(1), shown], [message(2, { body: 'again' }), { ...message(9), id: 'm-1' }]);
    expect(merged).toHaveLength(2);
    expect(merged[1]).toBe(shown);
  });

  it('whatever the order and repetition of arrivals, the result is 1..n once each', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const next = random(seed);
      const all = Array.from({ length: 40 }, (_, index) => message(index + 1));
      const arrivals = [...all, ...all.filter(() => next() < 0.3)].sort(() => next() - 0.5);
      let list: ChatMessage[] = [];
      while (arrivals.length > 0) list = mergeMessages(list, arrivals.splice(0, 1 + Math.floor(next() * 4)));
      expect(seqs(list)).toEqual(all.map((m) => m.seq));
    }
  });
});

describe('gap detection', () => {
  it('finds the last seq without a hole from the oldest loaded, and the holes', () => {
    expect(contiguousSeq([])).toBe(0);
    expect(contiguousSeq([message(11), message(12), message(13)])).toBe(13);
    expect(contiguousSeq([message(11), message(12), message(15), message(16)])).toBe(12);
    expect(missingRanges([message(11), message(12), message(15), message(18)])).toEqual([
      [13, 14],
      [16, 17],
    ]);
    expect(missingRanges([message(3), message(4)])).toEqual([]);
  });

  it('a live message more than one past the contiguous end reveals a gap; the next one does not', () => {
    const list = [message(1), message(2), message(3)];
    expect(revealsGap(list, message(4))).toBe(false);
    expect(revealsGap(list, message(3))).toBe(false);
    expect(revealsGap(list, message(6))).toBe(true);
    expect(revealsGap([], message(40))).toBe(false);
  });
});

describe('pending messages', () => {
  it('settle when my message comes back under the same clientMessageId, live or synced', () => {
    const waiting = [pending('a'), pending('b', 'failed')];
    const confirmed = [message(4, { clientMessageId: 'b', sender: { id: ME, displayName: 'Me' } })];
    expect(settlePending(waiting, confirmed, ME).map((p) => p.clientMessageId)).toEqual(['a']);
    // Someone else's message that happens to reuse the id settles nothing of mine.
    expect(settlePending(waiting, [message(5, { clientMessageId: 'a' })], ME)).toBe(waiting);
  });

  it('a retry keeps its clientMessageId, so its acknowledgement and broadcast make one message', () => {
    let state: RoomState = { ...initialRoomState, messages: [message(1)] };
    state = roomReducer(state, { type: 'queued', message: pending('x') });
    state = roomReducer(state, { type: 'failed', clientMessageId: 'x', error: 'TIMEOUT' });
    expect(state.pending).toMatchObject([{ clientMessageId: 'x', status: 'failed', error: 'TIMEOUT' }]);
    state = roomReducer(state, { type: 'retrying', clientMessageId: 'x' });
    expect(state.pending).toMatchObject([{ clientMessageId: 'x', status: 'sending' }]);
    const stored = message(2, { clientMessageId: 'x', sender: { id: ME, displayName: 'Me' } });
    state = roomReducer(state, { type: 'received', messages: [stored], myUserId: ME }); // the ack
    state = roomReducer(state, { type: 'received', messages: [stored], myUserId: ME }); // the broadcast
    state = roomReducer(state, { type: 'received', messages: [{ ...stored }], myUserId: ME }); // the first attempt's late ack
    expect(seqs(state.messages)).toEqual([1, 2]);
    expect(state.pending).toEqual([]);
  });
});

describe('roomReducer', () => {
  it('a reconnect sync fills what was missed between live messages', () => {
    let state = roomReducer(initialRoomState, {
      type: 'history',
      messages: [message(1), message(2)],
      hasOlder: false,
      cursor: null,
      myUserId: ME,
      newest: true,
    });
    state = roomReducer(state, { type: 'received', messages: [message(6)], myUserId: ME });
    expect(contiguousSeq(state.messages)).toBe(2);
    state = roomReducer(state, { type: 'received', messages: [3, 4, 5, 6].map((seq) => message(seq)), myUserId: ME });
    expect(seqs(state.messages)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(missingRanges(state.messages)).toEqual([]);
  });

  it('history pages move the older cursor back; a late newest page does not move it forward', () => {
    let state = roomReducer(initialRoomState, {
      type: 'history',
      messages: [message(21), message(22)],
      hasOlder: true,
      cursor: 'c21',
      myUserId: ME,
      newest: true,
    });
    state = roomReducer(state, { type: 'history', messages: [message(19), message(20)], hasOlder: true, cursor: 'c19', myUserId: ME });
    expect(state.olderCursor).toBe('c19');
    state = roomReducer(state, { type: 'history', messages: [message(22)], hasOlder: true, cursor: 'c22', myUserId: ME, newest: true });
    expect(state.olderCursor).toBe('c19');
    expect(seqs(state.messages)).toEqual([19, 20, 21, 22]);
  });

  it('read marks only move forward', () => {
    let state = roomReducer(initialRoomState, { type: 'read', userId: OTHER, seq: 5 });
    state = roomReducer(state, { type: 'read', userId: OTHER, seq: 3 });
    expect(state.reads[OTHER]).toBe(5);
    expect(readersOf(4, state.reads, ME)).toEqual([OTHER]);
    expect(readersOf(6, state.reads, ME)).toEqual([]);
    expect(readersOf(1, { [ME]: 9 }, ME)).toEqual([]);
  });
});

describe('unread and offers', () => {
  it('counts others’ messages after my read mark', () => {
    const list = [message(1), message(2, { sender: { id: ME, displayName: 'Me' } }), message(3), message(4, { kind: 'SYSTEM', sender: null })];
    expect(unreadCount(list, 1, ME)).toBe(2);
    expect(unreadCount(list, 4, ME)).toBe(0);
  });

  it('only the newest offer is the one to accept', () => {
    const offer = { amount: '1200000.00', contractType: 'LICENSE' as const, terms: null };
    const list = [message(1, { kind: 'OFFER', offer }), message(2), message(3, { kind: 'OFFER', offer }), message(4)];
    expect(latestOffer(list)?.seq).toBe(3);
    expect(latestOffer([message(1)])).toBeNull();
  });
});
