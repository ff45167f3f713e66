import { randomUUID } from 'node:crypto';

import { MessagePayload } from '@techbridge/chat';
import { DataSource } from 'typeorm';

import { certifiedBroker } from '../brokerage/brokerage-helpers';
import { publishedNeed, publishedResult } from '../catalog/catalog-fixtures';
import {
  call,
  ChatClient,
  connectChat,
  createAdmin,
  errorCode,
  inbox,
  login,
  nextEvent,
  registerAccount,
  SignedIn,
  startTestApp,
  TestApp,
  verifyOrganizations,
} from '../support';

const OPEN = `mutation($resultId: ID!, $needId: ID!) { openDealForPair(resultId: $resultId, needId: $needId) { id stage broker { id } conversation { id lastSeq participants { user { id } } } } }`;
const ADVANCE = `mutation($dealId: ID!, $input: DealTransitionInput!) { advanceDeal(dealId: $dealId, input: $input) { id stage } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { id stage latestOffer { amount contractType terms } conversation { id lastSeq } history { from to by { id } } } }`;
const CONVERSATION = `query($id: ID!) { conversation(id: $id) { id deal { id stage } } }`;
const ACCEPT = `mutation($messageId: ID!) { acceptOffer(messageId: $messageId) { id kind seq offer { amount } } }`;

/**
 * The deal room end to end: a deal opened over HTTP gets its conversation with the broker and both
 * organizations; three socket.io clients talk in it; stage changes and accepted offers reach the
 * room as SYSTEM messages and `deal:updated`.
 */
describe('deal room', () => {
  let t: TestApp;
  let admin: SignedIn;
  let researcher: SignedIn;
  let enterprise: SignedIn;
  let colleague: SignedIn;
  let stranger: SignedIn;
  let broker: SignedIn;
  const sockets: ChatClient[] = [];
  const open = async (account: SignedIn): Promise<ChatClient> => {
    const socket = await connectChat(t, account.token);
    sockets.push(socket);
    return socket;
  };
  const openDeal = async (
    fieldCode: string,
  ): Promise<{ id: string; conversation: { id: string; lastSeq: number; participants: { user: { id: string } }[] } }> => {
    const resultId = await publishedResult(t, researcher, admin, { fieldCode });
    const needId = await publishedNeed(t, enterprise, { fieldCode });
    const response = await t.gql(OPEN, { resultId, needId }, enterprise.token);
    expect(response.errors).toBeUndefined();
    return response.data!.openDealForPair;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createAdmin(t);
    [researcher, enterprise, stranger] = await Promise.all([
      registerAccount(t, 'UNIVERSITY'),
      registerAccount(t, 'ENTERPRISE'),
      registerAccount(t, 'ENTERPRISE'),
    ]);
    broker = await certifiedBroker(t, admin, ['JL', 'QL']);
    // A second member of the researcher's university, made directly: registration always creates a new organization.
    const other = await registerAccount(t, 'UNIVERSITY');
    await t.app.get(DataSource).query(`UPDATE app_user SET organization_id = $1 WHERE id = $2`, [researcher.organizationId, other.userId]);
    colleague = await login(t, other.email);
    await verifyOrganizations(t, admin, researcher, enterprise);
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
  });
  afterAll(async () => {
    await t.close();
  });

  it('two parties and the broker join the deal room, receive messages with consecutive seq, stage changes as SYSTEM messages and deal:updated; a stranger is refused', async () => {
    const deal = await openDeal('JL.SSB');
    const conversationId = deal.conversation.id;
    expect(deal.conversation.participants.map((p) => p.user.id).sort()).toEqual([broker.userId, researcher.userId, colleague.userId, enterprise.userId].sort());
    expect((await t.gql(CONVERSATION, { id: conversationId }, researcher.token)).data?.conversation.deal).toEqual({ id: deal.id, stage: 'INTRODUCED' });

    const [a, b, c] = await Promise.all([open(researcher), open(enterprise), open(broker)]);
    const [inA, inB, inC] = [inbox(a), inbox(b), inbox(c)];
    for (const socket of [a, b, c]) await expect(call(socket, 'conversation:join', { conversationId })).resolves.toEqual({ ok: true, lastSeq: 0 });
    const s = await open(stranger);
    await expect(call(s, 'conversation:join', { conversationId })).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const sent = [
      await call(a, 'message:send', { conversationId, clientMessageId: randomUUID(), body: '您好，我们是成果方' }),
      await call(b, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'Hello from the enterprise' }),
      await call(c, 'message:send', { conversationId, clientMessageId: randomUUID(), body: '经纪人：下周安排技术交流' }),
    ];
    expect(sent.map((ack) => ack.message.seq)).toEqual([1, 2, 3]);
    for (const box of [inA, inB, inC]) expect((await box.waitFor(3)).map((m) => m.seq)).toEqual([1, 2, 3]);

    const updated = [nextEvent(a, 'deal:updated'), nextEvent(b, 'deal:updated'), nextEvent(c, 'deal:updated')];
    const moved = await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'NEGOTIATING' } }, broker.token);
    expect(moved.data?.advanceDeal.stage).toBe('NEGOTIATING');
    for (const event of updated) await expect(event).resolves.toEqual({ dealId: deal.id, stage: 'NEGOTIATING' });
    for (const box of [inA, inB, inC]) {
      const [system] = (await box.waitFor(4)).slice(3);
      expect(system).toMatchObject({ seq: 4, kind: 'SYSTEM', sender: null, body: '阶段变更：已引荐 → 洽谈中 / Stage: INTRODUCED → NEGOTIATING' });
    }
    // The stranger's socket heard nothing.
    expect(inbox(s).messages).toEqual([]);
  });

  it('an offer accepted by the other party over the socket moves the deal to TERMS_AGREED and posts SYSTEM messages', async () => {
    const deal = await openDeal('QL.HOME');
    const conversationId = deal.conversation.id;
    await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'NEGOTIATING' } }, broker.token);
    const [a, b] = await Promise.all([open(researcher), open(enterprise)]);
    for (const socket of [a, b]) await call(socket, 'conversation:join', { conversationId });
    const heard = inbox(b);

    const offer = await call(a, 'message:send', {
      conversationId,
      clientMessageId: randomUUID(),
      body: '许可费报价',
      offer: { amount: '800000', contractType: 'LICENSE', terms: '分三期支付' },
    });
    expect(offer).toMatchObject({ ok: true, message: { kind: 'OFFER', seq: 2 } });
    expect((await t.gql(DEAL, { id: deal.id }, enterprise.token)).data?.deal.latestOffer).toEqual({
      amount: '800000.00',
      contractType: 'LICENSE',
      terms: '分三期支付',
    });

    // The offer's author and a colleague of the same organization may not accept it; a stranger is no participant.
    await expect(call(a, 'offer:accept', { messageId: offer.message.id })).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(errorCode(await t.gql(ACCEPT, { messageId: offer.message.id }, colleague.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ACCEPT, { messageId: offer.message.id }, stranger.token))).toBe('FORBIDDEN');
    await expect(call(b, 'offer:accept', { messageId: 'nope' })).resolves.toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });

    const updated = nextEvent(a, 'deal:updated');
    const accepted = await call(b, 'offer:accept', { messageId: offer.message.id });
    expect(accepted).toMatchObject({ ok: true, message: { id: offer.message.id, kind: 'OFFER' } });
    await expect(updated).resolves.toEqual({ dealId: deal.id, stage: 'TERMS_AGREED' });
    const systems = (await heard.waitFor(3)).filter((m: MessagePayload) => m.kind === 'SYSTEM').map((m) => [m.seq, m.body]);
    expect(systems).toEqual([
      [3, '报价已接受 / Offer #2 accepted: 800000.00 CNY, LICENSE'],
      [4, '阶段变更：洽谈中 → 条款已议定 / Stage: NEGOTIATING → TERMS_AGREED'],
    ]);
    const after = (await t.gql(DEAL, { id: deal.id }, researcher.token)).data?.deal;
    expect(after.stage).toBe('TERMS_AGREED');
    expect(after.history.at(-1)).toEqual({ from: 'NEGOTIATING', to: 'TERMS_AGREED', by: { id: enterprise.userId } });

    // Accepting again: the deal is past negotiation.
    expect(errorCode(await t.gql(ACCEPT, { messageId: offer.message.id }, broker.token))).toBe('CONFLICT');
    expect((await t.gql(DEAL, { id: deal.id }, researcher.token)).data?.deal.conversation.lastSeq).toBe(4);
  });

  it('the broker accepts over GraphQL; an offer before the negotiation started is refused with nothing written', async () => {
    const deal = await openDeal('QL.RAIL');
    const conversationId = deal.conversation.id;
    const a = await open(enterprise);
    const early = await call(a, 'message:send', {
      conversationId,
      clientMessageId: randomUUID(),
      body: 'early offer',
      offer: { amount: '100000.00', contractType: 'SERVICE' },
    });
    expect(errorCode(await t.gql(ACCEPT, { messageId: early.message.id }, researcher.token))).toBe('CONFLICT');
    expect((await t.gql(DEAL, { id: deal.id }, researcher.token)).data?.deal).toMatchObject({ stage: 'INTRODUCED', conversation: { lastSeq: 1 } });

    await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'NEGOTIATING' } }, broker.token);
    const response = await t.gql(ACCEPT, { messageId: early.message.id }, broker.token);
    expect(response.data?.acceptOffer).toMatchObject({ id: early.message.id, offer: { amount: '100000.00' } });
    expect((await t.gql(DEAL, { id: deal.id }, admin.token)).data?.deal.stage).toBe('TERMS_AGREED');
    // Admins read the room (not as participants) and its deal.
    expect((await t.gql(CONVERSATION, { id: conversationId }, admin.token)).data?.conversation.deal).toEqual({ id: deal.id, stage: 'TERMS_AGREED' });
    expect((await t.gql(CONVERSATION, { id: conversationId }, stranger.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
