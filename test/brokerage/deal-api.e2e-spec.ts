import { randomUUID } from 'node:crypto';

import { DealOpeningService, DealService } from '@techbridge/brokerage';
import { CatalogAccessPolicy, CatalogAccessService } from '@techbridge/catalog';
import { OrganizationService } from '@techbridge/identity';
import { Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { publishedNeed, publishedResult } from '../catalog/catalog-fixtures';
import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp, verifyOrganizations } from '../support';
import { activeDeals, certifiedBroker, principalOf } from './brokerage-helpers';

const DEAL_FIELDS = `id stage lostReason dueAt createdAt
  result { id description } need { id status description } broker { id }
  history { from to note at by { id } } contract { type amount signedAt contractNo }
  conversation { id participants { user { id } } }`;
const OPEN = `mutation($resultId: ID!, $needId: ID!) { openDealForPair(resultId: $resultId, needId: $needId) { ${DEAL_FIELDS} } }`;
const ADVANCE = `mutation($dealId: ID!, $input: DealTransitionInput!) { advanceDeal(dealId: $dealId, input: $input) { id stage lostReason dueAt history { from to } } }`;
const SIGN = `mutation($dealId: ID!, $input: ContractInput!) { signContract(dealId: $dealId, input: $input) { ${DEAL_FIELDS} } }`;
const ASSIGN = `mutation($dealId: ID!, $brokerId: ID!) { assignBroker(dealId: $dealId, brokerId: $brokerId) { id broker { id } conversation { participants { user { id } } } } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} } }`;
const DEALS = `query($first: Int, $after: String, $filter: DealFilter) { deals(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { id stage broker { id } } } pageInfo { hasNextPage endCursor } } }`;
const RESULT = `query($id: ID!) { result(id: $id) { id description } }`;
const NEED = `query($id: ID!) { need(id: $id) { id status description } }`;

/**
 * The deal API over HTTP against the real database: opening on a catalogue pair, the pipeline to
 * a signed contract, refusals with their public codes, visibility, the admins' queue, and two
 * concurrent moves.
 */
describe('deal GraphQL API', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedIn;
  let researcher: SignedIn;
  let enterprise: SignedIn;
  let stranger: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    [researcher, enterprise, stranger] = await Promise.all([
      registerAccount(t, 'UNIVERSITY'),
      registerAccount(t, 'ENTERPRISE'),
      registerAccount(t, 'ENTERPRISE'),
    ]);
    await verifyOrganizations(t, admin, researcher, enterprise);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A published TEASER result of the researcher and a published TEASER need of the enterprise, in `fieldCode`. */
  const pair = async (fieldCode: string): Promise<{ resultId: string; needId: string }> => ({
    resultId: await publishedResult(t, researcher, admin, { fieldCode, visibility: 'TEASER' }),
    needId: await publishedNeed(t, enterprise, { fieldCode, visibility: 'TEASER' }),
  });
  const historyRows = async (dealId: string): Promise<number> =>
    Number((await db.query(`SELECT count(*)::int AS n FROM deal_stage_change WHERE deal_id = $1`, [dealId]))[0].n);
  const open = async (ids: { resultId: string; needId: string }, as: SignedIn): Promise<any> => {
    const response = await t.gql(OPEN, ids, as.token);
    expect(response.errors).toBeUndefined();
    return response.data!.openDealForPair;
  };

  it('pair → opened by the enterprise → least busy broker → NEGOTIATING → TERMS_AGREED → signed, with 4 history rows, commission, broker freed, need solved', async () => {
    const busy = await certifiedBroker(t, admin, ['JL.SSB'], { level: 'SENIOR' });
    const idle = await certifiedBroker(t, admin, ['JL']);
    await db.query(`UPDATE broker_profile SET active_deals = 1 WHERE user_id = $1`, [busy.userId]);
    const ids = await pair('JL.SSB');
    // Before the deal, the enterprise sees only the teaser of the result, the broker not the need's details.
    expect((await t.gql(RESULT, { id: ids.resultId }, enterprise.token)).data?.result.description).toBeNull();

    const deal = await open(ids, enterprise);
    expect(deal).toMatchObject({
      stage: 'INTRODUCED',
      broker: { id: idle.userId },
      result: { id: ids.resultId },
      need: { id: ids.needId, status: 'IN_NEGOTIATION' },
      contract: null,
      lostReason: null,
    });
    expect(deal.history).toEqual([{ from: null, to: 'INTRODUCED', note: null, at: expect.any(String), by: { id: enterprise.userId } }]);
    expect(new Date(deal.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(deal.conversation.participants.map((p: any) => p.user.id).sort()).toEqual([idle.userId, researcher.userId, enterprise.userId].sort());
    expect(await activeDeals(t, idle)).toBe(1);
    expect(await activeDeals(t, busy)).toBe(1);
    // The parties and the broker now see the other side's details.
    expect((await t.gql(RESULT, { id: ids.resultId }, enterprise.token)).data?.result.description).toEqual(expect.any(String));
    expect((await t.gql(NEED, { id: ids.needId }, researcher.token)).data?.need.description).toEqual(expect.any(String));
    expect((await t.gql(NEED, { id: ids.needId }, idle.token)).data?.need.description).toEqual(expect.any(String));

    const negotiating = await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'NEGOTIATING', note: '首次沟通完成' } }, idle.token);
    expect(negotiating.data?.advanceDeal).toMatchObject({ stage: 'NEGOTIATING' });
    const agreed = await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'TERMS_AGREED' } }, idle.token);
    expect(agreed.data?.advanceDeal).toMatchObject({ stage: 'TERMS_AGREED' });
    const signedAt = new Date(Date.now() - 3600_000).toISOString();
    const signed = await t.gql(
      SIGN,
      { dealId: deal.id, input: { type: 'LICENSE', amount: '1250000.00', signedAt, contractNo: `QD-${Date.now()}` } },
      idle.token,
    );
    expect(signed.errors).toBeUndefined();
    const done = signed.data!.signContract;
    expect(done).toMatchObject({
      stage: 'CONTRACT_SIGNED',
      dueAt: null,
      contract: { type: 'LICENSE', amount: '1250000.00', signedAt },
      need: { status: 'SOLVED' },
    });
    expect(done.history.map((h: any) => [h.from, h.to, h.by.id])).toEqual([
      [null, 'INTRODUCED', enterprise.userId],
      ['INTRODUCED', 'NEGOTIATING', idle.userId],
      ['NEGOTIATING', 'TERMS_AGREED', idle.userId],
      ['TERMS_AGREED', 'CONTRACT_SIGNED', idle.userId],
    ]);
    expect(done.history[1].note).toBe('首次沟通完成');
    expect(await activeDeals(t, idle)).toBe(0);
    const ledger = await db.query(`SELECT broker_id, base_amount, amount FROM commission_ledger WHERE deal_id = $1`, [deal.id]);
    expect(ledger).toEqual([{ broker_id: idle.userId, base_amount: '1250000.00', amount: '62500.00' }]);
    // Everyone on the deal reads the same deal.
    for (const reader of [researcher, enterprise, idle, admin]) {
      expect((await t.gql(DEAL, { id: deal.id }, reader.token)).data?.deal).toMatchObject({ id: deal.id, stage: 'CONTRACT_SIGNED' });
    }
  });

  it('refuses bad input with the public codes and writes nothing', async () => {
    const broker = await certifiedBroker(t, admin, ['QL.HOME']);
    const ids = await pair('QL.HOME');
    const deal = await open(ids, broker);
    expect(deal.broker).toEqual({ id: broker.userId });

    // A second open deal on the pair.
    expect(errorCode(await t.gql(OPEN, ids, enterprise.token))).toBe('CONFLICT');
    // Illegal transition: CONFLICT, no history row, stage unchanged.
    const before = await historyRows(deal.id);
    const illegal = await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'TERMS_AGREED' } }, broker.token);
    expect(errorCode(illegal)).toBe('CONFLICT');
    expect(await historyRows(deal.id)).toBe(before);
    expect(errorCode(await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'CONTRACT_SIGNED' } }, broker.token))).toBe('CONFLICT');
    // LOST needs a reason.
    const noReason = await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'LOST' } }, broker.token);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0].extensions?.fields).toHaveProperty(['input.lostReason']);
    // Parties may not push the deal forward.
    expect(errorCode(await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'NEGOTIATING' } }, researcher.token))).toBe('FORBIDDEN');

    await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'NEGOTIATING' } }, broker.token);
    await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'TERMS_AGREED' } }, broker.token);
    // From TERMS_AGREED, CONTRACT_SIGNED is reached only through signContract.
    expect(errorCode(await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'CONTRACT_SIGNED' } }, broker.token))).toBe('BAD_USER_INPUT');
    const contract = (amount: string): Record<string, unknown> => ({ dealId: deal.id, input: { type: 'SERVICE', amount, signedAt: new Date().toISOString() } });
    for (const amount of ['-100.00', '0', 'abc', '12.345']) {
      const response = await t.gql(SIGN, contract(amount), broker.token);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await t.gql(SIGN, contract('1000.00'), researcher.token))).toBe('FORBIDDEN');
    expect(await db.query(`SELECT 1 FROM deal_contract WHERE deal_id = $1`, [deal.id])).toEqual([]);
    expect((await t.gql(DEAL, { id: deal.id }, broker.token)).data?.deal.stage).toBe('TERMS_AGREED');

    // Someone else's deal: null on read, NOT_FOUND on write; assignBroker is for admins.
    const other = await certifiedBroker(t, admin, ['QL.HOME']);
    expect((await t.gql(DEAL, { id: deal.id }, stranger.token)).data?.deal).toBeNull();
    expect((await t.gql(DEAL, { id: deal.id }, other.token)).data?.deal).toBeNull();
    expect(errorCode(await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'LOST', lostReason: 'x' } }, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SIGN, contract('1000.00'), other.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ASSIGN, { dealId: deal.id, brokerId: other.userId }, broker.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DEAL, { id: 'not-a-uuid' }, admin.token))).toBe('BAD_USER_INPUT');
    // A stranger may see the listed pair but not open a deal on it.
    const fresh = await pair('QL.HOME');
    expect(errorCode(await t.gql(OPEN, fresh, stranger.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPEN, { resultId: randomUUID(), needId: fresh.needId }, enterprise.token))).toBe('NOT_FOUND');
  });

  it('a lost deal puts the need back on the market; a reassigned broker gets access and the room', async () => {
    const first = await certifiedBroker(t, admin, ['QL.RAIL'], { capacity: 1 });
    const ids = await pair('QL.RAIL');
    const deal = await open(ids, researcher);
    expect(deal.broker).toEqual({ id: first.userId });

    const second = await certifiedBroker(t, admin, ['QL.RAIL']);
    expect((await t.gql(NEED, { id: ids.needId }, second.token)).data?.need.description).toBeNull();
    const assigned = await t.gql(ASSIGN, { dealId: deal.id, brokerId: second.userId }, admin.token);
    expect(assigned.data?.assignBroker.broker).toEqual({ id: second.userId });
    const people = assigned.data?.assignBroker.conversation.participants.map((p: any) => p.user.id);
    expect(people).toContain(second.userId);
    expect(people).not.toContain(first.userId);
    expect((await t.gql(NEED, { id: ids.needId }, second.token)).data?.need.description).toEqual(expect.any(String));
    expect(await activeDeals(t, first)).toBe(0);

    const lost = await t.gql(ADVANCE, { dealId: deal.id, input: { to: 'LOST', lostReason: '企业预算调整' } }, enterprise.token);
    expect(lost.data?.advanceDeal).toMatchObject({ stage: 'LOST', lostReason: '企业预算调整', dueAt: null });
    expect((await t.gql(NEED, { id: ids.needId }, enterprise.token)).data?.need.status).toBe('PUBLISHED');
    expect(await activeDeals(t, second)).toBe(0);
    // The pair can be worked again.
    await expect(open(ids, second)).resolves.toMatchObject({ stage: 'INTRODUCED', broker: { id: second.userId } });
  });

  it('keeps the need IN_NEGOTIATION while another deal on it is open', async () => {
    await certifiedBroker(t, admin, ['BL.QT']);
    const needId = await publishedNeed(t, enterprise, { fieldCode: 'BL.QT' });
    const a = await open({ resultId: await publishedResult(t, researcher, admin, { fieldCode: 'BL.QT' }), needId }, enterprise);
    await open({ resultId: await publishedResult(t, researcher, admin, { fieldCode: 'BL.QT' }), needId }, enterprise);
    await t.gql(ADVANCE, { dealId: a.id, input: { to: 'LOST', lostReason: 'other result chosen' } }, admin.token);
    expect((await t.gql(NEED, { id: needId }, enterprise.token)).data?.need.status).toBe('IN_NEGOTIATION');
  });

  it('lists what the caller may see, with the admins’ queue of unassigned deals and pages', async () => {
    const broker = await certifiedBroker(t, admin, ['HC.DEEP']);
    const mine = await open(await pair('HC.DEEP'), enterprise);
    expect(mine.broker).toEqual({ id: broker.userId });
    const waiting = await open(await pair('HC.WIND'), enterprise);
    expect(waiting.broker).toBeNull();
    const list = async (as: SignedIn, variables: Record<string, unknown> = {}): Promise<string[]> => {
      const response = await t.gql(DEALS, { first: 100, ...variables }, as.token);
      expect(response.errors).toBeUndefined();
      return response.data!.deals.edges.map((e: any) => e.node.id);
    };
    expect(await list(broker)).toEqual([mine.id]);
    expect(await list(stranger)).toEqual([]);
    expect(await list(enterprise)).toEqual(expect.arrayContaining([mine.id, waiting.id]));
    expect(await list(admin, { filter: { unassigned: true } })).toContain(waiting.id);
    expect(await list(admin, { filter: { unassigned: true } })).not.toContain(mine.id);
    expect(await list(admin, { filter: { brokerId: broker.userId, stage: ['INTRODUCED'] } })).toEqual([mine.id]);
    const page = await t.gql(DEALS, { first: 1 }, enterprise.token);
    expect(page.data?.deals.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(DEALS, { first: 1, after: page.data?.deals.pageInfo.endCursor }, enterprise.token);
    expect(next.data?.deals.edges[0].node.id).not.toBe(page.data?.deals.edges[0].node.id);
    expect(errorCode(await t.gql(DEALS, { first: 101 }, admin.token))).toBe('BAD_USER_INPUT');
  });

  it('of two concurrent advanceDeal calls on one deal, exactly one wins', async () => {
    const broker = await certifiedBroker(t, admin, ['QL.NEV']);
    const deal = await open(await pair('QL.NEV'), broker);
    const before = await historyRows(deal.id);
    const responses = await Promise.all([
      t.gql(ADVANCE, { dealId: deal.id, input: { to: 'NEGOTIATING', note: 'a' } }, broker.token),
      t.gql(ADVANCE, { dealId: deal.id, input: { to: 'NEGOTIATING', note: 'b' } }, admin.token),
    ]);
    expect(responses.filter((r) => r.data?.advanceDeal?.stage === 'NEGOTIATING')).toHaveLength(1);
    expect(responses.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await historyRows(deal.id)).toBe(before + 1);
  });

  it('opens from a match through the bound MATCH_LOOKUP port, turning the match CONVERTED in the same transaction', async () => {
    await certifiedBroker(t, admin, ['QL.CHEM']);
    const ids = await pair('QL.CHEM');
    const [{ id: matchId }] = await db.query(
      `INSERT INTO match (result_id, need_id, score, factors, status) VALUES ($1, $2, 72.5, '[]'::jsonb, 'SHORTLISTED') RETURNING id`,
      [ids.resultId, ids.needId],
    );
    const service = t.app.get(DealOpeningService);
    const deal = await service.openFromMatch(matchId, principalOf(enterprise, Role.ENTERPRISE));
    expect(deal).toMatchObject({ matchId, resultId: ids.resultId, needId: ids.needId });
    const [{ status }] = await db.query(`SELECT status FROM match WHERE id = $1`, [matchId]);
    expect(status).toBe('CONVERTED');
    await expect(service.openFromMatch(randomUUID(), principalOf(enterprise, Role.ENTERPRISE))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.openFromMatch(matchId, principalOf(enterprise, Role.ENTERPRISE))).rejects.toMatchObject({ code: 'CONFLICT' });
    // Without a matching lib bound, opening from a match is refused as not found.
    const unbound = new DealOpeningService(
      db,
      t.app.get(DealService),
      t.app.get(CatalogAccessPolicy),
      t.app.get(CatalogAccessService),
      t.app.get(OrganizationService),
      null,
    );
    await expect(unbound.openFromMatch(matchId, principalOf(enterprise, Role.ENTERPRISE))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
