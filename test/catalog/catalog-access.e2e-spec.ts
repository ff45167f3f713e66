import { CatalogAccessService } from '@techbridge/catalog';
import { DataSource } from 'typeorm';

import { createAdmin, errorCode, login, registerAccount, SignedIn, startTestApp, TestApp, verifyOrganizations } from '../support';
import { GET_NEED, GET_RESULT, LIST_NEEDS, LIST_RESULTS, NEED_NDA, RESULT_NDA } from './catalog-fixtures';

type Visibility = 'PUBLIC' | 'TEASER' | 'PRIVATE';
type Role = 'RESEARCHER' | 'ENTERPRISE' | 'BROKER' | 'ADMIN';
const VISIBILITIES: Visibility[] = ['PUBLIC', 'TEASER', 'PRIVATE'];
const ROLES: Role[] = ['RESEARCHER', 'ENTERPRISE', 'BROKER', 'ADMIN'];
const SECRET = '保密细节';

/**
 * The confidentiality matrix over HTTP: 4 roles × 3 visibilities × owner/non-owner, for results
 * and needs, by id and in lists, before and after the NDA. Rows are inserted directly so that
 * every role can own an item (the write rules are covered in catalog.e2e-spec).
 */
describe('catalog confidentiality matrix', () => {
  let t: TestApp;
  let db: DataSource;
  const viewers = {} as Record<Role, SignedIn>;
  let strangerOrg: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    viewers.ADMIN = await createAdmin(t);
    viewers.RESEARCHER = await registerAccount(t, 'UNIVERSITY');
    viewers.ENTERPRISE = await registerAccount(t, 'ENTERPRISE');
    const firm = await registerAccount(t, 'SERVICE_AGENCY');
    await t.gql(
      `mutation($userId: ID!, $input: BrokerProfileInput!) { certifyBroker(userId: $userId, input: $input) { id } }`,
      { userId: firm.userId, input: { level: 'JUNIOR', fieldCodes: ['JL'], trainingHours: 8, capacity: 3 } },
      viewers.ADMIN.token,
    );
    viewers.BROKER = await login(t, firm.email);
    await verifyOrganizations(t, viewers.ADMIN, viewers.RESEARCHER, viewers.ENTERPRISE, viewers.BROKER);
    strangerOrg = (await registerAccount(t, 'RESEARCH_INSTITUTE')).organizationId;
  });
  afterAll(async () => {
    await t.close();
  });

  async function insertResult(ownerId: string, visibility: Visibility, status = 'PUBLISHED'): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO research_result (owner_id, title, summary, description, keywords, result_class, field_code, trl, transfer_modes, price_negotiable, visibility, status, published_at)
       VALUES ($1, '矩阵测试成果', '摘要', $2, '{}', 'INDUSTRIAL_INNOVATION', 'JL.AI', 5, '{LICENSE}', true, $3, $4, now()) RETURNING id`,
      [ownerId, SECRET, visibility, status],
    );
    return row.id;
  }

  async function insertNeed(ownerId: string, visibility: Visibility, status = 'PUBLISHED'): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO tech_need (enterprise_id, title, summary, description, keywords, field_code, budget_negotiable, preferred_modes, visibility, status, published_at)
       VALUES ($1, '矩阵测试需求', '摘要', $2, '{}', 'JL.AI', true, '{LICENSE}', $3, $4, now()) RETURNING id`,
      [ownerId, SECRET, visibility, status],
    );
    return row.id;
  }

  const kinds = [
    {
      name: 'result',
      insert: insertResult,
      get: GET_RESULT,
      list: LIST_RESULTS,
      nda: RESULT_NDA,
      field: 'result',
      listField: 'results',
      ndaField: 'acceptResultNda',
    },
    { name: 'need', insert: insertNeed, get: GET_NEED, list: LIST_NEEDS, nda: NEED_NDA, field: 'need', listField: 'needs', ndaField: 'acceptNeedNda' },
  ] as const;

  /** What the caller sees of the description: 'full', 'teaser' (null) or 'none' (the item does not exist for them). */
  async function seen(kind: (typeof kinds)[number], id: string, token?: string): Promise<{ byId: string; inList: string }> {
    const single = await t.gql(kind.get, { id }, token);
    expect(single.errors).toBeUndefined();
    const node = single.data?.[kind.field];
    const list = await t.gql(kind.list, { first: 100, filter: { status: [] } }, token);
    expect(list.errors).toBeUndefined();
    const edge = list.data?.[kind.listField].edges.find((e: { node: { id: string } }) => e.node.id === id);
    const describe = (n: { description: string | null } | null | undefined) =>
      !n ? 'none' : n.description === SECRET ? 'full' : n.description === null ? 'teaser' : 'wrong';
    return { byId: describe(node), inList: describe(edge?.node) };
  }

  const expectedForStranger = (role: Role | 'ANONYMOUS', visibility: Visibility, nda: boolean): string => {
    if (role === 'ADMIN') return 'full';
    if (visibility === 'PUBLIC') return 'full';
    if (visibility === 'TEASER') return nda ? 'full' : 'teaser';
    return 'none';
  };

  for (const kind of kinds) {
    for (const role of ROLES) {
      for (const visibility of VISIBILITIES) {
        it(`${kind.name}: ${role} × ${visibility} × owner sees everything`, async () => {
          const id = await kind.insert(viewers[role].organizationId, visibility);
          expect(await seen(kind, id, viewers[role].token)).toEqual({ byId: 'full', inList: 'full' });
          const draft = await kind.insert(viewers[role].organizationId, visibility, 'DRAFT');
          expect((await seen(kind, draft, viewers[role].token)).byId).toBe('full');
        });

        it(`${kind.name}: ${role} × ${visibility} × non-owner, before and after the NDA`, async () => {
          const id = await kind.insert(strangerOrg, visibility);
          const before = expectedForStranger(role, visibility, false);
          expect(await seen(kind, id, viewers[role].token)).toEqual({ byId: before, inList: before });
          const nda = await t.gql(kind.nda, { id }, viewers[role].token);
          if (before === 'none') {
            expect(errorCode(nda)).toBe('NOT_FOUND');
          } else {
            expect(nda.errors).toBeUndefined();
            expect(nda.data?.[kind.ndaField].description).toBe(SECRET);
          }
          const after = expectedForStranger(role, visibility, true);
          expect(await seen(kind, id, viewers[role].token)).toEqual({ byId: after, inList: after });
          // Drafts of other organizations exist only for administrators.
          const draft = await kind.insert(strangerOrg, visibility, 'DRAFT');
          expect((await seen(kind, draft, viewers[role].token)).byId).toBe(role === 'ADMIN' ? 'full' : 'none');
        });
      }
    }

    it(`${kind.name}: anonymous callers see the market only, descriptions of PUBLIC items only`, async () => {
      for (const visibility of VISIBILITIES) {
        const id = await kind.insert(strangerOrg, visibility);
        const expected = expectedForStranger('ANONYMOUS', visibility, false);
        expect(await seen(kind, id)).toEqual({ byId: expected, inList: expected });
      }
    });

    it(`${kind.name}: a granted broker sees a PRIVATE item fully, by id and in lists`, async () => {
      const id = await kind.insert(strangerOrg, 'PRIVATE');
      expect((await seen(kind, id, viewers.BROKER.token)).byId).toBe('none');
      const access = t.app.get(CatalogAccessService);
      await db.transaction((manager) =>
        access.grantAccess(manager, {
          itemType: kind.name === 'result' ? 'RESULT' : 'NEED',
          itemId: id,
          userId: viewers.BROKER.userId,
          reason: 'test: assigned broker',
        }),
      );
      expect(await seen(kind, id, viewers.BROKER.token)).toEqual({ byId: 'full', inList: 'full' });
      expect((await seen(kind, id, viewers.ENTERPRISE.token)).byId).toBe('none');
      const [event] = await db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1`, [id]);
      expect(event.type).toBe(`${kind.name}.access_granted`);
    });
  }
});
