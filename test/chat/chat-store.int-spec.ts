import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { createTestDatabase, eventually, TestDatabase } from '../support';

interface Stored {
  item: number;
  created: boolean;
  id: string;
  conversation_id: string;
  seq: number;
  sender_id: string;
  client_message_id: string;
  body: string;
}

interface Send {
  conversationId: string;
  senderId: string;
  clientMessageId: string;
  body: string;
}

/** chat_store_messages(), the group commit, called as the message service calls it. */
function store(client: Client, sends: Send[]): Promise<Stored[]> {
  return client
    .query<Stored>(`SELECT * FROM chat_store_messages($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[])`, [
      sends.map((s) => s.conversationId),
      sends.map((s) => s.senderId),
      sends.map((s) => s.clientMessageId),
      sends.map(() => 'TEXT'),
      sends.map((s) => s.body),
      sends.map(() => null),
    ])
    .then((result) => result.rows);
}

describe('chat_store_messages (group commit in one statement)', () => {
  let db: TestDatabase;
  const clients: Client[] = [];
  let users: string[];
  let alice: string;
  let bob: string;
  let stranger: string;

  const connect = async (): Promise<Client> => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    clients.push(client);
    return client;
  };
  const conversation = async (participants: string[]): Promise<string> => {
    const client = clients[0];
    const { rows } = await client.query<{ id: string }>(`INSERT INTO conversation DEFAULT VALUES RETURNING id`);
    await client.query(`INSERT INTO conversation_participant (conversation_id, user_id) SELECT $1, unnest($2::uuid[])`, [rows[0].id, participants]);
    return rows[0].id;
  };
  const lastSeq = async (conversationId: string): Promise<number> =>
    (await clients[0].query<{ last_seq: number }>(`SELECT last_seq FROM conversation WHERE id = $1`, [conversationId])).rows[0].last_seq;
  /** Resolves once a backend is waiting on a row lock (the other transaction's conversation lock). */
  const waitingOnLock = (): Promise<true> =>
    eventually(async () => {
      const { rows } = await clients[0].query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return Number(rows[0].n) > 0 ? (true as const) : undefined;
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    const client = await connect();
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO app_user (email, password_hash, display_name, roles)
       SELECT 'store-' || g || '@chat.test', 'not-a-hash', 'Store user ' || g, '{ENTERPRISE}' FROM generate_series(1, 3) g RETURNING id`,
    );
    users = rows.map((row) => row.id);
    [alice, bob, stranger] = users;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await db.drop();
  });

  it('numbers new messages per conversation in batch order, skips non-participants, acks a key repeated in the batch', async () => {
    const [one, two] = [await conversation([alice, bob]), await conversation([alice, bob])];
    const rows = await store(clients[0], [
      { conversationId: one, senderId: alice, clientMessageId: 'a1', body: 'first' },
      { conversationId: two, senderId: bob, clientMessageId: 'b1', body: 'elsewhere' },
      { conversationId: one, senderId: stranger, clientMessageId: 's1', body: 'not mine' },
      { conversationId: one, senderId: bob, clientMessageId: 'b1', body: 'second' },
      { conversationId: one, senderId: alice, clientMessageId: 'a1', body: 'first again' },
      { conversationId: randomUUID(), senderId: alice, clientMessageId: 'x', body: 'nowhere' },
    ]);
    expect(rows.map((row) => [row.item, row.created, row.conversation_id, row.seq, row.body])).toEqual([
      [1, true, one, 1, 'first'],
      [2, true, two, 1, 'elsewhere'],
      [4, true, one, 2, 'second'],
      [5, false, one, 1, 'first'],
    ]);
    expect(rows[3].id).toBe(rows[0].id);
    await expect(Promise.all([lastSeq(one), lastSeq(two)])).resolves.toEqual([2, 1]);
  });

  it('a resend waiting on the lock sees the original committed meanwhile: acked, no error, no seq spent', async () => {
    const room = await conversation([alice, bob]);
    const [holder, waiter] = [await connect(), await connect()];
    const send = { conversationId: room, senderId: alice, clientMessageId: 'same', body: 'original' };
    await holder.query('BEGIN');
    const [original] = await store(holder, [send]);
    const resent = store(waiter, [
      { ...send, body: 'resent' },
      { conversationId: room, senderId: bob, clientMessageId: 'next', body: 'after it' },
    ]);
    await waitingOnLock();
    await holder.query('COMMIT');
    const rows = await resent;
    expect(rows.map((row) => [row.created, row.id, row.seq, row.body])).toEqual([
      [false, original.id, 1, 'original'],
      [true, expect.any(String), 2, 'after it'],
    ]);
    await expect(lastSeq(room)).resolves.toBe(2);
  });

  it('a rolled-back batch takes its seqs back', async () => {
    const room = await conversation([alice, bob]);
    const [holder, waiter] = [await connect(), await connect()];
    await holder.query('BEGIN');
    await store(holder, [{ conversationId: room, senderId: alice, clientMessageId: 'gone', body: 'rolled back' }]);
    const later = store(waiter, [{ conversationId: room, senderId: bob, clientMessageId: 'kept', body: 'kept' }]);
    await waitingOnLock();
    await holder.query('ROLLBACK');
    await expect(later).resolves.toMatchObject([{ created: true, seq: 1, body: 'kept' }]);
  });
});
