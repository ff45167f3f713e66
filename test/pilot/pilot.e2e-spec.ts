import { DataSource } from 'typeorm';

import { publishedResult } from '../catalog/catalog-fixtures';
import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp } from '../support';
import {
  COMPLETE_BOOKING,
  CREATE_PLATFORM,
  createPlatform,
  DECIDE_BOOKING,
  LIST_PLATFORMS,
  platformInput,
  range,
  REQUEST_BOOKING,
  requestBooking,
} from './pilot-fixtures';

describe('pilot-scale platforms and bookings (e2e)', () => {
  let t: TestApp;
  let admin: SignedIn;
  let operator: SignedIn;
  let owner: SignedIn;
  let stranger: SignedIn;
  let platformId: string;
  let resultId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createAdmin(t);
    operator = await registerAccount(t, 'INNOVATION_PLATFORM', { district: '高新区' });
    owner = await registerAccount(t, 'UNIVERSITY');
    stranger = await registerAccount(t, 'ENTERPRISE');
    platformId = await createPlatform(t, operator);
    resultId = await publishedResult(t, owner, admin, { visibility: 'TEASER' });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('createPilotPlatform', () => {
    it("creates a platform operated by the caller's organization", async () => {
      const response = await t.gql(CREATE_PLATFORM, { input: platformInput({ name: '生物医药中试平台', fieldCodes: ['JL'], district: null }) }, operator.token);
      expect(response.errors).toBeUndefined();
      expect(response.data?.createPilotPlatform).toMatchObject({
        name: '生物医药中试平台',
        fieldCodes: ['JL'],
        district: '高新区',
        operator: { id: operator.organizationId },
        busyRanges: [],
      });
    });

    it('refuses members of universities and service firms (FORBIDDEN)', async () => {
      const response = await t.gql(CREATE_PLATFORM, { input: platformInput() }, owner.token);
      expect(errorCode(response)).toBe('FORBIDDEN');
    });

    it('lets an administrator name the operator, and only an eligible one', async () => {
      const named = await t.gql(CREATE_PLATFORM, { input: platformInput({ operatorId: stranger.organizationId }) }, admin.token);
      expect(named.data?.createPilotPlatform.operator.id).toBe(stranger.organizationId);
      const missing = await t.gql(CREATE_PLATFORM, { input: platformInput() }, admin.token);
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0].extensions?.fields).toHaveProperty(['input.operatorId']);
      const university = await t.gql(CREATE_PLATFORM, { input: platformInput({ operatorId: owner.organizationId }) }, admin.token);
      expect(errorCode(university)).toBe('BAD_USER_INPUT');
      const notAdmin = await t.gql(CREATE_PLATFORM, { input: platformInput({ operatorId: stranger.organizationId }) }, operator.token);
      expect(errorCode(notAdmin)).toBe('FORBIDDEN');
    });

    it('checks field codes and names', async () => {
      const unknown = await t.gql(CREATE_PLATFORM, { input: platformInput({ fieldCodes: ['ZZ.NOPE'] }) }, operator.token);
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(unknown.errors?.[0].extensions?.fields).toHaveProperty(['input.fieldCodes']);
      const empty = await t.gql(CREATE_PLATFORM, { input: platformInput({ fieldCodes: [] }) }, operator.token);
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    });

    it('needs a signed-in caller', async () => {
      const response = await t.gql(CREATE_PLATFORM, { input: platformInput() });
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    });
  });

  describe('pilotPlatforms', () => {
    it('is public, paginates with cursors and filters by field or chain', async () => {
      const isolated = await registerAccount(t, 'ENTERPRISE');
      const names = ['甲', '乙', '丙'].map((n) => `海创中试平台${n}`);
      for (const name of names) await createPlatform(t, isolated, { name, fieldCodes: ['HC.DESAL'] });
      await createPlatform(t, isolated, { name: '海创链通用平台', fieldCodes: ['HC'] });

      const byField = await t.gql(LIST_PLATFORMS, { first: 2, fieldCode: 'HC.DESAL' });
      expect(byField.errors).toBeUndefined();
      const page1 = byField.data?.pilotPlatforms;
      expect(page1.totalCount).toBe(4);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await t.gql(LIST_PLATFORMS, { first: 2, fieldCode: 'HC.DESAL', after: page1.pageInfo.endCursor })).data?.pilotPlatforms;
      expect(page2.pageInfo.hasNextPage).toBe(false);
      const seen = [...page1.edges, ...page2.edges].map((edge: { node: { name: string } }) => edge.node.name);
      expect(seen).toEqual(['海创链通用平台', ...[...names].reverse()]);

      const byChain = (await t.gql(LIST_PLATFORMS, { first: 50, fieldCode: 'HC' })).data?.pilotPlatforms;
      expect(byChain.totalCount).toBe(4);
      const otherChain = (await t.gql(LIST_PLATFORMS, { first: 50, fieldCode: 'JL.SSB' })).data?.pilotPlatforms;
      expect(otherChain.edges.map((e: { node: { name: string } }) => e.node.name)).not.toContain('海创中试平台甲');

      const bad = await t.gql(LIST_PLATFORMS, { fieldCode: 'nope' });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });
  });

  describe('bookings', () => {
    it('request → approve → complete, with who sees which bookings', async () => {
      const when = range(10, 3);
      const requested = await t.gql(REQUEST_BOOKING, { input: { platformId, resultId, ...when } }, owner.token);
      expect(requested.errors).toBeUndefined();
      expect(requested.data?.requestPilotBooking).toMatchObject({
        status: 'REQUESTED',
        from: when.from,
        to: when.to,
        result: { id: resultId },
        platform: { id: platformId },
      });
      const bookingId = requested.data?.requestPilotBooking.id as string;

      const approved = await t.gql(DECIDE_BOOKING, { id: bookingId, approve: true }, operator.token);
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.decidePilotBooking.status).toBe('APPROVED');
      const again = await t.gql(DECIDE_BOOKING, { id: bookingId, approve: false }, operator.token);
      expect(errorCode(again)).toBe('CONFLICT');

      const bookingsAs = async (token?: string) => {
        const response = await t.gql(LIST_PLATFORMS, { first: 100, fieldCode: 'JL.SSB' }, token);
        expect(response.errors).toBeUndefined();
        const node = response.data?.pilotPlatforms.edges.find((e: { node: { id: string } }) => e.node.id === platformId).node;
        return node.bookings.map((b: { id: string }) => b.id);
      };
      await expect(bookingsAs(operator.token)).resolves.toContain(bookingId);
      await expect(bookingsAs(admin.token)).resolves.toContain(bookingId);
      await expect(bookingsAs(owner.token)).resolves.toContain(bookingId);
      await expect(bookingsAs(stranger.token)).resolves.toEqual([]);
      await expect(bookingsAs()).resolves.toEqual([]);
      const busy = await t.gql(`query { pilotPlatforms(first: 100) { edges { node { id busyRanges { from to } } } } }`);
      const node = busy.data?.pilotPlatforms.edges.find((e: { node: { id: string } }) => e.node.id === platformId).node;
      expect(node.busyRanges).toEqual([when]);

      const early = await t.gql(COMPLETE_BOOKING, { id: bookingId }, operator.token);
      expect(errorCode(early)).toBe('CONFLICT');
      // Move the booking into the past (the clock cannot wait ten days).
      await t.app
        .get(DataSource)
        .query(`UPDATE pilot_booking SET from_at = now() - interval '5 days', to_at = now() - interval '1 day' WHERE id = $1`, [bookingId]);
      const byStranger = await t.gql(COMPLETE_BOOKING, { id: bookingId }, stranger.token);
      expect(errorCode(byStranger)).toBe('FORBIDDEN');
      const completed = await t.gql(COMPLETE_BOOKING, { id: bookingId }, operator.token);
      expect(completed.errors).toBeUndefined();
      expect(completed.data?.completePilotBooking.status).toBe('COMPLETED');
      expect(completed.data?.completePilotBooking.completedAt).toEqual(expect.any(String));
    });

    it('refuses bad dates with BAD_USER_INPUT naming the field', async () => {
      const past = await t.gql(REQUEST_BOOKING, { input: { platformId, resultId, ...range(-2, 5) } }, owner.token);
      expect(errorCode(past)).toBe('BAD_USER_INPUT');
      expect(past.errors?.[0].extensions?.fields).toHaveProperty(['input.from']);
      const { from } = range(20, 1);
      const backwards = await t.gql(REQUEST_BOOKING, { input: { platformId, resultId, from, to: from } }, owner.token);
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(backwards.errors?.[0].extensions?.fields).toHaveProperty(['input.to']);
      const notAnId = await t.gql(REQUEST_BOOKING, { input: { platformId: 'x', resultId, ...range(20, 1) } }, owner.token);
      expect(errorCode(notAnId)).toBe('BAD_USER_INPUT');
    });

    it("only the result's owner requests; only the operator or an admin decides", async () => {
      const notOwner = await t.gql(REQUEST_BOOKING, { input: { platformId, resultId, ...range(30, 1) } }, stranger.token);
      expect(errorCode(notOwner)).toBe('FORBIDDEN');
      const missing = await t.gql(REQUEST_BOOKING, { input: { platformId: crypto.randomUUID(), resultId, ...range(30, 1) } }, owner.token);
      expect(errorCode(missing)).toBe('NOT_FOUND');

      const bookingId = await requestBooking(t, owner, platformId, resultId, range(30, 1));
      const byStranger = await t.gql(DECIDE_BOOKING, { id: bookingId, approve: true }, stranger.token);
      expect(errorCode(byStranger)).toBe('FORBIDDEN');
      const byOwner = await t.gql(DECIDE_BOOKING, { id: bookingId, approve: true }, owner.token);
      expect(errorCode(byOwner)).toBe('FORBIDDEN');
      const unknown = await t.gql(DECIDE_BOOKING, { id: crypto.randomUUID(), approve: true }, operator.token);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const byAdmin = await t.gql(DECIDE_BOOKING, { id: bookingId, approve: false }, admin.token);
      expect(byAdmin.data?.decidePilotBooking.status).toBe('DECLINED');
    });

    it('many overlapping approvals at once: one APPROVED, every other a CONFLICT, none an internal error', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 8; i += 1) ids.push(await requestBooking(t, owner, platformId, resultId, range(300 + i, 10)));
      const responses = await Promise.all(ids.map((id, i) => t.gql(DECIDE_BOOKING, { id, approve: true }, (i % 2 === 0 ? operator : admin).token)));
      const outcomes = responses.map((response) => (response.errors ? errorCode(response) : response.data?.decidePilotBooking.status)).sort();
      expect(outcomes).toEqual(['APPROVED', ...Array.from({ length: 7 }, () => 'CONFLICT')]);
      const approved: { n: number }[] = await t.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM pilot_booking WHERE id = ANY($1::uuid[]) AND status = 'APPROVED'`, [ids]);
      expect(approved[0].n).toBe(1);
    });

    it('two overlapping approvals issued concurrently: exactly one succeeds, the other is a CONFLICT', async () => {
      const first = await requestBooking(t, owner, platformId, resultId, range(60, 10));
      const second = await requestBooking(t, owner, platformId, resultId, range(65, 10));
      const [a, b] = await Promise.all([
        t.gql(DECIDE_BOOKING, { id: first, approve: true }, operator.token),
        t.gql(DECIDE_BOOKING, { id: second, approve: true }, admin.token),
      ]);
      const outcomes = [a, b].map((response) => (response.errors ? errorCode(response) : response.data?.decidePilotBooking.status)).sort();
      expect(outcomes).toEqual(['APPROVED', 'CONFLICT']);
      const rows: unknown[] = await t.app
        .get(DataSource)
        .query(`SELECT status FROM pilot_booking WHERE id = ANY($1::uuid[]) ORDER BY status`, [[first, second]]);
      expect(rows).toEqual([{ status: 'APPROVED' }, { status: 'REQUESTED' }]);

      // Back to back is fine; declining the loser stays possible.
      const loser = a.errors ? first : second;
      const adjacentFrom = new Date(Date.parse(range(65, 10).to) + 86_400_000 * 5).toISOString();
      const adjacent = await requestBooking(t, owner, platformId, resultId, {
        from: adjacentFrom,
        to: new Date(Date.parse(adjacentFrom) + 86_400_000).toISOString(),
      });
      const winnerEnd = (await t.app.get(DataSource).query(`SELECT to_at FROM pilot_booking WHERE id = $1`, [a.errors ? second : first]))[0].to_at as Date;
      await t.app
        .get(DataSource)
        .query(`UPDATE pilot_booking SET from_at = $2, to_at = $2::timestamptz + interval '1 day' WHERE id = $1`, [adjacent, winnerEnd]);
      const adjacentApproved = await t.gql(DECIDE_BOOKING, { id: adjacent, approve: true }, operator.token);
      expect(adjacentApproved.data?.decidePilotBooking.status).toBe('APPROVED');
      const declined = await t.gql(DECIDE_BOOKING, { id: loser, approve: false }, operator.token);
      expect(declined.data?.decidePilotBooking.status).toBe('DECLINED');
    });

    it('an unpublished result cannot be booked', async () => {
      const draft = await t.gql(
        `mutation($input: ResultInput!) { createResult(input: $input) { id } }`,
        {
          input: {
            title: '未发布的中试成果',
            summary: '草稿',
            description: '细节',
            keywords: [],
            resultClass: 'INDUSTRIAL_INNOVATION',
            fieldCode: 'JL.SSB',
            trl: 4,
            patents: [],
            transferModes: ['LICENSE'],
            askingPrice: { negotiable: true },
            visibility: 'PUBLIC',
          },
        },
        owner.token,
      );
      const response = await t.gql(REQUEST_BOOKING, { input: { platformId, resultId: draft.data?.createResult.id, ...range(40, 1) } }, owner.token);
      expect(errorCode(response)).toBe('CONFLICT');
    });
  });
});
