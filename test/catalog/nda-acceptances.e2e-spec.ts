import { registerAccount, startTestApp, TestApp, verifyOrganizations } from '../support';
import { Cast, cast, NEED_NDA, publishedNeed, publishedResult, RESULT_NDA } from './catalog-fixtures';

const RESULT_ACCEPTANCES = `query($id: ID!) { result(id: $id) { id ndaAcceptances { displayName acceptedAt organization { id name } } } }`;
const NEED_ACCEPTANCES = `query($id: ID!) { need(id: $id) { id ndaAcceptances { displayName acceptedAt organization { id } } } }`;

describe('NDA acceptances (who saw the details of a TEASER item)', () => {
  let t: TestApp;
  let people: Cast;

  beforeAll(async () => {
    t = await startTestApp();
    people = await cast(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the owner and administrators see who accepted a result\u2019s NDA, oldest first; nobody else does', async () => {
    const { researcher, admin, enterprise, otherResearcher } = people;
    const id = await publishedResult(t, researcher, admin, {
      visibility: 'TEASER',
    });
    expect((await t.gql(RESULT_ACCEPTANCES, { id }, researcher.token)).data?.result.ndaAcceptances).toEqual([]);

    const second = await registerAccount(t, 'ENTERPRISE');
    await verifyOrganizations(t, admin, second);
    expect((await t.gql(RESULT_NDA, { id }, enterprise.token)).errors).toBeUndefined();
    expect((await t.gql(RESULT_NDA, { id }, second.token)).errors).toBeUndefined();
    // Accepting twice keeps one row and the first time.
    expect((await t.gql(RESULT_NDA, { id }, enterprise.token)).errors).toBeUndefined();

    const owner = await t.gql(RESULT_ACCEPTANCES, { id }, researcher.token);
    const rows = owner.data?.result.ndaAcceptances as {
      organization: { id: string };
      acceptedAt: string;
      displayName: string;
    }[];
    expect(rows.map((row) => row.organization.id)).toEqual([enterprise.organizationId, second.organizationId]);
    expect(rows.every((row) => row.displayName.length > 0 && !Number.isNaN(Date.parse(row.acceptedAt)))).toBe(true);
    expect((await t.gql(RESULT_ACCEPTANCES, { id }, admin.token)).data?.result.ndaAcceptances).toHaveLength(2);

    // The enterprise that accepted sees the result in full, but not who else looked.
    expect((await t.gql(RESULT_ACCEPTANCES, { id }, enterprise.token)).data?.result.ndaAcceptances).toEqual([]);
    expect((await t.gql(RESULT_ACCEPTANCES, { id }, otherResearcher.token)).data?.result.ndaAcceptances).toEqual([]);
    expect((await t.gql(RESULT_ACCEPTANCES, { id })).data?.result.ndaAcceptances).toEqual([]);
  });

  it('the same holds for a need', async () => {
    const { researcher, enterprise } = people;
    const id = await publishedNeed(t, enterprise, { visibility: 'TEASER' });
    expect((await t.gql(NEED_NDA, { id }, researcher.token)).errors).toBeUndefined();
    const owner = await t.gql(NEED_ACCEPTANCES, { id }, enterprise.token);
    expect(owner.data?.need.ndaAcceptances.map((row: { organization: { id: string } }) => row.organization.id)).toEqual([researcher.organizationId]);
    expect((await t.gql(NEED_ACCEPTANCES, { id }, researcher.token)).data?.need.ndaAcceptances).toEqual([]);
  });
});
