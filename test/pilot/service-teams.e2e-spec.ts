import { ContractType, DealService, DealStage } from '@techbridge/brokerage';
import { Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { certifiedBroker, principalOf, publishedNeedRow } from '../brokerage/brokerage-helpers';
import { CREATE_RESULT, GET_RESULT, LIST_RESULTS, publishedResult, resultInput } from '../catalog/catalog-fixtures';
import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp } from '../support';

const TEAM_FIELDS = `organization { id } bureauOfficer { id } districtLiaison { id } conversionLead { id } brokers { id }
  funnel { collected evaluated published matched contracted }`;
const SET_TEAM = `mutation($organizationId: ID!, $input: ServiceTeamInput!) { setServiceTeam(organizationId: $organizationId, input: $input) { ${TEAM_FIELDS} } }`;
const GET_TEAM = `query($organizationId: ID!) { serviceTeam(organizationId: $organizationId) { ${TEAM_FIELDS} } }`;
const MY_TEAMS = `{ myServiceTeams { organization { id } brokers { id } } }`;

describe('service teams "1+1+1+N" (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedIn;
  let officer: SignedIn;
  let liaison: SignedIn;
  let lead: SignedIn;
  let teamBroker: SignedIn;
  let outsider: SignedIn;
  let stranger: SignedIn;
  let privateId: string;
  let teaserId: string;

  const teamInput = (over: Record<string, unknown> = {}) => ({
    bureauOfficerId: officer.userId,
    districtLiaisonId: liaison.userId,
    conversionLeadId: lead.userId,
    brokerIds: [teamBroker.userId],
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    // Administrators belong to a GOVERNMENT organization: a second one stands in for the bureau officer.
    officer = await createAdmin(t);
    liaison = await registerAccount(t, 'ENTERPRISE');
    lead = await registerAccount(t, 'INNOVATION_PLATFORM');
    stranger = await registerAccount(t, 'UNIVERSITY');
    // The SENIOR outsider would win a plain assignment against the JUNIOR team broker.
    teamBroker = await certifiedBroker(t, admin, ['JL'], { level: 'JUNIOR' });
    outsider = await certifiedBroker(t, admin, ['JL.SSB'], { level: 'SENIOR' });
    await db.query(`UPDATE organization SET key_platform = true WHERE id = $1`, [lead.organizationId]);
    privateId = await publishedResult(t, lead, admin, { visibility: 'PRIVATE', title: '平台保密成果一号' });
    teaserId = await publishedResult(t, lead, admin, { visibility: 'TEASER', title: '平台预览成果二号' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses non-admins, ordinary organizations and wrong seats', async () => {
    expect(errorCode(await t.gql(SET_TEAM, { organizationId: lead.organizationId, input: teamInput() }, lead.token))).toBe('FORBIDDEN');
    const notKey = await t.gql(SET_TEAM, { organizationId: stranger.organizationId, input: teamInput() }, admin.token);
    expect(errorCode(notKey)).toBe('BAD_USER_INPUT');
    const cases: [Record<string, unknown>, string][] = [
      [{ bureauOfficerId: liaison.userId }, 'input.bureauOfficerId'],
      [{ conversionLeadId: stranger.userId }, 'input.conversionLeadId'],
      [{ brokerIds: [stranger.userId] }, 'input.brokerIds'],
      [{ brokerIds: [] }, 'input.brokerIds'],
      [{ districtLiaisonId: crypto.randomUUID() }, 'input.districtLiaisonId'],
    ];
    for (const [over, field] of cases) {
      const response = await t.gql(SET_TEAM, { organizationId: lead.organizationId, input: teamInput(over) }, admin.token);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toHaveProperty([field]);
    }
    expect(errorCode(await t.gql(SET_TEAM, { organizationId: crypto.randomUUID(), input: teamInput() }, admin.token))).toBe('NOT_FOUND');
  });

  it("team brokers see the platform's TEASER/PRIVATE results only while on the team", async () => {
    const seen = async (id: string) => (await t.gql(GET_RESULT, { id }, teamBroker.token)).data?.result;
    await expect(seen(privateId)).resolves.toBeNull();
    await expect(seen(teaserId)).resolves.toMatchObject({ description: null });

    const set = await t.gql(SET_TEAM, { organizationId: lead.organizationId, input: teamInput() }, admin.token);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setServiceTeam).toMatchObject({
      organization: { id: lead.organizationId },
      bureauOfficer: { id: officer.userId },
      districtLiaison: { id: liaison.userId },
      conversionLead: { id: lead.userId },
      brokers: [{ id: teamBroker.userId }],
    });

    await expect(seen(privateId)).resolves.toMatchObject({ id: privateId, description: expect.any(String) });
    await expect(seen(teaserId)).resolves.toMatchObject({ description: expect.any(String) });
    // Results entered later are covered as well, drafts included (as for an assigned broker).
    const draft = await t.gql(CREATE_RESULT, { input: resultInput({ visibility: 'PRIVATE', title: '平台新草稿成果' }) }, lead.token);
    await expect(seen(draft.data?.createResult.id)).resolves.toMatchObject({ status: 'DRAFT' });
    const listed = await t.gql(LIST_RESULTS, { first: 100, filter: { ownerId: lead.organizationId } }, teamBroker.token);
    expect(listed.data?.results.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expect.arrayContaining([privateId, teaserId]));
    // Other brokers and the public still do not.
    expect((await t.gql(GET_RESULT, { id: privateId }, outsider.token)).data?.result).toBeNull();
    expect((await t.gql(GET_RESULT, { id: privateId })).data?.result).toBeNull();

    const other = await certifiedBroker(t, admin, ['QL']);
    const replaced = await t.gql(SET_TEAM, { organizationId: lead.organizationId, input: teamInput({ brokerIds: [other.userId] }) }, admin.token);
    expect(replaced.data?.setServiceTeam.brokers).toEqual([{ id: other.userId }]);
    await expect(seen(privateId)).resolves.toBeNull();
    expect((await t.gql(GET_RESULT, { id: privateId }, other.token)).data?.result).toMatchObject({ id: privateId });
    await t.gql(SET_TEAM, { organizationId: lead.organizationId, input: teamInput() }, admin.token);
  });

  it("who sees the team: admins, its members and the platform; myServiceTeams lists a member's teams", async () => {
    for (const who of [admin, officer, liaison, lead, teamBroker]) {
      const response = await t.gql(GET_TEAM, { organizationId: lead.organizationId }, who.token);
      expect(response.errors).toBeUndefined();
      expect(response.data?.serviceTeam.organization.id).toBe(lead.organizationId);
    }
    expect(errorCode(await t.gql(GET_TEAM, { organizationId: lead.organizationId }, stranger.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(GET_TEAM, { organizationId: lead.organizationId }))).toBe('UNAUTHENTICATED');
    const none = await t.gql(GET_TEAM, { organizationId: stranger.organizationId }, stranger.token);
    expect(none.data?.serviceTeam).toBeNull();

    const mine = await t.gql(MY_TEAMS, {}, teamBroker.token);
    expect(mine.data?.myServiceTeams).toEqual([{ organization: { id: lead.organizationId }, brokers: [{ id: teamBroker.userId }] }]);
    expect((await t.gql(MY_TEAMS, {}, officer.token)).data?.myServiceTeams).toHaveLength(1);
    expect((await t.gql(MY_TEAMS, {}, stranger.token)).data?.myServiceTeams).toEqual([]);
  });

  it("team brokers get first refusal on the platform's deals; others keep the usual ranking", async () => {
    const deals = t.app.get(DealService);
    const enterprise = await registerAccount(t, 'ENTERPRISE');
    // Deals reference real needs: one published need of the enterprise per deal.
    const open = async (resultId: string, ownerOrgId: string) => {
      const needId = await publishedNeedRow(db, enterprise.organizationId, 'JL.SSB');
      return deals.open(
        { resultId, needId, ownerOrgId, enterpriseOrgId: enterprise.organizationId, fieldCode: 'JL.SSB' },
        principalOf(enterprise, Role.ENTERPRISE),
      );
    };
    const platformDeal = await open(privateId, lead.organizationId);
    expect(platformDeal.brokerId).toBe(teamBroker.userId);
    const strangerResult = await publishedResult(t, stranger, admin);
    const elsewhere = await open(strangerResult, stranger.organizationId);
    expect(elsewhere.brokerId).toBe(outsider.userId);

    const broker = principalOf(teamBroker, Role.BROKER);
    await deals.advance(platformDeal.id, { to: DealStage.NEGOTIATING }, broker);
    await deals.advance(platformDeal.id, { to: DealStage.TERMS_AGREED }, broker);
    await deals.signContract(platformDeal.id, { type: ContractType.LICENSE, amount: '800000.00', signedAt: new Date(Date.now() - 60_000) }, broker);
  });

  it("shows the platform's funnel; matched counts once match records exist", async () => {
    const funnel = async () => (await t.gql(GET_TEAM, { organizationId: lead.organizationId }, teamBroker.token)).data?.serviceTeam.funnel;
    // Two published results and one draft; one contract (previous case).
    await expect(funnel()).resolves.toEqual({ collected: 3, evaluated: 2, published: 2, matched: 0, contracted: 1 });
    // Match records of the platform's results: only SHORTLISTED and CONVERTED count as matched.
    const needId = await publishedNeedRow(db, stranger.organizationId, 'JL.SSB', 'PUBLIC');
    await db.query(
      `INSERT INTO match (result_id, need_id, score, factors, status, feedback_reason_code) VALUES
         ($1, $3, 60, '[]', 'SUGGESTED', NULL), ($2, $3, 70, '[]', 'SHORTLISTED', NULL)`,
      [privateId, teaserId, needId],
    );
    await expect(funnel()).resolves.toMatchObject({ matched: 1 });
  });
});
