import { randomUUID } from 'node:crypto';

import { MessagePayload } from '@techbridge/chat';

import { call, ChatClient, connectChat, createConversation, nextEvent, registerAccount, SignedIn, startTestApp, TestApp } from '../support';

/** Needs Redis on 127.0.0.1:6379 (REDIS_URL overrides), as CI provides. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('chat across two API instances through Redis', () => {
  let a: TestApp;
  let b: TestApp;
  let researcher: SignedIn;
  let enterprise: SignedIn;
  const sockets: ChatClient[] = [];

  beforeAll(async () => {
    a = await startTestApp({ env: { REDIS_URL } });
    b = await startTestApp({ database: a.database, env: { REDIS_URL } });
    [researcher, enterprise] = await Promise.all([registerAccount(a, 'UNIVERSITY'), registerAccount(b, 'ENTERPRISE')]);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await b.close();
    await a.close();
  });

  it('a message sent through instance A reaches a client on instance B, and back', async () => {
    const conversationId = await createConversation(a, [researcher.userId, enterprise.userId]);
    const onA = await connectChat(a, researcher.token);
    const onB = await connectChat(b, enterprise.token);
    sockets.push(onA, onB);
    await expect(call(onA, 'conversation:join', { conversationId })).resolves.toEqual({ ok: true, lastSeq: 0 });
    await expect(call(onB, 'conversation:join', { conversationId })).resolves.toEqual({ ok: true, lastSeq: 0 });

    const atB = nextEvent<{ message: MessagePayload }>(onB, 'message:new');
    const sent = await call(onA, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'from instance A' });
    expect(sent.ok).toBe(true);
    await expect(atB).resolves.toEqual({ message: sent.message });

    const atA = nextEvent<{ message: MessagePayload }>(onA, 'message:new');
    const viaGraphQL = await b.gql(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }`,
      { input: { conversationId, clientMessageId: randomUUID(), body: 'from instance B over GraphQL' } },
      enterprise.token,
    );
    expect(viaGraphQL.data?.sendMessage.seq).toBe(2);
    await expect(atA).resolves.toMatchObject({ message: { id: viaGraphQL.data?.sendMessage.id, seq: 2, body: 'from instance B over GraphQL' } });

    const typing = nextEvent(onA, 'typing');
    await expect(call(onB, 'typing', { conversationId })).resolves.toEqual({ ok: true });
    await expect(typing).resolves.toEqual({ conversationId, userId: enterprise.userId });
  });
});
