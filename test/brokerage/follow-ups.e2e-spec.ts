import { Clock } from '@techbridge/brokerage';

import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import { certifiedBroker } from './brokerage-helpers';

const RECORD = `mutation($input: FollowUpInput!) { recordFollowUp(input: $input) {
  id happenedOn channel notes nextActionOn nextAction discoveredNeeds createdAt broker { id } enterprise { id kind } } }`;
const MINE = `query($first: Int, $after: String, $enterpriseId: ID, $brokerId: ID) { myFollowUps(first: $first, after: $after, enterpriseId: $enterpriseId, brokerId: $brokerId) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id happenedOn enterprise { id } broker { id } } } } }`;
const OVERDUE = `query($brokerId: ID) { overdueFollowUps(brokerId: $brokerId) { id nextActionOn nextAction enterprise { id } broker { id } } }`;

describe('broker follow-ups over HTTP', () => {
  let t: TestApp;
  let admin: SignedIn;
  let broker: SignedIn;
  let otherBroker: SignedIn;
  let acme: SignedIn;
  let beta: SignedIn;
  let gamma: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createAdmin(t);
    broker = await certifiedBroker(t, admin, ['JL.AI']);
    otherBroker = await certifiedBroker(t, admin, ['JL.AI']);
    [acme, beta, gamma] = await Promise.all([registerAccount(t, 'ENTERPRISE'), registerAccount(t, 'ENTERPRISE'), registerAccount(t, 'ENTERPRISE')]);
    // "Today" is 2025-06-10 in Shanghai for every rule that reads the clock.
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2025-06-10T02:00:00Z'));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const record = (account: SignedIn, input: Record<string, unknown>) =>
    t.gql(RECORD, { input: { channel: 'VISIT', happenedOn: '2025-06-01', ...input } }, account.token);

  it('records a follow-up with an enterprise and returns it with broker and enterprise', async () => {
    const response = await record(broker, {
      enterpriseId: acme.organizationId,
      notes: '  Visited the plant; interested in vision inspection. ',
      nextActionOn: '2025-06-05',
      nextAction: 'Send two candidate results',
      discoveredNeeds: ['视觉检测', 'defect detection', '视觉检测'],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordFollowUp).toMatchObject({
      happenedOn: '2025-06-01',
      channel: 'VISIT',
      notes: 'Visited the plant; interested in vision inspection.',
      nextActionOn: '2025-06-05',
      discoveredNeeds: ['视觉检测', 'defect detection'],
      broker: { id: broker.userId },
      enterprise: { id: acme.organizationId, kind: 'ENTERPRISE' },
    });
  });

  it('refuses non-brokers, non-enterprises and bad dates with the field named', async () => {
    expect(errorCode(await record(acme, { enterpriseId: acme.organizationId }))).toBe('FORBIDDEN');
    expect(errorCode(await record(admin, { enterpriseId: acme.organizationId }))).toBe('FORBIDDEN');
    const university = await registerAccount(t, 'UNIVERSITY');
    const notEnterprise = await record(broker, { enterpriseId: university.organizationId });
    expect(errorCode(notEnterprise)).toBe('BAD_USER_INPUT');
    expect(Object.keys(notEnterprise.errors?.[0].extensions?.fields ?? {})).toEqual(['input.enterpriseId']);
    expect(errorCode(await record(broker, { enterpriseId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const cases: [Record<string, unknown>, string][] = [
      [{ happenedOn: '2025-06-11' }, 'input.happenedOn'],
      [{ happenedOn: '2025-02-30' }, 'input.happenedOn'],
      [{ happenedOn: '1 June' }, 'input.happenedOn'],
      [{ nextActionOn: '2025-05-31' }, 'input.nextActionOn'],
      [{ nextAction: 'call back' }, 'input.nextActionOn'],
      [{ notes: 'x'.repeat(2001) }, 'input.notes'],
      [{ channel: 'PIGEON' }, 'input.channel'],
      [{ discoveredNeeds: Array.from({ length: 21 }, (_, i) => `need ${i}`) }, 'input.discoveredNeeds'],
    ];
    for (const [input, field] of cases) {
      const response = await record(broker, { enterpriseId: acme.organizationId, ...input });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      if (field !== 'input.channel') expect(Object.keys(response.errors?.[0].extensions?.fields ?? {})).toEqual([field]);
    }
  });

  it('lists a broker’s own follow-ups newest first, by enterprise, paged; admins may pick the broker', async () => {
    for (const day of ['02', '03', '04'])
      expect((await record(broker, { enterpriseId: beta.organizationId, happenedOn: `2025-06-${day}` })).errors).toBeUndefined();
    expect((await record(otherBroker, { enterpriseId: beta.organizationId })).errors).toBeUndefined();

    const all = await t.gql(MINE, { first: 10 }, broker.token);
    expect(all.data?.myFollowUps.totalCount).toBe(4);
    expect(all.data?.myFollowUps.edges.every((e: { node: { broker: { id: string } } }) => e.node.broker.id === broker.userId)).toBe(true);

    const page1 = await t.gql(MINE, { first: 2, enterpriseId: beta.organizationId }, broker.token);
    expect(page1.data?.myFollowUps).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(page1.data?.myFollowUps.edges.map((e: { node: { happenedOn: string } }) => e.node.happenedOn)).toEqual(['2025-06-04', '2025-06-03']);
    const page2 = await t.gql(MINE, { first: 2, enterpriseId: beta.organizationId, after: page1.data?.myFollowUps.pageInfo.endCursor }, broker.token);
    expect(page2.data?.myFollowUps.edges.map((e: { node: { happenedOn: string } }) => e.node.happenedOn)).toEqual(['2025-06-02']);
    expect(page2.data?.myFollowUps.pageInfo.hasNextPage).toBe(false);

    expect(errorCode(await t.gql(MINE, { brokerId: otherBroker.userId }, broker.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MINE, {}, acme.token))).toBe('FORBIDDEN');
    const forAdmin = await t.gql(MINE, { brokerId: otherBroker.userId }, admin.token);
    expect(forAdmin.data?.myFollowUps.totalCount).toBe(1);
    expect((await t.gql(MINE, { first: 100 }, admin.token)).data?.myFollowUps.totalCount).toBe(5);
  });

  it('lists enterprises whose latest follow-up has an overdue next action', async () => {
    // gamma: overdue next action, then a newer follow-up without one → not overdue.
    await record(broker, { enterpriseId: gamma.organizationId, happenedOn: '2025-05-20', nextActionOn: '2025-05-25', nextAction: 'call' });
    await record(broker, { enterpriseId: gamma.organizationId, happenedOn: '2025-06-09' });
    // beta: latest has a next action today → not overdue yet.
    await record(broker, { enterpriseId: beta.organizationId, happenedOn: '2025-06-05', nextActionOn: '2025-06-10', nextAction: 'visit' });
    // otherBroker owes acme a call since 2025-06-03.
    await record(otherBroker, { enterpriseId: acme.organizationId, happenedOn: '2025-06-02', nextActionOn: '2025-06-03', nextAction: 'quote' });

    const mine = await t.gql(OVERDUE, {}, broker.token);
    expect(mine.errors).toBeUndefined();
    // acme's only follow-up (next action 2025-06-05) is overdue.
    expect(mine.data?.overdueFollowUps).toEqual([
      {
        id: expect.any(String),
        nextActionOn: '2025-06-05',
        nextAction: 'Send two candidate results',
        enterprise: { id: acme.organizationId },
        broker: { id: broker.userId },
      },
    ]);

    const theirs = await t.gql(OVERDUE, { brokerId: otherBroker.userId }, admin.token);
    expect(theirs.data?.overdueFollowUps.map((f: { nextActionOn: string }) => f.nextActionOn)).toEqual(['2025-06-03']);
    const everyone = await t.gql(OVERDUE, {}, admin.token);
    expect(everyone.data?.overdueFollowUps.map((f: { nextActionOn: string }) => f.nextActionOn)).toEqual(['2025-06-03', '2025-06-05']);
    expect(errorCode(await t.gql(OVERDUE, { brokerId: otherBroker.userId }, broker.token))).toBe('FORBIDDEN');
  });

  it('turns discovered needs into DRAFT needs of the enterprise when a field is given, all or nothing', async () => {
    const drafts = `query { needs(first: 50, filter: { status: [DRAFT] }) { edges { node { title status fieldCode visibility enterprise { id } } } } }`;
    const count = async (account: SignedIn) => ((await t.gql(drafts, {}, account.token)).data?.needs.edges ?? []).length;
    // An enterprise of its own, so the other cases' counts are untouched.
    const delta = await registerAccount(t, 'ENTERPRISE');
    const other = await certifiedBroker(t, admin, ['JL.AI']);
    const before = await count(delta);

    const refused = await record(other, { enterpriseId: delta.organizationId, discoveredNeeds: ['视觉缺陷检测算法'], draftNeedFieldCode: 'NOPE.X' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(Object.keys(refused.errors?.[0].extensions?.fields ?? {})).toEqual(['input.draftNeedFieldCode']);
    const tooShort = await record(other, { enterpriseId: delta.organizationId, discoveredNeeds: ['视觉'], draftNeedFieldCode: 'JL.AI' });
    expect(Object.keys(tooShort.errors?.[0].extensions?.fields ?? {})).toEqual(['input.discoveredNeeds']);
    expect(await count(delta)).toBe(before);
    // Nothing of a refused follow-up is kept either.
    const kept = await t.gql(MINE, { enterpriseId: delta.organizationId }, other.token);
    expect(kept.data?.myFollowUps.totalCount).toBe(0);

    const response = await record(other, {
      enterpriseId: delta.organizationId,
      discoveredNeeds: ['视觉缺陷检测算法', '产线节拍优化'],
      draftNeedFieldCode: 'JL.AI',
    });
    expect(response.errors).toBeUndefined();
    const listed = (await t.gql(drafts, {}, delta.token)).data?.needs.edges.map((edge: { node: unknown }) => edge.node);
    expect(listed).toEqual(
      expect.arrayContaining([
        { title: '视觉缺陷检测算法', status: 'DRAFT', fieldCode: 'JL.AI', visibility: 'TEASER', enterprise: { id: delta.organizationId } },
        { title: '产线节拍优化', status: 'DRAFT', fieldCode: 'JL.AI', visibility: 'TEASER', enterprise: { id: delta.organizationId } },
      ]),
    );
    // Drafts stay with the enterprise: another enterprise does not see them.
    const outsider = (await t.gql(drafts, {}, beta.token)).data?.needs.edges ?? [];
    expect(outsider.some((edge: { node: { enterprise: { id: string } } }) => edge.node.enterprise.id === delta.organizationId)).toBe(false);
  });
});
