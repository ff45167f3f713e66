import { ContractType, DealLifecycle, DealService, DealStage, OpenDealCommand } from '@techbridge/brokerage';
import { Principal, Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { createAdmin, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import { activeDeals, catalogPair, certifiedBroker, principalOf } from './brokerage-helpers';

/**
 * The deal pipeline through DealService against the real database. Deals are opened with plain
 * result/need ids: results, needs and matches live in libs composed later, and the deal table
 * keeps those links as plain uuids until then.
 */
describe('deal pipeline', () => {
  let t: TestApp;
  let db: DataSource;
  let deals: DealService;
  let admin: SignedIn;
  let adminP: Principal;
  let university: SignedIn;
  let enterprise: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    deals = t.app.get(DealService);
    admin = await createAdmin(t);
    adminP = principalOf(admin, Role.ADMIN);
    university = await registerAccount(t, 'UNIVERSITY');
    enterprise = await registerAccount(t, 'ENTERPRISE');
  });
  afterAll(async () => {
    await t.close();
  });

  const owner = (): Principal => principalOf(university, Role.RESEARCHER);
  const buyer = (): Principal => principalOf(enterprise, Role.ENTERPRISE);
  const command = async (fieldCode: string, over: Partial<OpenDealCommand> = {}): Promise<OpenDealCommand> => {
    const ownerOrgId = over.ownerOrgId ?? university.organizationId;
    const enterpriseOrgId = over.enterpriseOrgId === undefined ? enterprise.organizationId : over.enterpriseOrgId;
    const pair = await catalogPair(db, ownerOrgId, enterpriseOrgId, fieldCode);
    return { ...pair, matchId: null, ownerOrgId, enterpriseOrgId, fieldCode, ...over };
  };
  const history = async (dealId: string): Promise<{ from_stage: string | null; to_stage: string }[]> =>
    db.query(`SELECT from_stage, to_stage FROM deal_stage_change WHERE deal_id = $1 ORDER BY at, id`, [dealId]);

  it('opens with the least busy broker, moves to CONTRACT_SIGNED with 4 history rows, frees the broker and books commission', async () => {
    const busy = await certifiedBroker(t, admin, ['JL.SSB'], { level: 'SENIOR' });
    const idle = await certifiedBroker(t, admin, ['JL']);
    await db.query(`UPDATE broker_profile SET active_deals = 1 WHERE user_id = $1`, [busy.userId]);

    const deal = await deals.open(await command('JL.SSB'), buyer());
    expect(deal).toMatchObject({ stage: DealStage.INTRODUCED, brokerId: idle.userId });
    expect(deal.dueAt!.getTime()).toBeGreaterThan(Date.now());
    expect(await activeDeals(t, idle)).toBe(1);

    const broker = principalOf(idle, Role.BROKER);
    await deals.advance(deal.id, { to: DealStage.NEGOTIATING, note: 'first call done' }, broker);
    await deals.advance(deal.id, { to: DealStage.TERMS_AGREED }, adminP);
    const signed = await deals.signContract(
      deal.id,
      { type: ContractType.LICENSE, amount: '1250000.00', signedAt: new Date(Date.now() - 3600000), contractNo: `QD-${Date.now()}` },
      broker,
    );
    expect(signed).toMatchObject({ stage: DealStage.CONTRACT_SIGNED, dueAt: null });

    expect(await history(deal.id)).toEqual([
      { from_stage: null, to_stage: 'INTRODUCED' },
      { from_stage: 'INTRODUCED', to_stage: 'NEGOTIATING' },
      { from_stage: 'NEGOTIATING', to_stage: 'TERMS_AGREED' },
      { from_stage: 'TERMS_AGREED', to_stage: 'CONTRACT_SIGNED' },
    ]);
    expect(await activeDeals(t, idle)).toBe(0);
    const ledger = await db.query(`SELECT broker_id, contract_type, base_amount, rate_percent, amount FROM commission_ledger WHERE deal_id = $1`, [deal.id]);
    expect(ledger).toEqual([{ broker_id: idle.userId, contract_type: 'LICENSE', base_amount: '1250000.00', rate_percent: '5.00', amount: '62500.00' }]);
    const events = await db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [deal.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'deal.opened',
      'deal.stage_changed',
      'deal.stage_changed',
      'deal.stage_changed',
      'contract.signed',
    ]);
  });

  it('refuses illegal and unauthorised moves and writes nothing', async () => {
    const brokerAccount = await certifiedBroker(t, admin, ['QL.HOME']);
    const deal = await deals.open(await command('QL.HOME'), buyer());
    const broker = principalOf(brokerAccount, Role.BROKER);
    const stranger = principalOf(await registerAccount(t, 'ENTERPRISE'), Role.ENTERPRISE);
    const otherBroker = principalOf(await certifiedBroker(t, admin, ['QL.HOME']), Role.BROKER);

    await expect(deals.advance(deal.id, { to: DealStage.TERMS_AGREED }, broker)).rejects.toMatchObject({ reason: 'ILLEGAL_TRANSITION', code: 'CONFLICT' });
    await expect(deals.advance(deal.id, { to: DealStage.NEGOTIATING }, owner())).rejects.toMatchObject({ reason: 'STAGE_CHANGE_FORBIDDEN', code: 'FORBIDDEN' });
    await expect(deals.advance(deal.id, { to: DealStage.NEGOTIATING }, stranger)).rejects.toMatchObject({ reason: 'DEAL_NOT_FOUND', code: 'NOT_FOUND' });
    await expect(deals.advance(deal.id, { to: DealStage.NEGOTIATING }, otherBroker)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deals.advance(deal.id, { to: DealStage.LOST }, broker)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.lostReason': [expect.any(String)] },
    });
    await expect(deals.advance(deal.id, { to: DealStage.CONTRACT_SIGNED }, broker)).rejects.toMatchObject({ reason: 'ILLEGAL_TRANSITION' });
    await expect(deals.signContract(deal.id, { type: ContractType.SERVICE, amount: '10.00', signedAt: new Date() }, broker)).rejects.toMatchObject({
      reason: 'ILLEGAL_TRANSITION',
    });
    await expect(deals.advance(deal.id, { to: DealStage.NEGOTIATING, dueAt: new Date(Date.now() - 1000) }, broker)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });

    expect(await history(deal.id)).toHaveLength(1);
    const [row] = await db.query(`SELECT stage FROM deal WHERE id = $1`, [deal.id]);
    expect(row.stage).toBe('INTRODUCED');
    expect(await deals.findVisible(deal.id, stranger)).toBeNull();
    expect(await deals.findVisible(deal.id, owner())).toMatchObject({ id: deal.id });
  });

  it('lets a party give the deal up with a reason, which frees the broker', async () => {
    const brokerAccount = await certifiedBroker(t, admin, ['QL.RAIL']);
    const deal = await deals.open(await command('QL.RAIL'), buyer());
    expect(await activeDeals(t, brokerAccount)).toBe(1);
    const lost = await deals.advance(deal.id, { to: DealStage.LOST, lostReason: '  budget withdrawn ' }, buyer());
    expect(lost).toMatchObject({ stage: DealStage.LOST, lostReason: 'budget withdrawn', dueAt: null });
    expect(await activeDeals(t, brokerAccount)).toBe(0);
    await expect(deals.advance(deal.id, { to: DealStage.NEGOTIATING }, adminP)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('overrides the due date and validates the contract', async () => {
    const brokerAccount = await certifiedBroker(t, admin, ['QL.NEV']);
    const broker = principalOf(brokerAccount, Role.BROKER);
    const deal = await deals.open(await command('QL.NEV'), buyer());
    const dueAt = new Date(Date.now() + 7 * 86400000);
    expect((await deals.advance(deal.id, { to: DealStage.NEGOTIATING, dueAt }, broker)).dueAt).toEqual(dueAt);
    await deals.advance(deal.id, { to: DealStage.TERMS_AGREED }, broker);
    // Only signContract reaches CONTRACT_SIGNED, so that a contract always exists for it.
    await expect(deals.advance(deal.id, { to: DealStage.CONTRACT_SIGNED }, broker)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.to': [expect.any(String)] },
    });
    const sign = (amount: string, extra: object = {}): Promise<unknown> =>
      deals.signContract(deal.id, { type: ContractType.DEVELOPMENT, amount, signedAt: new Date(), ...extra }, broker);
    await expect(sign('-5.00')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.amount': [expect.any(String)] } });
    await expect(sign('abc')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(sign('10.00', { signedAt: new Date(Date.now() + 86400000) })).rejects.toMatchObject({ fields: { 'input.signedAt': [expect.any(String)] } });
    await expect(deals.signContract(deal.id, { type: ContractType.DEVELOPMENT, amount: '10.00', signedAt: new Date() }, buyer())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await db.query(`SELECT 1 FROM deal_contract WHERE deal_id = $1`, [deal.id])).toHaveLength(0);

    // A contract number already used elsewhere violates its unique key (CONFLICT at the GraphQL edge).
    const other = await deals.open(await command('QL.NEV'), buyer());
    await deals.advance(other.id, { to: DealStage.NEGOTIATING }, adminP);
    await deals.advance(other.id, { to: DealStage.TERMS_AGREED }, adminP);
    const contractNo = `DUP-${Date.now()}`;
    await sign('10.00', { contractNo });
    await expect(deals.signContract(other.id, { type: ContractType.SERVICE, amount: '10.00', signedAt: new Date(), contractNo }, adminP)).rejects.toMatchObject(
      { driverError: { code: '23505' } },
    );
    const [row] = await db.query(`SELECT stage FROM deal WHERE id = $1`, [other.id]);
    expect(row.stage).toBe('TERMS_AGREED');
  });

  it('of two concurrent advances on one deal exactly one wins', async () => {
    const brokerAccount = await certifiedBroker(t, admin, ['QL.CHEM']);
    const broker = principalOf(brokerAccount, Role.BROKER);
    for (let round = 0; round < 5; round++) {
      const deal = await deals.open(await command('QL.CHEM'), adminP);
      const outcomes = await Promise.allSettled([
        deals.advance(deal.id, { to: DealStage.NEGOTIATING }, broker),
        deals.advance(deal.id, { to: DealStage.NEGOTIATING }, adminP),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const failed = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(failed.reason).toMatchObject({ reason: 'ILLEGAL_TRANSITION', code: 'CONFLICT' });
      expect(await history(deal.id)).toHaveLength(2);
      await deals.advance(deal.id, { to: DealStage.LOST, lostReason: 'test round over' }, adminP);
    }
  });

  it('allows one open deal per (result, need) pair, and a new one once the first is lost', async () => {
    const cmd = await command('QL.FOOD');
    const first = await deals.open(cmd, adminP);
    await expect(deals.open(cmd, adminP)).rejects.toMatchObject({ driverError: { code: '23505' } });
    await deals.advance(first.id, { to: DealStage.LOST, lostReason: 'retry' }, adminP);
    await expect(deals.open(cmd, adminP)).resolves.toMatchObject({ stage: DealStage.INTRODUCED });
  });

  it('leaves a deal unassigned when no broker is free, for the admins to assign', async () => {
    const full = await certifiedBroker(t, admin, ['QL.TEXT'], { capacity: 1 });
    await deals.open(await command('QL.TEXT'), adminP);
    const waiting = await deals.open(await command('QL.TEXT'), adminP);
    expect(waiting.brokerId).toBeNull();
    const queue = await deals.list({ first: 50 }, { unassigned: true }, adminP);
    expect(queue.edges.map((edge) => edge.node.id)).toContain(waiting.id);

    await expect(deals.assignBroker(waiting.id, full.userId, adminP)).rejects.toMatchObject({ reason: 'BROKER_UNAVAILABLE', code: 'CONFLICT' });
    await expect(deals.assignBroker(waiting.id, university.userId, adminP)).rejects.toMatchObject({ reason: 'NOT_A_BROKER', code: 'BAD_USER_INPUT' });
    await expect(deals.assignBroker(waiting.id, full.userId, buyer())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const spare = await certifiedBroker(t, admin, ['BL.QT'], { capacity: 1 });
    const assigned = await deals.assignBroker(waiting.id, spare.userId, adminP);
    expect(assigned.brokerId).toBe(spare.userId);
    expect(await activeDeals(t, spare)).toBe(1);
    // Reassigning moves the slot.
    const third = await certifiedBroker(t, admin, ['BL.QT']);
    await deals.assignBroker(waiting.id, third.userId, adminP);
    expect(await activeDeals(t, spare)).toBe(0);
    expect(await activeDeals(t, third)).toBe(1);
  });

  it('lists only what the caller may see, with filters', async () => {
    const brokerAccount = await certifiedBroker(t, admin, ['QL.MACH']);
    const mine = await deals.open(await command('QL.MACH'), adminP);
    const outsider = await registerAccount(t, 'UNIVERSITY');
    const foreign = await deals.open(await command('QL.MACH', { ownerOrgId: outsider.organizationId, enterpriseOrgId: null, needId: null }), adminP);
    const ids = async (p: Principal, filter = {}): Promise<string[]> => (await deals.list({ first: 100 }, filter, p)).edges.map((e) => e.node.id);

    expect(await ids(principalOf(brokerAccount, Role.BROKER))).toEqual(expect.arrayContaining([mine.id]));
    expect(await ids(principalOf(outsider, Role.RESEARCHER))).toEqual([foreign.id]);
    expect(await ids(owner())).not.toContain(foreign.id);
    expect(await ids(adminP, { resultId: foreign.resultId })).toEqual([foreign.id]);
    expect(await ids(adminP, { needId: mine.needId })).toEqual([mine.id]);
    expect(await ids(adminP, { brokerId: brokerAccount.userId, stage: [DealStage.INTRODUCED] })).toContain(mine.id);
    expect(await ids(adminP, { brokerId: brokerAccount.userId, stage: [DealStage.LOST] })).toEqual([]);
    const page = await deals.list({ first: 1 }, {}, adminP);
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('runs lifecycle listeners inside the deal transaction', async () => {
    const lifecycle = t.app.get(DealLifecycle);
    const seen: string[] = [];
    let fail = false;
    lifecycle.register({
      onOpened: async (manager, deal) => {
        const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM deal WHERE id = $1`, [deal.id]);
        seen.push(`opened:${n}`);
        if (fail) throw new Error('listener refused');
      },
      onStageChanged: async (_manager, deal, change) => {
        seen.push(`changed:${change.from}->${change.to}:${deal.stage}`);
      },
    });
    const deal = await deals.open(await command('QL.SHIP'), adminP);
    // The deal room's listener (chat) set the conversation during opening; it is stored with the deal.
    const [row] = await db.query(`SELECT conversation_id FROM deal WHERE id = $1`, [deal.id]);
    expect(deal.conversationId).toEqual(expect.any(String));
    expect(row.conversation_id).toBe(deal.conversationId);
    await deals.advance(deal.id, { to: DealStage.NEGOTIATING }, adminP);
    expect(seen).toEqual(['opened:1', 'changed:INTRODUCED->NEGOTIATING:NEGOTIATING']);

    fail = true;
    const cmd = await command('QL.SHIP');
    await expect(deals.open(cmd, adminP)).rejects.toThrow('listener refused');
    expect(await db.query(`SELECT 1 FROM deal WHERE result_id = $1`, [cmd.resultId])).toHaveLength(0);
    fail = false;
  });
});
