import { DataSource } from 'typeorm';

import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp, verifyOrganizations } from '../support';
import { catalogPair, certifiedBroker } from './brokerage-helpers';

const OPEN = `mutation($r: ID!, $n: ID!) { openDealForPair(resultId: $r, needId: $n) { id fieldCode broker { id } } }`;
const MOVES = `query($id: ID!) { deal(id: $id) { id stage allowedMoves { to mutation reasonRequired } commission { contractType baseAmount ratePercent amount } } }`;
const ADVANCE = `mutation($d: ID!, $input: DealTransitionInput!) { advanceDeal(dealId: $d, input: $input) { id stage } }`;
const SIGN = `mutation($d: ID!, $input: ContractInput!) { signContract(dealId: $d, input: $input) { id stage } }`;
const PREVIEW = `query($type: ContractType!, $amount: Money!) { commissionPreview(type: $type, amount: $amount) { contractType baseAmount ratePercent amount } }`;
const DEALS = `query($filter: DealFilter) { deals(first: 100, filter: $filter) { totalCount edges { node { id } } } }`;
const BROKERS = `query($c: Boolean) { certifiedBrokers(withCapacity: $c) { id brokerProfile { activeDeals capacity } } }`;

/**
 * What the broker's workbench and the deal page read besides the deal itself: the moves offered
 * per caller (from the pipeline table), the commission preview and the recorded commission, the
 * board's field and overdue filters, and the administrators' broker picker.
 */
describe('deal workbench API', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedIn;
  let researcher: SignedIn;
  let enterprise: SignedIn;
  let broker: SignedIn;
  let full: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    [researcher, enterprise] = await Promise.all([registerAccount(t, 'UNIVERSITY'), registerAccount(t, 'ENTERPRISE')]);
    await verifyOrganizations(t, admin, researcher, enterprise);
    broker = await certifiedBroker(t, admin, ['JL'], { capacity: 10 });
    full = await certifiedBroker(t, admin, ['HC'], { capacity: 1 });
  });
  afterAll(async () => {
    await t.close();
  });

  const openDeal = async (fieldCode: string, as: SignedIn): Promise<string> => {
    const { resultId, needId } = await catalogPair(db, researcher.organizationId!, enterprise.organizationId!, fieldCode);
    const response = await t.gql(OPEN, { r: resultId, n: needId }, as.token);
    expect(response.errors).toBeUndefined();
    return response.data!.openDealForPair.id as string;
  };

  it('offers each caller exactly its legal moves, the broker of record the commission once signed, and parties neither', async () => {
    const id = await openDeal('JL.SSB', broker);
    const asBroker = await t.gql(MOVES, { id }, broker.token);
    expect(asBroker.data!.deal.allowedMoves).toEqual([
      { to: 'NEGOTIATING', mutation: 'ADVANCE_DEAL', reasonRequired: false },
      { to: 'LOST', mutation: 'ADVANCE_DEAL', reasonRequired: true },
    ]);
    const asParty = await t.gql(MOVES, { id }, enterprise.token);
    expect(asParty.data!.deal.allowedMoves).toEqual([{ to: 'LOST', mutation: 'ADVANCE_DEAL', reasonRequired: true }]);

    await t.gql(ADVANCE, { d: id, input: { to: 'NEGOTIATING' } }, broker.token);
    const negotiating = await t.gql(MOVES, { id }, enterprise.token);
    expect(negotiating.data!.deal.allowedMoves.map((move: { to: string; mutation: string }) => `${move.to}:${move.mutation}`)).toEqual([
      'TERMS_AGREED:ACCEPT_OFFER',
      'LOST:ADVANCE_DEAL',
    ]);
    await t.gql(ADVANCE, { d: id, input: { to: 'TERMS_AGREED' } }, broker.token);
    const agreed = await t.gql(MOVES, { id }, broker.token);
    expect(agreed.data!.deal.allowedMoves.map((move: { to: string; mutation: string }) => `${move.to}:${move.mutation}`)).toEqual([
      'CONTRACT_SIGNED:SIGN_CONTRACT',
      'LOST:ADVANCE_DEAL',
    ]);
    expect(agreed.data!.deal.commission).toBeNull();

    const preview = await t.gql(PREVIEW, { type: 'LICENSE', amount: '1234567.89' }, broker.token);
    expect(preview.data!.commissionPreview).toEqual({ contractType: 'LICENSE', baseAmount: '1234567.89', ratePercent: '5.00', amount: '61728.39' });

    const signed = await t.gql(
      SIGN,
      { d: id, input: { type: 'LICENSE', amount: '1234567.89', signedAt: new Date().toISOString(), contractNo: 'WB-0001' } },
      broker.token,
    );
    expect(signed.errors).toBeUndefined();
    const after = await t.gql(MOVES, { id }, broker.token);
    expect(after.data!.deal.allowedMoves).toEqual([]);
    // What the preview said is what the ledger holds.
    expect(after.data!.deal.commission).toEqual(preview.data!.commissionPreview);
    expect((await t.gql(MOVES, { id }, admin.token)).data!.deal.commission.amount).toBe('61728.39');
    expect((await t.gql(MOVES, { id }, enterprise.token)).data!.deal.commission).toBeNull();
    expect((await t.gql(MOVES, { id }, researcher.token)).data!.deal.commission).toBeNull();
  });

  it('refuses a preview of a zero amount under its field, and a malformed one as bad input', async () => {
    const zero = await t.gql(PREVIEW, { type: 'SERVICE', amount: '0' }, broker.token);
    expect(errorCode(zero)).toBe('BAD_USER_INPUT');
    expect(zero.errors![0].extensions!.fields).toHaveProperty('amount');
    const malformed = await t.gql(PREVIEW, { type: 'SERVICE', amount: '12.345' }, broker.token);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('filters the board by field (code or chain) and by overdue', async () => {
    const ssb = await openDeal('JL.SSB', broker);
    const other = await openDeal('JL.AI', broker);
    await db.query(`UPDATE deal SET due_at = now() - interval '1 day' WHERE id = $1`, [ssb]);
    const ids = async (filter: object): Promise<string[]> => {
      const response = await t.gql(DEALS, { filter }, broker.token);
      expect(response.errors).toBeUndefined();
      return response.data!.deals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    };
    expect(await ids({ fieldCode: 'JL.SSB' })).toContain(ssb);
    expect(await ids({ fieldCode: 'JL.SSB' })).not.toContain(other);
    expect(await ids({ fieldCode: 'JL' })).toEqual(expect.arrayContaining([ssb, other]));
    expect(await ids({ overdue: true })).toEqual([ssb]);
    expect(await ids({ overdue: false })).not.toContain(ssb);
    expect(await ids({ overdue: false })).toContain(other);
    const bad = await t.gql(DEALS, { filter: { fieldCode: 'not a code' } }, broker.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('lists certified brokers for administrators, without the full ones when asked', async () => {
    await openDeal('HC.MDRUG', full);
    const all = (await t.gql(BROKERS, { c: false }, admin.token)).data!.certifiedBrokers.map((user: { id: string }) => user.id);
    expect(all).toEqual(expect.arrayContaining([broker.userId, full.userId]));
    const free = await t.gql(BROKERS, { c: true }, admin.token);
    const freeIds = free.data!.certifiedBrokers.map((user: { id: string }) => user.id);
    expect(freeIds).toContain(broker.userId);
    expect(freeIds).not.toContain(full.userId);
    for (const user of free.data!.certifiedBrokers) expect(user.brokerProfile.activeDeals).toBeLessThan(user.brokerProfile.capacity);
    expect(errorCode(await t.gql(BROKERS, { c: true }, broker.token))).toBe('FORBIDDEN');
  });
});
