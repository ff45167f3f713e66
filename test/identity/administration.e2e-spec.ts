import { randomBytes } from 'node:crypto';

import { creditCodeCheckChar } from '@techbridge/identity';
import { DataSource } from 'typeorm';

import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp } from '../support';

const ORGS = `query($first: Int, $kind: OrganizationKind, $verified: Boolean, $keyPlatform: Boolean, $active: Boolean, $search: String) {
  organizations(first: $first, kind: $kind, verified: $verified, keyPlatform: $keyPlatform, active: $active, search: $search) {
    totalCount edges { node { id name verified deactivatedAt creditCode } } } }`;
const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id verified deactivatedAt } }`;
const DEACTIVATE_ORG = `mutation($id: ID!) { deactivateOrganization(id: $id) { id verified deactivatedAt } }`;
const USERS = `query($first: Int, $after: String, $filter: UserFilter) { users(first: $first, after: $after, filter: $filter) {
  totalCount edges { node { id email displayName roles organization { id } brokerProfile { level } } } pageInfo { hasNextPage endCursor } } }`;
const CERTIFY = `mutation($userId: ID!, $input: BrokerProfileInput!) { certifyBroker(userId: $userId, input: $input) { id roles brokerProfile { level fieldCodes capacity trainingHours } } }`;
const DEACTIVATE_BROKER = `mutation($userId: ID!) { deactivateBroker(userId: $userId) { id roles brokerProfile { level } } }`;
const CERTIFIED = `{ certifiedBrokers { id } }`;

/** A well-formed credit code no other test uses. */
function freshCreditCode(): string {
  const digits = Array.from(randomBytes(10), (b) => String(b % 10)).join('');
  const prefix = `91370200${digits}`.slice(0, 17);
  return prefix + creditCodeCheckChar(prefix);
}

describe('administration of organizations, users and brokers (e2e)', () => {
  let t: TestApp;
  let admin: SignedIn;
  let university: SignedIn;
  let enterprise: SignedIn;
  let db: DataSource;
  const creditCode = freshCreditCode();
  const tag = randomBytes(3).toString('hex');

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    university = await registerAccount(t, 'UNIVERSITY', { creditCode, organizationName: `海滨理工大学${tag}`, displayName: `张老师${tag}` });
    enterprise = await registerAccount(t, 'ENTERPRISE', { displayName: `李工${tag}` });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('organizations', () => {
    it('filters by verification, key platform, activity and a search over name and credit code', async () => {
      const byName = await t.gql(ORGS, { search: `理工大学${tag}` }, admin.token);
      expect(byName.errors).toBeUndefined();
      expect(byName.data?.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([university.organizationId]);
      const byCode = await t.gql(ORGS, { search: creditCode.slice(4, 16) }, admin.token);
      expect(byCode.data?.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([university.organizationId]);
      const unverified = await t.gql(ORGS, { first: 100, verified: false, kind: 'UNIVERSITY' }, admin.token);
      expect(unverified.data?.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(university.organizationId);
      const keys = await t.gql(ORGS, { first: 100, keyPlatform: true }, admin.token);
      expect(keys.data?.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(university.organizationId);
      // A percent sign typed into the search is a character, not a wildcard.
      const literal = await t.gql(ORGS, { search: '%' }, admin.token);
      expect(literal.data?.organizations.totalCount).toBe(0);
      const tooLong = await t.gql(ORGS, { search: 'x'.repeat(101) }, admin.token);
      expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    });

    it('deactivates (unverifying) and verifying again reactivates', async () => {
      await expect(t.gql(VERIFY, { id: enterprise.organizationId }, admin.token)).resolves.toMatchObject({
        data: { verifyOrganization: { verified: true, deactivatedAt: null } },
      });
      const deactivated = await t.gql(DEACTIVATE_ORG, { id: enterprise.organizationId }, admin.token);
      expect(deactivated.errors).toBeUndefined();
      expect(deactivated.data?.deactivateOrganization.verified).toBe(false);
      const at = deactivated.data?.deactivateOrganization.deactivatedAt as string;
      expect(Date.parse(at)).toBeGreaterThan(Date.now() - 60_000);
      const again = await t.gql(DEACTIVATE_ORG, { id: enterprise.organizationId }, admin.token);
      expect(again.data?.deactivateOrganization.deactivatedAt).toBe(at);
      const inactive = await t.gql(ORGS, { first: 100, active: false }, admin.token);
      expect(inactive.data?.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(enterprise.organizationId);
      const verified = await t.gql(VERIFY, { id: enterprise.organizationId }, admin.token);
      expect(verified.data?.verifyOrganization).toMatchObject({ verified: true, deactivatedAt: null });
    });

    it('refuses non-administrators and unknown ids, changing nothing', async () => {
      const forbidden = await t.gql(DEACTIVATE_ORG, { id: university.organizationId }, enterprise.token);
      expect(errorCode(forbidden)).toBe('FORBIDDEN');
      await expect(t.gql(DEACTIVATE_ORG, { id: '00000000-0000-4000-8000-000000000000' }, admin.token).then(errorCode)).resolves.toBe('NOT_FOUND');
      await expect(t.gql(DEACTIVATE_ORG, { id: 'not-a-uuid' }, admin.token).then(errorCode)).resolves.toBe('BAD_USER_INPUT');
      const [row] = await db.query(`SELECT deactivated_at FROM organization WHERE id = $1`, [university.organizationId]);
      expect(row.deactivated_at).toBeNull();
    });
  });

  describe('users', () => {
    it('lists people for administrators with search, role and organization filters, paginated', async () => {
      const found = await t.gql(USERS, { filter: { search: `张老师${tag}` } }, admin.token);
      expect(found.errors).toBeUndefined();
      expect(found.data?.users).toMatchObject({
        totalCount: 1,
        edges: [{ node: { id: university.userId, roles: ['RESEARCHER'], organization: { id: university.organizationId } } }],
      });
      const members = await t.gql(USERS, { filter: { organizationId: enterprise.organizationId } }, admin.token);
      expect(members.data?.users.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([enterprise.userId]);
      const admins = await t.gql(USERS, { first: 100, filter: { role: 'ADMIN' } }, admin.token);
      expect(admins.data?.users.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(admin.userId);
      const notAdmins = await t.gql(USERS, { first: 100, filter: { withoutRole: 'ADMIN' } }, admin.token);
      expect(notAdmins.data?.users.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(admin.userId);
      const page1 = (await t.gql(USERS, { first: 1 }, admin.token)).data?.users;
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await t.gql(USERS, { first: 1, after: page1.pageInfo.endCursor }, admin.token)).data?.users;
      expect(page2.edges[0].node.id).not.toBe(page1.edges[0].node.id);
    });

    it('is for administrators only and checks its filter', async () => {
      await expect(t.gql(USERS, {}, enterprise.token).then(errorCode)).resolves.toBe('FORBIDDEN');
      await expect(t.gql(USERS, {}).then(errorCode)).resolves.toBe('UNAUTHENTICATED');
      await expect(t.gql(USERS, { filter: { organizationId: 'nope' } }, admin.token).then(errorCode)).resolves.toBe('BAD_USER_INPUT');
      const long = await t.gql(USERS, { filter: { search: 'x'.repeat(101) } }, admin.token);
      expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.search': expect.anything() } });
    });
  });

  describe('brokers', () => {
    const profile = { level: 'INTERMEDIATE', fieldCodes: ['JL.SSB'], capacity: 3, trainingHours: 40, certificateNo: null };

    it('certifies, deactivates (the role goes, no more assignments) and certifies again', async () => {
      const person = await registerAccount(t, 'SERVICE_AGENCY');
      const certified = await t.gql(CERTIFY, { userId: person.userId, input: profile }, admin.token);
      expect(certified.errors).toBeUndefined();
      expect(certified.data?.certifyBroker.brokerProfile).toMatchObject({ level: 'INTERMEDIATE', fieldCodes: ['JL.SSB'], capacity: 3, trainingHours: 40 });
      const withoutBrokers = await t.gql(USERS, { first: 100, filter: { withoutRole: 'BROKER', search: person.email } }, admin.token);
      expect(withoutBrokers.data?.users.totalCount).toBe(0);

      const deactivated = await t.gql(DEACTIVATE_BROKER, { userId: person.userId }, admin.token);
      expect(deactivated.errors).toBeUndefined();
      expect(deactivated.data?.deactivateBroker).toMatchObject({ roles: expect.not.arrayContaining(['BROKER']), brokerProfile: null });
      const list = await t.gql(CERTIFIED, {}, admin.token);
      expect(list.data?.certifiedBrokers.map((b: { id: string }) => b.id)).not.toContain(person.userId);
      const twice = await t.gql(DEACTIVATE_BROKER, { userId: person.userId }, admin.token);
      expect(errorCode(twice)).toBe('NOT_FOUND');

      const back = await t.gql(CERTIFY, { userId: person.userId, input: { ...profile, level: 'SENIOR' } }, admin.token);
      expect(back.data?.certifyBroker).toMatchObject({ roles: expect.arrayContaining(['BROKER']), brokerProfile: { level: 'SENIOR' } });
      const [row] = await db.query(`SELECT deactivated_at FROM broker_profile WHERE user_id = $1`, [person.userId]);
      expect(row.deactivated_at).toBeNull();
    });

    it('refuses to deactivate a broker who still runs open deals (CONFLICT), changing nothing', async () => {
      const person = await registerAccount(t, 'SERVICE_AGENCY');
      await t.gql(CERTIFY, { userId: person.userId, input: profile }, admin.token);
      await db.query(`UPDATE broker_profile SET active_deals = 2 WHERE user_id = $1`, [person.userId]);
      const refused = await t.gql(DEACTIVATE_BROKER, { userId: person.userId }, admin.token);
      expect(errorCode(refused)).toBe('CONFLICT');
      const [row] = await db.query(`SELECT u.roles, bp.deactivated_at FROM app_user u JOIN broker_profile bp ON bp.user_id = u.id WHERE u.id = $1`, [
        person.userId,
      ]);
      expect(row.roles).toContain('BROKER');
      expect(row.deactivated_at).toBeNull();
    });

    it('is for administrators only; a certification with bad input changes nothing', async () => {
      await expect(t.gql(DEACTIVATE_BROKER, { userId: enterprise.userId }, enterprise.token).then(errorCode)).resolves.toBe('FORBIDDEN');
      await expect(t.gql(DEACTIVATE_BROKER, { userId: enterprise.userId }, admin.token).then(errorCode)).resolves.toBe('NOT_FOUND');
      const badField = await t.gql(CERTIFY, { userId: enterprise.userId, input: { ...profile, fieldCodes: ['ZZ.NOPE'] } }, admin.token);
      expect(errorCode(badField)).toBe('BAD_USER_INPUT');
      const [row] = await db.query(`SELECT roles FROM app_user WHERE id = $1`, [enterprise.userId]);
      expect(row.roles).not.toContain('BROKER');
    });
  });
});
