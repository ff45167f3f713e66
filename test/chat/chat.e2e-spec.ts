import { randomUUID } from 'node:crypto';

import { ConversationService, MessagePayload } from '@techbridge/chat';
import { DataSource } from 'typeorm';

import {
  call,
  ChatClient,
  chatClient,
  connectChat,
  connected,
  createAdmin,
  createConversation,
  errorCode,
  inbox,
  nextEvent,
  registerAccount,
  SignedIn,
  startTestApp,
  TestApp,
} from '../support';

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq kind body clientMessageId conversationId sender { id displayName } offer { amount contractType terms } } }`;
const MESSAGES = `query($id: ID!, $last: Int, $before: String) { messages(conversationId: $id, last: $last, before: $before) { edges { cursor node { seq body } } pageInfo { hasNextPage endCursor } } }`;
const CONVERSATION = `query($id: ID!) { conversation(id: $id) { id lastSeq unreadCount participants { lastReadSeq user { id displayName } } } }`;
const MARK_READ = `mutation($id: ID!, $seq: Int!) { markConversationRead(conversationId: $id, seq: $seq) { id lastSeq unreadCount participants { lastReadSeq user { id } } } }`;

describe('deal-room chat over socket.io', () => {
  let t: TestApp;
  let researcher: SignedIn;
  let enterprise: SignedIn;
  let stranger: SignedIn;
  let conversationId: string;
  const sockets: ChatClient[] = [];
  const open = async (token: string): Promise<ChatClient> => {
    const socket = await connectChat(t, token);
    sockets.push(socket);
    return socket;
  };
  const rowCount = async (sql: string, params: unknown[]): Promise<number> => Number((await t.app.get(DataSource).query(sql, params))[0].n);

  beforeAll(async () => {
    // The limit is per user over every socket and GraphQL, so the other tests' traffic gets a wide
    // budget here; the limit itself is measured on an instance of its own.
    t = await startTestApp({ env: { CHAT_RATE_LIMIT: '1000', CHAT_RATE_WINDOW_SECONDS: '10' } });
    [researcher, enterprise, stranger] = await Promise.all([
      registerAccount(t, 'UNIVERSITY'),
      registerAccount(t, 'ENTERPRISE'),
      registerAccount(t, 'ENTERPRISE'),
    ]);
    conversationId = await createConversation(t, [researcher.userId, enterprise.userId]);
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a missing or forged token with connect_error UNAUTHENTICATED', async () => {
    for (const token of [undefined, 'forged.token.value', `${researcher.token}x`]) {
      const socket = chatClient(t.url, token);
      await expect(connected(socket)).rejects.toThrow('UNAUTHENTICATED');
      socket.disconnect();
    }
  });

  it('join, send: both participants receive message:new with consecutive seq, acked after storing', async () => {
    const a = await open(researcher.token);
    const b = await open(enterprise.token);
    const inboxA = inbox(a);
    const inboxB = inbox(b);
    const joinA = await call(a, 'conversation:join', { conversationId });
    await expect(call(b, 'conversation:join', { conversationId })).resolves.toEqual({ ok: true, lastSeq: joinA.lastSeq });
    const first = await call(a, 'message:send', { conversationId, clientMessageId: randomUUID(), body: '  你好，我们对该专利很感兴趣  ' });
    const second = await call(b, 'message:send', {
      conversationId,
      clientMessageId: randomUUID(),
      body: 'Our offer',
      offer: { amount: '1250000.5', contractType: 'LICENSE', terms: '3 instalments' },
    });
    expect(first).toMatchObject({
      ok: true,
      message: {
        seq: joinA.lastSeq + 1,
        kind: 'TEXT',
        body: '你好，我们对该专利很感兴趣',
        sender: { id: researcher.userId, displayName: 'UNIVERSITY user' },
        offer: null,
      },
    });
    expect(second).toMatchObject({
      ok: true,
      message: { seq: joinA.lastSeq + 2, kind: 'OFFER', offer: { amount: '1250000.50', contractType: 'LICENSE', terms: '3 instalments' } },
    });
    expect(new Date(first.message.createdAt).toISOString()).toBe(first.message.createdAt);
    const [receivedA, receivedB] = await Promise.all([inboxA.waitFor(2), inboxB.waitFor(2)]);
    expect(receivedA.map((m) => m.seq)).toEqual([joinA.lastSeq + 1, joinA.lastSeq + 2]);
    expect(receivedB.map((m) => m.id)).toEqual([first.message.id, second.message.id]);
    await expect(t.app.get(ConversationService).latestOffer(conversationId)).resolves.toMatchObject({ id: second.message.id, offer: { amount: '1250000.50' } });
  });

  it("a stranger's join, send, sync and typing are FORBIDDEN; an unknown conversation is NOT_FOUND", async () => {
    const s = await open(stranger.token);
    const joined = await call(s, 'conversation:join', { conversationId });
    expect(joined).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(typeof joined.message).toBe('string');
    await expect(call(s, 'message:send', { conversationId, clientMessageId: 'x1', body: 'hi' })).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expect(call(s, 'conversation:sync', { conversationId, afterSeq: 0 })).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expect(call(s, 'typing', { conversationId })).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expect(call(s, 'message:read', { conversationId, seq: 1 })).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expect(call(s, 'conversation:join', { conversationId: randomUUID() })).resolves.toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(errorCode(await t.gql(CONVERSATION, { id: conversationId }, stranger.token))).toBe('FORBIDDEN');
  });

  it('a resend with the same clientMessageId stores one row and acks the stored message', async () => {
    const a = await open(researcher.token);
    const clientMessageId = randomUUID();
    const payload = { conversationId, clientMessageId, body: 'only once' };
    const [one, two] = await Promise.all([call(a, 'message:send', payload), call(a, 'message:send', payload)]);
    const three = await call(a, 'message:send', { ...payload, body: 'changed text is ignored' });
    expect(one.ok && two.ok && three.ok).toBe(true);
    expect(new Set([one.message.id, two.message.id, three.message.id]).size).toBe(1);
    expect(three.message).toMatchObject({ body: 'only once', seq: one.message.seq });
    await expect(rowCount('SELECT count(*) AS n FROM message WHERE client_message_id = $1', [clientMessageId])).resolves.toBe(1);
    // No seq was spent on the resends.
    const after = await call(a, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'next' });
    expect(after.message.seq).toBe(one.message.seq + 1);
  });

  it('sends arriving together share a commit, yet each is answered on its own: a refused one fails alone, a resend takes no seq', async () => {
    const a = await open(researcher.token);
    const b = await open(enterprise.token);
    const s = await open(stranger.token);
    const before = (await call(a, 'conversation:join', { conversationId })).lastSeq as number;
    const repeated = randomUUID();
    // Emitted in the same tick, so they reach the server within one batch window.
    const [first, refused, resent, other] = await Promise.all([
      call(a, 'message:send', { conversationId, clientMessageId: repeated, body: 'one' }),
      call(s, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'not mine to send' }),
      call(a, 'message:send', { conversationId, clientMessageId: repeated, body: 'one again' }),
      call(b, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'two' }),
    ]);
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(first.ok && resent.ok && other.ok).toBe(true);
    expect(resent.message).toMatchObject({ id: first.message.id, body: 'one', seq: first.message.seq });
    expect([first.message.seq, other.message.seq].sort((x: number, y: number) => x - y)).toEqual([before + 1, before + 2]);
    const stored: { seq: number }[] = await t.app
      .get(DataSource)
      .query('SELECT seq FROM message WHERE conversation_id = $1 AND seq > $2 ORDER BY seq', [conversationId, before]);
    expect(stored.map((row) => row.seq)).toEqual([before + 1, before + 2]);
  });

  it('reconnect + conversation:sync returns the messages missed while away', async () => {
    const a = await open(researcher.token);
    const { lastSeq } = await call(a, 'conversation:join', { conversationId });
    a.disconnect();
    const b = await open(enterprise.token);
    const sent: MessagePayload[] = [];
    for (let i = 0; i < 3; i++) sent.push((await call(b, 'message:send', { conversationId, clientMessageId: randomUUID(), body: `missed ${i}` })).message);
    const back = await open(researcher.token);
    await expect(call(back, 'conversation:join', { conversationId })).resolves.toEqual({ ok: true, lastSeq: lastSeq + 3 });
    const synced = await call(back, 'conversation:sync', { conversationId, afterSeq: lastSeq });
    expect(synced.ok).toBe(true);
    expect(synced.messages.map((m: MessagePayload) => m.id)).toEqual(sent.map((m) => m.id));
    expect(synced.messages.map((m: MessagePayload) => m.seq)).toEqual([lastSeq + 1, lastSeq + 2, lastSeq + 3]);
  });

  it('acknowledges bad payloads with BAD_USER_INPUT and ignores events without an ack', async () => {
    const a = await open(researcher.token);
    const base = { conversationId, clientMessageId: randomUUID() };
    const cases: unknown[] = [
      { ...base, body: '   ' },
      { ...base, body: 'x'.repeat(4001) },
      { ...base },
      { ...base, body: 'ok', offer: { amount: '0', contractType: 'LICENSE' } },
      { ...base, body: 'ok', offer: { amount: '-5', contractType: 'LICENSE' } },
      { ...base, body: 'ok', offer: { amount: '100', contractType: 'BARTER' } },
      { ...base, body: 'ok', offer: { amount: 100, contractType: 'LICENSE' } },
      { conversationId: 'not-a-uuid', clientMessageId: 'a', body: 'ok' },
      { ...base, clientMessageId: '', body: 'ok' },
      'a string',
      null,
    ];
    for (const payload of cases) {
      await expect(call(a, 'message:send', payload)).resolves.toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    }
    await expect(call(a, 'conversation:sync', { conversationId, afterSeq: -1 })).resolves.toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    await expect(call(a, 'message:read', { conversationId, seq: 'x' })).resolves.toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    const exactly = await call(a, 'message:send', { ...base, body: 'y'.repeat(4000) });
    expect(exactly).toMatchObject({ ok: true, message: { body: 'y'.repeat(4000) } });
    // Without an ack the event is dropped; the socket stays usable.
    const marker = randomUUID();
    a.emit('message:send', { conversationId, clientMessageId: marker, body: 'no ack' });
    await expect(call(a, 'conversation:join', { conversationId })).resolves.toMatchObject({ ok: true });
    await expect(rowCount('SELECT count(*) AS n FROM message WHERE client_message_id = $1', [marker])).resolves.toBe(0);
    expect(errorCode(await t.gql(SEND, { input: { ...base, clientMessageId: randomUUID(), body: '' } }, researcher.token))).toBe('BAD_USER_INPUT');
  });

  it('refuses packets over the size cap by closing the socket', async () => {
    const a = await open(researcher.token);
    const closed = nextEvent(a, 'disconnect');
    a.emit('message:send', { conversationId, clientMessageId: randomUUID(), body: 'z'.repeat(70_000) }, () => undefined);
    await expect(closed).resolves.toBeDefined();
  });

  it('rate-limits a user to 20 messages per 10 s (RATE_LIMITED with retry-after) over all their sockets and GraphQL', async () => {
    const limited = await startTestApp({ database: t.database, env: { CHAT_RATE_LIMIT: '20', CHAT_RATE_WINDOW_SECONDS: '10' } });
    const connect = async (token: string): Promise<ChatClient> => {
      const socket = await connectChat(limited, token);
      sockets.push(socket);
      return socket;
    };
    try {
      // Fresh users: messages sent by earlier tests must not eat into the budget measured here.
      const [sender, peer] = await Promise.all([registerAccount(t, 'UNIVERSITY'), registerAccount(t, 'ENTERPRISE')]);
      const own = await createConversation(t, [sender.userId, peer.userId]);
      const a = await connect(sender.token);
      const results = [];
      for (let i = 0; i < 21; i++) results.push(await call(a, 'message:send', { conversationId: own, clientMessageId: `r${i}`, body: `m${i}` }));
      expect(results.slice(0, 20).every((r) => r.ok)).toBe(true);
      expect(results[20]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      await expect(rowCount('SELECT count(*) AS n FROM message WHERE conversation_id = $1', [own])).resolves.toBe(20);
      expect(results[20]).toMatchObject({ retryAfterSeconds: expect.any(Number) });
      // A second socket of the same user is no second budget, nor is GraphQL's sendMessage.
      const other = await connect(sender.token);
      await expect(call(other, 'message:send', { conversationId: own, clientMessageId: 'r21', body: 'other socket' })).resolves.toMatchObject({
        ok: false,
        code: 'RATE_LIMITED',
      });
      const viaGraphQL = await limited.gql(SEND, { input: { conversationId: own, clientMessageId: randomUUID(), body: 'over HTTP' } }, sender.token);
      expect(errorCode(viaGraphQL)).toBe('RATE_LIMITED');
      expect(viaGraphQL.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      await expect(rowCount('SELECT count(*) AS n FROM message WHERE conversation_id = $1', [own])).resolves.toBe(20);
      // Another user in the same conversation keeps their own budget.
      const b = await connect(peer.token);
      await expect(call(b, 'message:send', { conversationId: own, clientMessageId: 'e1', body: 'mine' })).resolves.toMatchObject({
        ok: true,
        message: { seq: 21 },
      });
    } finally {
      sockets.splice(0).forEach((socket) => socket.disconnect());
      await limited.close();
    }
  });

  it('caps the sockets one user holds open', async () => {
    const app = await startTestApp({ database: t.database, env: { CHAT_MAX_SOCKETS_PER_USER: '2' } });
    try {
      const first = await connectChat(app, stranger.token);
      const second = await connectChat(app, stranger.token);
      const third = chatClient(app.url, stranger.token);
      await expect(connected(third)).rejects.toThrow('RATE_LIMITED');
      [first, second, third].forEach((socket) => socket.disconnect());
    } finally {
      await app.close();
    }
  });

  it('10 concurrent senders × 50 messages on two instances get seq 1..500 with no gap and no repeat', async () => {
    // Two more instances on the same database, without the per-socket limit in the way.
    const env = { CHAT_RATE_LIMIT: '100000' };
    const [left, right] = await Promise.all([startTestApp({ database: t.database, env }), startTestApp({ database: t.database, env })]);
    try {
      const users = await Promise.all(Array.from({ length: 10 }, () => registerAccount(t, 'ENTERPRISE')));
      const busy = await createConversation(
        t,
        users.map((u) => u.userId),
      );
      const clients = await Promise.all(users.map((u, i) => connectChat(i % 2 === 0 ? left : right, u.token)));
      sockets.push(...clients);
      const listener = clients[0];
      await call(listener, 'conversation:join', { conversationId: busy });
      const heard = inbox(listener);
      const acks = await Promise.all(
        clients.map(async (socket, sender) => {
          // All 50 in flight at once per sender.
          const batch = await Promise.all(
            Array.from({ length: 50 }, (_, i) =>
              call(socket, 'message:send', { conversationId: busy, clientMessageId: `s${sender}-${i}`, body: `from ${sender}` }),
            ),
          );
          return batch.map((ack) => {
            if (!ack.ok) throw new Error(JSON.stringify(ack));
            return ack.message.seq as number;
          });
        }),
      );
      const all = acks.flat().sort((x, y) => x - y);
      expect(all).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
      const stored: { seq: number }[] = await t.app.get(DataSource).query('SELECT seq FROM message WHERE conversation_id = $1 ORDER BY seq', [busy]);
      expect(stored.map((row) => row.seq)).toEqual(all);
      const received = await heard.waitFor(250);
      expect(received.every((m) => m.conversationId === busy)).toBe(true);
      const firstPage = await call(listener, 'conversation:sync', { conversationId: busy, afterSeq: 0 });
      expect(firstPage.messages.map((m: MessagePayload) => m.seq)).toEqual(all);
      await expect(call(listener, 'conversation:sync', { conversationId: busy, afterSeq: 500 })).resolves.toEqual({ ok: true, messages: [] });
    } finally {
      sockets.splice(0).forEach((socket) => socket.disconnect());
      await Promise.all([left.close(), right.close()]);
    }
  });

  it('GraphQL sendMessage uses the same store and is broadcast on the socket room; messages pages backwards', async () => {
    const room = await createConversation(t, [researcher.userId, enterprise.userId]);
    const b = await open(enterprise.token);
    await call(b, 'conversation:join', { conversationId: room });
    const heard = nextEvent<{ message: MessagePayload }>(b, 'message:new');
    const clientMessageId = randomUUID();
    const sent = await t.gql(
      SEND,
      { input: { conversationId: room, clientMessageId, body: 'via GraphQL', offer: { amount: '99.9', contractType: 'SERVICE' } } },
      researcher.token,
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.sendMessage).toMatchObject({
      seq: 1,
      kind: 'OFFER',
      body: 'via GraphQL',
      clientMessageId,
      sender: { id: researcher.userId },
      offer: { amount: '99.90', contractType: 'SERVICE', terms: null },
    });
    await expect(heard).resolves.toMatchObject({
      message: { id: sent.data?.sendMessage.id, seq: 1, sender: { id: researcher.userId, displayName: 'UNIVERSITY user' } },
    });
    const again = await t.gql(SEND, { input: { conversationId: room, clientMessageId, body: 'via GraphQL' } }, researcher.token);
    expect(again.errors).toBeUndefined();
    expect(again.data?.sendMessage.id).toBe(sent.data?.sendMessage.id);
    for (let i = 2; i <= 5; i++) await call(b, 'message:send', { conversationId: room, clientMessageId: randomUUID(), body: `n${i}` });
    expect(errorCode(await t.gql(SEND, { input: { conversationId: room, clientMessageId: 'z', body: 'hi' } }, stranger.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SEND, { input: { conversationId: room, clientMessageId: 'z', body: 'hi' } }))).toBe('UNAUTHENTICATED');

    const newest = await t.gql(MESSAGES, { id: room, last: 2 }, researcher.token);
    expect(newest.data?.messages.edges.map((e: any) => e.node.seq)).toEqual([4, 5]);
    expect(newest.data?.messages.pageInfo.hasNextPage).toBe(true);
    const older = await t.gql(MESSAGES, { id: room, last: 3, before: newest.data?.messages.pageInfo.endCursor }, researcher.token);
    expect(older.data?.messages.edges.map((e: any) => e.node.seq)).toEqual([1, 2, 3]);
    expect(older.data?.messages.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await t.gql(MESSAGES, { id: room, last: 101 }, researcher.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(MESSAGES, { id: room }, stranger.token))).toBe('FORBIDDEN');
    const admin = await createAdmin(t);
    expect((await t.gql(MESSAGES, { id: room, last: 1 }, admin.token)).data?.messages.edges[0].node.seq).toBe(5);
  });

  it('read marks: stored, never backwards, broadcast, and unread counts per user', async () => {
    const room = await createConversation(t, [researcher.userId, enterprise.userId]);
    const a = await open(researcher.token);
    const b = await open(enterprise.token);
    await call(a, 'conversation:join', { conversationId: room });
    await call(b, 'conversation:join', { conversationId: room });
    for (let i = 0; i < 4; i++) await call(a, 'message:send', { conversationId: room, clientMessageId: `u${i}`, body: `u${i}` });
    const before = await t.gql(CONVERSATION, { id: room }, enterprise.token);
    expect(before.data?.conversation).toMatchObject({ lastSeq: 4, unreadCount: 4 });
    const readEvent = nextEvent(a, 'message:read');
    await expect(call(b, 'message:read', { conversationId: room, seq: 3 })).resolves.toEqual({ ok: true });
    await expect(readEvent).resolves.toEqual({ conversationId: room, userId: enterprise.userId, seq: 3 });
    await expect(call(b, 'message:read', { conversationId: room, seq: 1 })).resolves.toEqual({ ok: true });
    const marked = await t.gql(MARK_READ, { id: room, seq: 2 }, enterprise.token);
    expect(marked.data?.markConversationRead.unreadCount).toBe(1);
    expect(marked.data?.markConversationRead.participants.find((p: any) => p.user.id === enterprise.userId).lastReadSeq).toBe(3);
    const past = await t.gql(MARK_READ, { id: room, seq: 99 }, enterprise.token);
    expect(past.data?.markConversationRead.unreadCount).toBe(0);
    expect(errorCode(await t.gql(MARK_READ, { id: room, seq: 1 }, stranger.token))).toBe('FORBIDDEN');
    const mine = await t.gql(`{ myConversations { id unreadCount } }`, {}, researcher.token);
    expect(mine.data?.myConversations.find((c: any) => c.id === room)).toEqual({ id: room, unreadCount: 4 });
    const typing = nextEvent(a, 'typing');
    await expect(call(b, 'typing', { conversationId: room })).resolves.toEqual({ ok: true });
    await expect(typing).resolves.toEqual({ conversationId: room, userId: enterprise.userId });
  });

  it('SYSTEM messages and deal:updated reach the room only after the transaction commits', async () => {
    const dealId = randomUUID();
    const room = await createConversation(t, [researcher.userId, enterprise.userId]);
    const a = await open(researcher.token);
    await call(a, 'conversation:join', { conversationId: room });
    const heard = inbox(a);
    const service = t.app.get(ConversationService);
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        await service.postSystemMessage(manager, room, 'rolled back');
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await t.app.get(DataSource).transaction((manager) => service.postSystemMessage(manager, room, 'Deal moved to NEGOTIATING'));
    const [system] = await heard.waitFor(1);
    expect(system).toMatchObject({ seq: 1, kind: 'SYSTEM', sender: null, body: 'Deal moved to NEGOTIATING', clientMessageId: null });
    const update = nextEvent(a, 'deal:updated');
    service.broadcastDealUpdated(room, { dealId, stage: 'NEGOTIATING' });
    await expect(update).resolves.toEqual({ dealId, stage: 'NEGOTIATING' });
    expect(heard.messages).toHaveLength(1);
  });

  it('accepting the latest offer: the other party only; a SYSTEM message records it and listeners run in the transaction', async () => {
    const room = await createConversation(t, [researcher.userId, enterprise.userId]);
    const a = await open(researcher.token);
    const offer = await call(a, 'message:send', {
      conversationId: room,
      clientMessageId: 'o1',
      body: 'Offer',
      offer: { amount: '500000', contractType: 'TRANSFER' },
    });
    const service = t.app.get(ConversationService);
    const asResearcher = { userId: researcher.userId, roles: [], organizationId: null } as any;
    const asEnterprise = { userId: enterprise.userId, roles: [], organizationId: null } as any;
    const asStranger = { userId: stranger.userId, roles: [], organizationId: null } as any;
    await expect(service.acceptOffer(asResearcher, offer.message.id)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_OFFER' });
    await expect(service.acceptOffer(asStranger, offer.message.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await service.acceptOffer(asEnterprise, offer.message.id);
    const [, system] = (await call(a, 'conversation:sync', { conversationId: room, afterSeq: 0 })).messages;
    expect(system).toMatchObject({ seq: 2, kind: 'SYSTEM', body: '报价已接受 / Offer #1 accepted: 500000.00 CNY, TRANSFER' });

    const seen: unknown[] = [];
    service.onOfferAccepted(async (event) => {
      seen.push({ offerMessageId: event.offerMessageId, amount: event.offer.amount, acceptedBy: event.acceptedBy.userId, offeredBy: event.offeredBy });
      await service.postSystemMessage(event.manager, event.conversationId, 'Deal moved to TERMS_AGREED');
    });
    const second = await call(a, 'message:send', {
      conversationId: room,
      clientMessageId: 'o2',
      body: 'Better offer',
      offer: { amount: '450000', contractType: 'LICENSE' },
    });
    await expect(service.acceptOffer(asEnterprise, offer.message.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await service.acceptOffer(asEnterprise, second.message.id);
    expect(seen).toEqual([{ offerMessageId: second.message.id, amount: '450000.00', acceptedBy: enterprise.userId, offeredBy: researcher.userId }]);
    const last = (await call(a, 'conversation:sync', { conversationId: room, afterSeq: 3 })).messages;
    expect(last.map((m: MessagePayload) => [m.kind, m.body])).toEqual([
      ['SYSTEM', '报价已接受 / Offer #3 accepted: 450000.00 CNY, LICENSE'],
      ['SYSTEM', 'Deal moved to TERMS_AGREED'],
    ]);
  });
});
