import { randomUUID } from 'node:crypto';

import { addWorkingDays, Clock, DealDueReminders, DealService, DealStage, ESCALATION_WORKING_DAYS } from '@techbridge/brokerage';
import { Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { createAdmin, errorCode, eventually, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import { catalogPair, certifiedBroker, principalOf } from './brokerage-helpers';

const NOTIFICATIONS = `query($unreadOnly: Boolean) { myNotifications(first: 20, unreadOnly: $unreadOnly) { totalCount edges { node { id kind title body dealId readAt createdAt } } } }`;
const MARK_READ = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

/**
 * Deadlines through the real job queue: the worker runs, the deal's check is scheduled by the
 * outbox consumer with `startAfter` = due date; the test moves the injectable Clock past it and
 * makes the queued job available now (its start_after), instead of sleeping until the due date.
 */
describe('deal reminders', () => {
  let t: TestApp;
  let db: DataSource;
  let clock: Clock;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    db = t.app.get(DataSource);
    clock = t.app.get(Clock);
    admin = await createAdmin(t);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  const dueJob = async (dealId: string, miss: number): Promise<{ id: string; start_after: Date; data: { payload: { dueAt: string; stage: string } } }> =>
    eventually(async () => {
      const rows = await db.query(
        `SELECT id, start_after, data FROM pgboss.job WHERE name = 'brokerage.deal-due' AND data->'payload'->>'dealId' = $1 AND (data->'payload'->>'miss')::int = $2`,
        [dealId, miss],
      );
      return rows[0];
    });
  const runNow = async (jobId: string): Promise<void> => {
    await db.query(`UPDATE pgboss.job SET start_after = now() WHERE id = $1`, [jobId]);
  };
  const notificationsOf = async (account: SignedIn, unreadOnly = false): Promise<{ id: string; kind: string; dealId: string; readAt: string | null }[]> => {
    const response = await t.gql(NOTIFICATIONS, { unreadOnly }, account.token);
    expect(response.errors).toBeUndefined();
    return response.data?.myNotifications.edges.map((edge: { node: unknown }) => edge.node);
  };

  it('reminds the broker when a deal passes its due date, then escalates to admins after a second miss', async () => {
    const broker = await certifiedBroker(t, admin, ['HC.DEEP']);
    const university = await registerAccount(t, 'UNIVERSITY');
    const deal = await t.app
      .get(DealService)
      .open(
        { resultId: (await catalogPair(db, university.organizationId, null, 'HC.DEEP')).resultId, ownerOrgId: university.organizationId, fieldCode: 'HC.DEEP' },
        principalOf(university, Role.RESEARCHER),
      );
    expect(deal.brokerId).toBe(broker.userId);

    const first = await dueJob(deal.id, 1);
    expect(new Date(first.start_after).toISOString()).toBe(deal.dueAt!.toISOString());
    expect(first.data.payload).toMatchObject({ stage: 'INTRODUCED', dueAt: deal.dueAt!.toISOString() });
    expect(await notificationsOf(broker)).toEqual([]);

    jest.spyOn(clock, 'now').mockReturnValue(new Date(deal.dueAt!.getTime() + 3600000));
    await runNow(first.id);
    const reminded = await eventually(async () => {
      const list = await notificationsOf(broker);
      return list.length > 0 ? list : undefined;
    });
    expect(reminded).toEqual([expect.objectContaining({ kind: 'DEAL_OVERDUE', dealId: deal.id, readAt: null })]);
    expect(await notificationsOf(admin)).toEqual([]);

    const second = await dueJob(deal.id, 2);
    const escalateAt = addWorkingDays(deal.dueAt!, ESCALATION_WORKING_DAYS);
    expect(new Date(second.start_after).toISOString()).toBe(escalateAt.toISOString());
    jest.spyOn(clock, 'now').mockReturnValue(new Date(escalateAt.getTime() + 60000));
    await runNow(second.id);
    const escalated = await eventually(async () => {
      const list = await notificationsOf(admin);
      return list.length > 0 ? list : undefined;
    });
    expect(escalated).toEqual([expect.objectContaining({ kind: 'DEAL_ESCALATED', dealId: deal.id })]);
    // The broker got one reminder only, even though the check ran twice.
    expect(await notificationsOf(broker)).toHaveLength(1);
  });

  it('does nothing for a deal that moved on, and waits when woken early', async () => {
    const broker = await certifiedBroker(t, admin, ['HC.WIND']);
    const university = await registerAccount(t, 'UNIVERSITY');
    const deals = t.app.get(DealService);
    const reminders = t.app.get(DealDueReminders);
    const deal = await deals.open(
      { resultId: (await catalogPair(db, university.organizationId, null, 'HC.WIND')).resultId, ownerOrgId: university.organizationId, fieldCode: 'HC.WIND' },
      principalOf(university, Role.RESEARCHER),
    );
    const check = { dealId: deal.id, stage: DealStage.INTRODUCED, dueAt: deal.dueAt!.toISOString(), miss: 1 as const };

    jest.spyOn(clock, 'now').mockReturnValue(new Date(deal.dueAt!.getTime() - 60000));
    await expect(reminders.check(check)).resolves.toBe('not-due-yet');

    await deals.advance(deal.id, { to: DealStage.NEGOTIATING }, principalOf(broker, Role.BROKER));
    jest.spyOn(clock, 'now').mockReturnValue(new Date(deal.dueAt!.getTime() + 60000));
    await expect(reminders.check(check)).resolves.toBe('moved-on');
    await expect(reminders.check({ ...check, dealId: randomUUID() })).resolves.toBe('moved-on');
    expect(await notificationsOf(broker)).toEqual([]);
  });

  it('reports an overdue deal without a broker to the admins', async () => {
    const university = await registerAccount(t, 'UNIVERSITY');
    const deal = await t.app
      .get(DealService)
      .open(
        { resultId: (await catalogPair(db, university.organizationId, null, 'BL.BCI')).resultId, ownerOrgId: university.organizationId, fieldCode: 'BL.BCI' },
        principalOf(university, Role.RESEARCHER),
      );
    expect(deal.brokerId).toBeNull();
    jest.spyOn(clock, 'now').mockReturnValue(new Date(deal.dueAt!.getTime() + 1));
    await expect(t.app.get(DealDueReminders).check({ dealId: deal.id, stage: DealStage.INTRODUCED, dueAt: deal.dueAt!.toISOString(), miss: 1 })).resolves.toBe(
      'unassigned-reported',
    );
    expect((await notificationsOf(admin)).filter((n) => n.dealId === deal.id)).toEqual([expect.objectContaining({ kind: 'DEAL_UNASSIGNED' })]);
  });

  it('marks notifications read for their recipient only', async () => {
    const [notification] = (await notificationsOf(admin)).filter((n) => n.readAt === null);
    expect(notification).toBeDefined();
    const outsider = await registerAccount(t, 'ENTERPRISE');
    const refused = await t.gql(MARK_READ, { id: notification.id }, outsider.token);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MARK_READ, { id: 'not-a-uuid' }, admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(NOTIFICATIONS, {}))).toBe('UNAUTHENTICATED');

    const unreadBefore = (await notificationsOf(admin, true)).length;
    const marked = await t.gql(MARK_READ, { id: notification.id }, admin.token);
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.markNotificationRead.readAt).not.toBeNull();
    expect(await notificationsOf(admin, true)).toHaveLength(unreadBefore - 1);
    const again = await t.gql(MARK_READ, { id: notification.id }, admin.token);
    expect(again.data?.markNotificationRead.readAt).toBe(marked.data?.markNotificationRead.readAt);
  });
});
