import { createTestDatabase, eventually, TestDatabase } from '@techbridge/testing';
import { Client } from 'pg';

import { bookingNoOverlapSql, BTREE_GIST_SQL, EXCLUSION_VIOLATION } from './booking-overlap.sql';

/**
 * The pilot lib's tables do not exist yet: the spec builds a minimal bookings table in a throwaway
 * schema of its own test database and puts the drafted constraint on it.
 */
const DEADLOCK_DETECTED = '40P01';

describe('pilot booking overlap rule (exclusion constraint)', () => {
  let db: TestDatabase;
  const clients: Client[] = [];
  const S = 'pilot_overlap_spec';

  async function connect(): Promise<Client> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    clients.push(client);
    return client;
  }

  let admin: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await connect();
    await admin.query(BTREE_GIST_SQL);
    await admin.query(`CREATE SCHEMA ${S}`);
    await admin.query(`
      CREATE TABLE ${S}.pilot_booking (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        platform_id uuid NOT NULL,
        from_at     timestamptz NOT NULL,
        to_at       timestamptz NOT NULL CHECK (to_at > from_at),
        status      text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED','APPROVED','DECLINED','COMPLETED'))
      )`);
    await admin.query(bookingNoOverlapSql(`${S}.pilot_booking`));
  });

  afterAll(async () => {
    for (const client of clients) await client.end();
    await db.drop();
  });

  async function book(platformId: string, from: string, to: string): Promise<string> {
    const { rows } = await admin.query<{ id: string }>(`INSERT INTO ${S}.pilot_booking (platform_id, from_at, to_at) VALUES ($1, $2, $3) RETURNING id`, [
      platformId,
      from,
      to,
    ]);
    return rows[0].id;
  }
  const approveSql = `UPDATE ${S}.pilot_booking SET status = 'APPROVED' WHERE id = $1`;
  const platform = () => crypto.randomUUID();

  it('of two concurrent approvals of overlapping bookings, exactly one commits; the other fails with 23P01', async () => {
    const p = platform();
    const first = await book(p, '2026-06-01T00:00:00Z', '2026-06-10T00:00:00Z');
    const second = await book(p, '2026-06-05T00:00:00Z', '2026-06-15T00:00:00Z');
    const [a, b] = [await connect(), await connect()];
    await a.query('BEGIN');
    await b.query('BEGIN');
    await a.query(approveSql, [first]);
    // b's approval must wait for a's outcome: the constraint sees a's uncommitted row.
    const pending = b
      .query(approveSql, [second])
      .then(() => b.query('COMMIT'))
      .then(
        () => 'committed' as const,
        async (error: { code?: string }) => {
          await b.query('ROLLBACK');
          return error.code;
        },
      );
    await eventually(async () => {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE ${S}.pilot_booking%'`,
      );
      return rows[0].n === 1 ? true : undefined;
    });
    await a.query('COMMIT');
    await expect(pending).resolves.toBe(EXCLUSION_VIOLATION);
    const { rows } = await admin.query<{ id: string; status: string }>(`SELECT id, status FROM ${S}.pilot_booking WHERE platform_id = $1 ORDER BY from_at`, [
      p,
    ]);
    expect(rows).toEqual([
      { id: first, status: 'APPROVED' },
      { id: second, status: 'REQUESTED' },
    ]);
  });

  it('racing both approvals at once: one fulfils, the other is rejected, never both approved', async () => {
    const p = platform();
    const ids = [await book(p, '2026-07-01T08:00:00Z', '2026-07-03T08:00:00Z'), await book(p, '2026-07-02T08:00:00Z', '2026-07-04T08:00:00Z')];
    const connections = [await connect(), await connect()];
    const outcomes = await Promise.allSettled(
      ids.map(async (id, i) => {
        const c = connections[i];
        await c.query('BEGIN');
        try {
          await c.query(approveSql, [id]);
          await c.query('COMMIT');
        } catch (error) {
          await c.query('ROLLBACK');
          throw error;
        }
      }),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    // 23P01 when one enters the exclusion index after the other; when both enter it at the same
    // instant each waits for the other and PostgreSQL's deadlock detection rejects one (40P01).
    // The service makes approvals of one platform take turns, so through it only 23P01 is left.
    expect([[EXCLUSION_VIOLATION], [DEADLOCK_DETECTED]]).toContainEqual(rejected.map((o) => (o.reason as { code?: string }).code));
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${S}.pilot_booking WHERE platform_id = $1 AND status = 'APPROVED'`, [p]);
    expect(rows[0].n).toBe(1);
  });

  it('lets back-to-back bookings, other platforms and unapproved overlaps through', async () => {
    const p = platform();
    const morning = await book(p, '2026-08-01T00:00:00Z', '2026-08-01T12:00:00Z');
    const afternoon = await book(p, '2026-08-01T12:00:00Z', '2026-08-02T00:00:00Z');
    const overlapping = await book(p, '2026-08-01T06:00:00Z', '2026-08-01T18:00:00Z');
    const elsewhere = await book(platform(), '2026-08-01T06:00:00Z', '2026-08-01T18:00:00Z');
    for (const id of [morning, afternoon, elsewhere]) await admin.query(approveSql, [id]);
    // Still REQUESTED: overlapping requests are allowed until someone approves one.
    await expect(admin.query(`SELECT status FROM ${S}.pilot_booking WHERE id = $1`, [overlapping])).resolves.toMatchObject({ rows: [{ status: 'REQUESTED' }] });
    await expect(admin.query(approveSql, [overlapping])).rejects.toMatchObject({ code: EXCLUSION_VIOLATION });
    // Declining an approved booking frees its range.
    await admin.query(`UPDATE ${S}.pilot_booking SET status = 'DECLINED' WHERE id = $1`, [morning]);
    await expect(admin.query(approveSql, [overlapping])).rejects.toMatchObject({ code: EXCLUSION_VIOLATION });
    await admin.query(`UPDATE ${S}.pilot_booking SET status = 'DECLINED' WHERE id = $1`, [afternoon]);
    await expect(admin.query(approveSql, [overlapping])).resolves.toMatchObject({ rowCount: 1 });
  });
});
