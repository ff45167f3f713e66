import { OutboxService } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { eventually, registerAccount, startTestApp, TestApp } from '../support';

describe('transactional outbox → jobs', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('turns user.registered into exactly one audit row through a job', async () => {
    const account = await registerAccount(t, 'UNIVERSITY');
    const rows = await eventually(async () => {
      const found = await db.query(`SELECT action, actor_id, subject_id FROM audit_log WHERE subject_id = $1`, [account.userId]);
      return found.length > 0 ? found : undefined;
    });
    expect(rows).toEqual([{ action: 'user.registered', actor_id: account.userId, subject_id: account.userId }]);
    const [event] = await db.query(`SELECT dispatched_at FROM outbox_event WHERE type = 'user.registered' AND aggregate_id = $1`, [account.userId]);
    expect(event.dispatched_at).not.toBeNull();
  });

  it('keeps no event of a transaction that rolled back', async () => {
    const outbox = t.app.get(OutboxService);
    await expect(
      db.transaction(async (manager) => {
        await outbox.append(manager, { type: 'test.rolled_back', aggregateId: 'x' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await db.query(`SELECT 1 FROM outbox_event WHERE type = 'test.rolled_back'`);
    expect(rows).toHaveLength(0);
  });

  it('refuses to append outside a transaction', async () => {
    await expect(t.app.get(OutboxService).append(db.manager, { type: 'test.loose' })).rejects.toThrow(/inside a transaction/);
  });
});
