import { IdentitySeeder } from '@techbridge/identity/seed';
import { PilotSeeder } from '@techbridge/pilot/seed';
import { DataSource } from 'typeorm';

import { publishedResult } from '../catalog/catalog-fixtures';
import { createAdmin, registerAccount, startTestApp, TestApp } from '../support';

describe('pilot demo seed (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('seeds a dozen platforms, bookings and two service teams, and a second run adds nothing', async () => {
    await t.app.get(IdentitySeeder).seedDemoAccounts();
    const admin = await createAdmin(t);
    // Results needing pilot trials, of any owner (the catalogue seed is not run here).
    const owner = await registerAccount(t, 'UNIVERSITY');
    await publishedResult(t, owner, admin, { needsPilot: true });
    await publishedResult(t, owner, admin, { needsPilot: true, title: '第二项需要中试的成果' });

    const seeder = t.app.get(PilotSeeder);
    const first = await seeder.run();
    expect(first).toMatch(/^12 pilot platforms, 7 bookings, 2 service teams created$/);
    const db = t.app.get(DataSource);
    const counts = async () =>
      (
        await db.query(`SELECT (SELECT count(*)::int FROM pilot_platform) AS platforms,
                               (SELECT count(*)::int FROM pilot_booking) AS bookings,
                               (SELECT count(*)::int FROM pilot_booking WHERE status = 'APPROVED') AS approved,
                               (SELECT count(*)::int FROM pilot_booking WHERE status = 'COMPLETED') AS completed,
                               (SELECT count(*)::int FROM service_team) AS teams,
                               (SELECT count(*)::int FROM service_team_broker) AS team_brokers`)
      )[0];
    const after = await counts();
    expect(after).toEqual({ platforms: 12, bookings: 7, approved: 3, completed: 1, teams: 2, team_brokers: expect.any(Number) });
    expect(after.team_brokers).toBeGreaterThanOrEqual(2);
    await expect(seeder.run()).resolves.toBe('0 pilot platforms, 0 bookings, 0 service teams created');
    await expect(counts()).resolves.toEqual(after);

    const listed = await t.gql(`query { pilotPlatforms(first: 100) { totalCount edges { node { capabilities } } } }`);
    expect(listed.data?.pilotPlatforms.totalCount).toBe(12);
    expect(listed.data?.pilotPlatforms.edges.flatMap((e: { node: { capabilities: string[] } }) => e.node.capabilities).join('')).toMatch(/\p{Script=Han}/u);
  });
});
