import { DataSource } from 'typeorm';

import { GET_NEED, GET_RESULT, NEED_NDA, publishedNeed, publishedResult, RESULT_NDA } from '../catalog/catalog-fixtures';
import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp, verifyOrganizations } from '../support';
import { certifiedBroker } from './brokerage-helpers';

const OPEN = `mutation($resultId: ID!, $needId: ID!) { openDealForPair(resultId: $resultId, needId: $needId) { id result { id description } need { id description } } }`;
const RESULT_SECRET = '详细工艺参数与配方（保密）。';
const NEED_SECRET = '现有产线参数与目标指标（保密）。';

/**
 * Opening a deal is no way around the NDA (issue 14): a stranger in an unverified organization
 * cannot open one to read a TEASER result's description, cannot accept an NDA, and a verified
 * party opening a deal on the other side's TEASER item has the NDA acceptance recorded.
 */
describe('deals and NDAs', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedIn;
  let researcher: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    researcher = await registerAccount(t, 'UNIVERSITY');
    await verifyOrganizations(t, admin, researcher);
    // A broker exists, so an opening that got through would be assigned one.
    await certifiedBroker(t, admin, ['JL']);
  });
  afterAll(async () => {
    await t.close();
  });

  const counts = async (resultId: string, userId: string) => {
    const [row] = await db.query(
      `SELECT (SELECT count(*)::int FROM deal WHERE result_id = $1) AS deals,
              (SELECT count(*)::int FROM catalog_access_grant WHERE item_id = $1 AND user_id = $2) AS grants,
              (SELECT count(*)::int FROM catalog_nda_acceptance WHERE item_id = $1 AND user_id = $2) AS ndas`,
      [resultId, userId],
    );
    return row as { deals: number; grants: number; ndas: number };
  };

  it('a brand-new registrant of an unverified organization can neither open a deal on a TEASER result nor accept its NDA', async () => {
    const resultId = await publishedResult(t, researcher, admin, {
      fieldCode: 'JL.SSB',
      visibility: 'TEASER',
    });
    const stranger = await registerAccount(t, 'ENTERPRISE');
    const needId = await publishedNeed(t, stranger, {
      fieldCode: 'JL.SSB',
      visibility: 'PUBLIC',
    });

    const opened = await t.gql(OPEN, { resultId, needId }, stranger.token);
    expect(errorCode(opened)).toBe('FORBIDDEN');
    expect(opened.errors?.[0].extensions?.reason).toBe('ORGANIZATION_NOT_VERIFIED');
    expect(JSON.stringify(opened)).not.toContain(RESULT_SECRET);

    const nda = await t.gql(RESULT_NDA, { id: resultId }, stranger.token);
    expect(errorCode(nda)).toBe('FORBIDDEN');
    expect(JSON.stringify(nda)).not.toContain(RESULT_SECRET);
    expect((await t.gql(GET_RESULT, { id: resultId }, stranger.token)).data?.result.description).toBeNull();
    await expect(counts(resultId, stranger.userId)).resolves.toEqual({
      deals: 0,
      grants: 0,
      ndas: 0,
    });

    // An acceptance on record from before verification was required still shows nothing while unverified.
    await db.query(`INSERT INTO catalog_nda_acceptance (item_type, item_id, user_id) VALUES ('RESULT', $1, $2)`, [resultId, stranger.userId]);
    expect((await t.gql(GET_RESULT, { id: resultId }, stranger.token)).data?.result.description).toBeNull();
    await verifyOrganizations(t, admin, stranger);
    expect((await t.gql(GET_RESULT, { id: resultId }, stranger.token)).data?.result.description).toBe(RESULT_SECRET);
  });

  it("a verified enterprise opening a deal on a TEASER result accepts its NDA, recorded with the deal; the owner's side mirrors it for a TEASER need", async () => {
    const enterprise = await registerAccount(t, 'ENTERPRISE');
    await verifyOrganizations(t, admin, enterprise);
    const resultId = await publishedResult(t, researcher, admin, {
      fieldCode: 'JL.SSB',
      visibility: 'TEASER',
    });
    const needId = await publishedNeed(t, enterprise, {
      fieldCode: 'JL.SSB',
      visibility: 'PUBLIC',
    });
    const opened = await t.gql(OPEN, { resultId, needId }, enterprise.token);
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openDealForPair.result.description).toBe(RESULT_SECRET);
    const [nda] = await db.query(`SELECT user_id, accepted_at FROM catalog_nda_acceptance WHERE item_type = 'RESULT' AND item_id = $1`, [resultId]);
    expect(nda).toMatchObject({
      user_id: enterprise.userId,
      accepted_at: expect.any(Date),
    });
    const [event] = await db.query(`SELECT payload FROM outbox_event WHERE type = 'result.nda_accepted' AND aggregate_id = $1`, [resultId]);
    expect(event.payload).toEqual({
      userId: enterprise.userId,
      via: `deal:${opened.data?.openDealForPair.id}`,
      ownerId: researcher.organizationId,
    });

    // Mirror: the result's owner opens on another enterprise's TEASER need.
    const other = await registerAccount(t, 'ENTERPRISE');
    await verifyOrganizations(t, admin, other);
    const teaserNeed = await publishedNeed(t, other, {
      fieldCode: 'JL.SSB',
      visibility: 'TEASER',
    });
    expect((await t.gql(GET_NEED, { id: teaserNeed }, researcher.token)).data?.need.description).toBeNull();
    const mirrored = await t.gql(OPEN, { resultId, needId: teaserNeed }, researcher.token);
    expect(mirrored.errors).toBeUndefined();
    expect(mirrored.data?.openDealForPair.need.description).toBe(NEED_SECRET);
    const needNdas = await db.query(`SELECT user_id FROM catalog_nda_acceptance WHERE item_type = 'NEED' AND item_id = $1`, [teaserNeed]);
    expect(needNdas).toEqual([{ user_id: researcher.userId }]);
  });

  it("a deal is not opened with an unverified party, even by a verified one; an unverified member's NDA on a TEASER need is refused", async () => {
    const enterprise = await registerAccount(t, 'ENTERPRISE');
    await verifyOrganizations(t, admin, enterprise);
    const unverifiedLab = await registerAccount(t, 'RESEARCH_INSTITUTE');
    const resultId = await publishedResult(t, unverifiedLab, admin, {
      fieldCode: 'JL.SSB',
      visibility: 'PUBLIC',
    });
    const needId = await publishedNeed(t, enterprise, {
      fieldCode: 'JL.SSB',
      visibility: 'TEASER',
    });
    const opened = await t.gql(OPEN, { resultId, needId }, enterprise.token);
    expect(errorCode(opened)).toBe('CONFLICT');
    expect(opened.errors?.[0].extensions?.reason).toBe('PARTY_NOT_VERIFIED');
    const byLab = await t.gql(OPEN, { resultId, needId }, unverifiedLab.token);
    expect(errorCode(byLab)).toBe('FORBIDDEN');
    expect(JSON.stringify(byLab)).not.toContain(NEED_SECRET);
    expect(errorCode(await t.gql(NEED_NDA, { id: needId }, unverifiedLab.token))).toBe('FORBIDDEN');
    expect((await t.gql(GET_NEED, { id: needId }, unverifiedLab.token)).data?.need.description).toBeNull();
    await expect(counts(resultId, unverifiedLab.userId)).resolves.toMatchObject({ deals: 0 });
  });
});
