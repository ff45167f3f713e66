import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  registerAccount,
  SignedIn,
  startTestApp,
  TestApp,
  verifyOrganizations,
} from '../support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const OPEN = `mutation($resultId: ID!, $needId: ID!) { openDealForPair(resultId: $resultId, needId: $needId) { id conversation { id } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq body attachments { id name contentType size url } } }`;
const HISTORY = `query($id: ID!) { messages(conversationId: $id, last: 20) { edges { node { seq body attachments { id name url } } } } }`;

/**
 * Files sent with a deal-room message (an addition to the chat protocol: `attachmentIds` on
 * `message:send` and `sendMessage`, `attachments` on every message): only a participant attaches,
 * only their own fresh uploads, the message and its files commit together, a resend attaches
 * nothing twice, and only the room's readers download them.
 */
describe('chat: files sent with a message', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: SignedIn;
  let researcher: SignedIn;
  let enterprise: SignedIn;
  let stranger: SignedIn;
  let broker: SignedIn;
  let conversationId: string;
  const sockets: ChatClient[] = [];

  const upload = async (account: SignedIn, name: string): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), name);
    const response = await fetch(`${t.url}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${account.token}` } });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const download = (id: string, account: SignedIn | null): Promise<Response> =>
    fetch(`${t.url}/files/${id}`, { headers: account ? { authorization: `Bearer ${account.token}` } : {} });
  const open = async (account: SignedIn): Promise<ChatClient> => {
    const socket = await connectChat(t, account.token);
    sockets.push(socket);
    return socket;
  };
  const lastSeq = async (): Promise<number> =>
    (await t.app.get(DataSource).query(`SELECT last_seq FROM conversation WHERE id = $1`, [conversationId]))[0].last_seq as number;
  const attachedTo = async (fileId: string): Promise<{ target_id: string | null; message_id: string | null }> =>
    (await t.app.get(DataSource).query(`SELECT target_id, message_id FROM stored_file WHERE id = $1`, [fileId]))[0];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tb-chat-files-e2e-'));
    t = await startTestApp({ env: { DATA_DIR: dataDir } });
    admin = await createAdmin(t);
    [researcher, enterprise, stranger] = await Promise.all([
      registerAccount(t, 'UNIVERSITY'),
      registerAccount(t, 'ENTERPRISE'),
      registerAccount(t, 'ENTERPRISE'),
    ]);
    broker = await certifiedBroker(t, admin, ['JL']);
    await verifyOrganizations(t, admin, researcher, enterprise, stranger);
    const resultId = await publishedResult(t, researcher, admin, { fieldCode: 'JL.SSB' });
    const needId = await publishedNeed(t, enterprise, { fieldCode: 'JL.SSB' });
    const opened = await t.gql(OPEN, { resultId, needId }, enterprise.token);
    expect(opened.errors).toBeUndefined();
    conversationId = opened.data?.openDealForPair.conversation.id as string;
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a participant sends a file with a message over the socket: the room receives it with the file, and only its readers download it', async () => {
    const sender = await open(enterprise);
    const reader = await open(researcher);
    for (const socket of [sender, reader]) expect(await call(socket, 'conversation:join', { conversationId })).toMatchObject({ ok: true });
    const received = inbox(reader);
    const fileId = await upload(enterprise, '合同草案 v2.pdf');
    const clientMessageId = randomUUID();
    const payload = { conversationId, clientMessageId, body: '合同草案请查收', attachmentIds: [fileId] };

    const ack = await call(sender, 'message:send', payload);
    expect(ack).toMatchObject({
      ok: true,
      message: {
        body: '合同草案请查收',
        kind: 'TEXT',
        attachments: [{ id: fileId, name: '合同草案 v2.pdf', contentType: 'application/pdf', size: PDF.length, url: `/files/${fileId}` }],
      },
    });
    const [broadcast] = await received.waitFor(1);
    expect(broadcast).toMatchObject({ id: ack.message.id, attachments: [{ id: fileId }] });
    await expect(attachedTo(fileId)).resolves.toEqual({ target_id: conversationId, message_id: ack.message.id });

    // A resend acks the stored message and attaches nothing again.
    const seq = await lastSeq();
    const again = await call(sender, 'message:send', payload);
    expect(again).toMatchObject({ ok: true, message: { id: ack.message.id, seq: ack.message.seq, attachments: [{ id: fileId }] } });
    await expect(lastSeq()).resolves.toBe(seq);

    // Sync and history carry the attachment; text messages have none.
    expect(await call(reader, 'message:send', { conversationId, clientMessageId: randomUUID(), body: '收到' })).toMatchObject({
      ok: true,
      message: { attachments: [] },
    });
    const synced = await call(reader, 'conversation:sync', { conversationId, afterSeq: ack.message.seq - 1 });
    expect(synced.messages.map((m: { attachments: { id: string }[] }) => m.attachments.map((a) => a.id))).toEqual([[fileId], []]);
    const history = await t.gql(HISTORY, { id: conversationId }, researcher.token);
    expect(history.data?.messages.edges.map((edge: { node: { attachments: { id: string }[] } }) => edge.node.attachments.length).slice(-2)).toEqual([1, 0]);

    for (const who of [researcher, enterprise, broker, admin]) expect((await download(fileId, who)).status).toBe(200);
    expect((await download(fileId, stranger)).status).toBe(404);
    expect((await download(fileId, null)).status).toBe(404);
  });

  it('refuses a non-participant, someone else’s upload, an attached file and a bad id, storing no message and attaching nothing', async () => {
    const outsider = await open(stranger);
    const member = await open(researcher);
    const before = await lastSeq();

    const strangersFile = await upload(stranger, 'spam.pdf');
    const refused = await call(outsider, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'hello', attachmentIds: [strangersFile] });
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expect(attachedTo(strangersFile)).resolves.toEqual({ target_id: null, message_id: null });
    const overGraphql = await t.gql(
      SEND,
      { input: { conversationId, clientMessageId: randomUUID(), body: 'hello', attachmentIds: [strangersFile] } },
      stranger.token,
    );
    expect(errorCode(overGraphql)).toBe('FORBIDDEN');

    // A participant cannot pass off another person's upload, nor one already attached.
    const enterprisesFile = await upload(enterprise, 'quote.pdf');
    expect(
      await call(member, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'mine?', attachmentIds: [enterprisesFile] }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const mine = await upload(researcher, 'report.pdf');
    expect(
      await call(member, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'both', attachmentIds: [mine, enterprisesFile] }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await expect(attachedTo(mine)).resolves.toEqual({ target_id: null, message_id: null });
    expect(await call(member, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'bad', attachmentIds: ['nope'] })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    const tooMany = Array.from({ length: 6 }, () => randomUUID());
    expect(await call(member, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'many', attachmentIds: tooMany })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    await expect(lastSeq()).resolves.toBe(before);

    // Over GraphQL the same store: attached once, then refused as attached.
    const sent = await t.gql(SEND, { input: { conversationId, clientMessageId: randomUUID(), body: '检测报告', attachmentIds: [mine] } }, researcher.token);
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.sendMessage).toMatchObject({ seq: before + 1, attachments: [{ id: mine, name: 'report.pdf', url: `/files/${mine}` }] });
    const reused = await t.gql(SEND, { input: { conversationId, clientMessageId: randomUUID(), body: 'again', attachmentIds: [mine] } }, researcher.token);
    expect(errorCode(reused)).toBe('CONFLICT');
    await expect(lastSeq()).resolves.toBe(before + 1);
  });
});
