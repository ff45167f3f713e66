import { DataSource } from 'typeorm';

import { publishedResult } from '../catalog/catalog-fixtures';
import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import { createPlatform, DECIDE_BOOKING, range, requestBooking } from './pilot-fixtures';

const UPDATE = `mutation($id: ID!, $input: PilotPlatformUpdateInput!) { updatePilotPlatform(id: $id, input: $input) { id name fieldCodes capabilities district priceNotes operator { id } } }`;
const QUEUE = `query($first: Int, $after: String, $status: [BookingStatus!], $platformId: ID) { pilotBookings(first: $first, after: $after, status: $status, platformId: $platformId) {
  totalCount edges { node { id status from to platform { id name } result { id title } } } pageInfo { hasNextPage endCursor } } }`;

describe('pilot platforms and bookings for administrators (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedIn;
  let operator: SignedIn;
  let owner: SignedIn;
  let platformId: string;
  let resultId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    operator = await registerAccount(t, 'INNOVATION_PLATFORM', { district: '高新区' });
    owner = await registerAccount(t, 'UNIVERSITY');
    platformId = await createPlatform(t, operator);
    resultId = await publishedResult(t, owner, admin);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('updatePilotPlatform', () => {
    it('changes only the given fields, for an administrator and for the operator', async () => {
      const byAdmin = await t.gql(UPDATE, { id: platformId, input: { name: '固态电池中试基地（二期）', capabilities: ['干法电极', ' 叠片 '] } }, admin.token);
      expect(byAdmin.errors).toBeUndefined();
      expect(byAdmin.data?.updatePilotPlatform).toMatchObject({
        name: '固态电池中试基地（二期）',
        capabilities: ['干法电极', '叠片'],
        fieldCodes: ['JL.SSB'],
        district: '高新区',
        operator: { id: operator.organizationId },
      });
      const byOperator = await t.gql(UPDATE, { id: platformId, input: { priceNotes: '', fieldCodes: ['JL'] } }, operator.token);
      expect(byOperator.data?.updatePilotPlatform).toMatchObject({ priceNotes: null, fieldCodes: ['JL'], name: '固态电池中试基地（二期）' });
    });

    it('refuses others, unknown platforms and bad input, changing nothing', async () => {
      const before = await db.query(`SELECT name, field_codes, capabilities, price_notes FROM pilot_platform WHERE id = $1`, [platformId]);
      await expect(t.gql(UPDATE, { id: platformId, input: { name: '别人的平台' } }, owner.token).then(errorCode)).resolves.toBe('FORBIDDEN');
      await expect(t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: '不存在' } }, admin.token).then(errorCode)).resolves.toBe(
        'NOT_FOUND',
      );
      const unknownField = await t.gql(UPDATE, { id: platformId, input: { fieldCodes: ['ZZ.NOPE'] } }, admin.token);
      expect(unknownField.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.fieldCodes': expect.anything() } });
      const shortName = await t.gql(UPDATE, { id: platformId, input: { name: 'x' } }, admin.token);
      expect(shortName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.name': expect.anything() } });
      const noFields = await t.gql(UPDATE, { id: platformId, input: { fieldCodes: [] } }, admin.token);
      expect(errorCode(noFields)).toBe('BAD_USER_INPUT');
      await expect(t.gql(UPDATE, { id: platformId, input: { name: '未登录' } }).then(errorCode)).resolves.toBe('UNAUTHENTICATED');
      await expect(db.query(`SELECT name, field_codes, capabilities, price_notes FROM pilot_platform WHERE id = $1`, [platformId])).resolves.toEqual(before);
    });
  });

  describe('pilotBookings', () => {
    it("is the administrators' queue over every platform, oldest request first, filtered by status and platform", async () => {
      const other = await createPlatform(t, operator, { name: '海水淡化中试平台', fieldCodes: ['HC.DESAL'] });
      const first = await requestBooking(t, owner, platformId, resultId, range(30, 5));
      const second = await requestBooking(t, owner, other, resultId, range(30, 5));
      const third = await requestBooking(t, owner, platformId, resultId, range(32, 5));

      const all = await t.gql(QUEUE, { first: 100, status: ['REQUESTED'] }, admin.token);
      expect(all.errors).toBeUndefined();
      expect(all.data?.pilotBookings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([first, second, third]);
      expect(all.data?.pilotBookings.edges[0].node).toMatchObject({ platform: { id: platformId }, result: { id: resultId } });

      const onePlatform = await t.gql(QUEUE, { first: 1, platformId }, admin.token);
      expect(onePlatform.data?.pilotBookings).toMatchObject({ totalCount: 2, edges: [{ node: { id: first } }], pageInfo: { hasNextPage: true } });
      const next = await t.gql(QUEUE, { first: 1, platformId, after: onePlatform.data?.pilotBookings.pageInfo.endCursor }, admin.token);
      expect(next.data?.pilotBookings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([third]);

      // Approving both overlapping requests: the second is the CONFLICT the console shows.
      await expect(t.gql(DECIDE_BOOKING, { id: first, approve: true }, admin.token)).resolves.toMatchObject({
        data: { decidePilotBooking: { status: 'APPROVED' } },
      });
      const overlap = await t.gql(DECIDE_BOOKING, { id: third, approve: true }, admin.token);
      expect(errorCode(overlap)).toBe('CONFLICT');
      const requested = await t.gql(QUEUE, { first: 100, status: ['REQUESTED'] }, admin.token);
      expect(requested.data?.pilotBookings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([second, third]);
      const approved = await t.gql(QUEUE, { first: 100, status: ['APPROVED'] }, admin.token);
      expect(approved.data?.pilotBookings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([first]);
    });

    it('is for administrators only and checks its arguments', async () => {
      await expect(t.gql(QUEUE, {}, operator.token).then(errorCode)).resolves.toBe('FORBIDDEN');
      await expect(t.gql(QUEUE, {}).then(errorCode)).resolves.toBe('UNAUTHENTICATED');
      await expect(t.gql(QUEUE, { status: ['LOST'] }, admin.token).then(errorCode)).resolves.toBe('BAD_USER_INPUT');
      await expect(t.gql(QUEUE, { platformId: 'nope' }, admin.token).then(errorCode)).resolves.toBe('BAD_USER_INPUT');
      await expect(t.gql(QUEUE, { first: 500 }, admin.token).then(errorCode)).resolves.toBe('BAD_USER_INPUT');
    });
  });
});
