import { randomBytes } from 'node:crypto';

import { BrokerLevel } from '@techbridge/identity';
import { startTestApp, TestApp } from '@techbridge/testing';
import fc from 'fast-check';
import { DataSource } from 'typeorm';

import { BrokerCandidate, claimBroker, rankBrokers } from './broker-assignment';

/**
 * The SQL claim against identity's real tables. Brokers are inserted directly (users with the
 * BROKER role and a profile) so their load and idleness can be set; each case uses field codes
 * of its own so cases do not see each other's brokers.
 */
describe('claimBroker (SQL)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  const chain = (): string => `Z${randomBytes(3).toString('hex').toUpperCase()}`;

  async function insertBroker(b: Omit<BrokerCandidate, 'userId'> & { roles?: string[] }): Promise<string> {
    const [user] = await db.query(`INSERT INTO app_user (email, password_hash, display_name, roles) VALUES ($1, 'x', 'Broker', $2) RETURNING id`, [
      `b-${randomBytes(6).toString('hex')}@example.test`,
      b.roles ?? ['BROKER'],
    ]);
    await db.query(`INSERT INTO broker_profile (user_id, level, field_codes, capacity, active_deals, last_assigned_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      user.id,
      b.level,
      b.fieldCodes,
      b.capacity,
      b.activeDeals,
      b.lastAssignedAt,
    ]);
    return user.id as string;
  }

  const claimIn = async (fieldCode: string, commit = true, preferred: string[] = []): Promise<string | null> => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      const chosen = await claimBroker(runner.manager, fieldCode, new Date(), preferred);
      if (commit) await runner.commitTransaction();
      else await runner.rollbackTransaction();
      return chosen;
    } finally {
      await runner.release();
    }
  };
  const load = async (id: string): Promise<number> => (await db.query(`SELECT active_deals FROM broker_profile WHERE user_id = $1`, [id]))[0].active_deals;

  it('picks the least busy, then the most senior, then the longest idle, by field or chain', async () => {
    const c = chain();
    const busy = await insertBroker({ level: BrokerLevel.SENIOR, fieldCodes: [`${c}.A`], capacity: 5, activeDeals: 2, lastAssignedAt: null });
    const junior = await insertBroker({ level: BrokerLevel.JUNIOR, fieldCodes: [c], capacity: 5, activeDeals: 1, lastAssignedAt: null });
    const seniorRecent = await insertBroker({
      level: BrokerLevel.SENIOR,
      fieldCodes: [`${c}.A`],
      capacity: 5,
      activeDeals: 1,
      lastAssignedAt: new Date('2025-06-01T00:00:00Z'),
    });
    const seniorOld = await insertBroker({
      level: BrokerLevel.SENIOR,
      fieldCodes: [`${c}.A`, 'QL'],
      capacity: 5,
      activeDeals: 1,
      lastAssignedAt: new Date('2025-01-01T00:00:00Z'),
    });
    await insertBroker({ level: BrokerLevel.SENIOR, fieldCodes: [`${c}.B`], capacity: 5, activeDeals: 0, lastAssignedAt: null });
    await insertBroker({ level: BrokerLevel.SENIOR, fieldCodes: [`${c}.A`], capacity: 5, activeDeals: 0, lastAssignedAt: null, roles: ['RESEARCHER'] });

    expect(await claimIn(`${c}.A`)).toBe(seniorOld);
    expect(await load(seniorOld)).toBe(2);
    // seniorOld is now as busy as `busy` and was just assigned: seniorRecent is next, then the junior.
    expect(await claimIn(`${c}.A`)).toBe(seniorRecent);
    expect(await claimIn(`${c}.A`)).toBe(junior);
    expect(await load(busy)).toBe(2);
    expect(await claimIn(`${c}.NONE`)).toBe(junior);
  });

  it("prefers an eligible broker of the owner's service team, else the usual choice", async () => {
    const c = chain();
    const best = await insertBroker({ level: BrokerLevel.SENIOR, fieldCodes: [c], capacity: 5, activeDeals: 0, lastAssignedAt: null });
    const teamBusy = await insertBroker({ level: BrokerLevel.JUNIOR, fieldCodes: [c], capacity: 5, activeDeals: 3, lastAssignedAt: null });
    const teamFull = await insertBroker({ level: BrokerLevel.SENIOR, fieldCodes: [c], capacity: 1, activeDeals: 1, lastAssignedAt: null });
    expect(await claimIn(`${c}.X`, false, [teamBusy, teamFull])).toBe(teamBusy);
    expect(await claimIn(`${c}.X`, false, [teamFull])).toBe(best);
    expect(await claimIn(`${c}.X`, false)).toBe(best);
  });

  it('returns null when nobody is eligible and leaves loads untouched on rollback', async () => {
    const c = chain();
    const full = await insertBroker({ level: BrokerLevel.SENIOR, fieldCodes: [c], capacity: 2, activeDeals: 2, lastAssignedAt: null });
    expect(await claimIn(`${c}.X`)).toBeNull();
    const spare = await insertBroker({ level: BrokerLevel.JUNIOR, fieldCodes: [c], capacity: 2, activeDeals: 1, lastAssignedAt: null });
    expect(await claimIn(`${c}.X`, false)).toBe(spare);
    expect(await load(spare)).toBe(1);
    expect(await load(full)).toBe(2);
  });

  it('never exceeds capacity under concurrent claims', async () => {
    for (const capacity of [1, 2, 3]) {
      const c = chain();
      const only = await insertBroker({ level: BrokerLevel.JUNIOR, fieldCodes: [c], capacity, activeDeals: 0, lastAssignedAt: null });
      const results = await Promise.all(Array.from({ length: 4 }, () => claimIn(c)));
      expect(results.filter((id) => id === only)).toHaveLength(capacity);
      expect(results.filter((id) => id === null)).toHaveLength(4 - capacity);
      expect(await load(only)).toBe(capacity);
    }
  });

  it('a claim waits for a concurrent one holding the broker and then sees its count', async () => {
    const c = chain();
    const only = await insertBroker({ level: BrokerLevel.JUNIOR, fieldCodes: [c], capacity: 1, activeDeals: 0, lastAssignedAt: null });
    const first = db.createQueryRunner();
    await first.startTransaction();
    try {
      expect(await claimBroker(first.manager, c, new Date())).toBe(only);
      const second = claimIn(c);
      // The second claim is blocked on the row lock until the first commits.
      const race = await Promise.race([second.then(() => 'finished'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))]);
      expect(race).toBe('waiting');
      await first.commitTransaction();
      expect(await second).toBeNull();
    } finally {
      await first.release();
    }
    expect(await load(only)).toBe(1);
  });

  it('agrees with the pure ranking on random broker pools', async () => {
    const level = fc.constantFrom(BrokerLevel.JUNIOR, BrokerLevel.INTERMEDIATE, BrokerLevel.SENIOR);
    const when = fc.option(
      fc.integer({ min: 0, max: 5 }).map((day) => new Date(Date.UTC(2025, 0, 1 + day))),
      { nil: null },
    );
    const broker = fc.record({
      level,
      capacity: fc.integer({ min: 1, max: 3 }),
      activeDeals: fc.integer({ min: 0, max: 3 }),
      lastAssignedAt: when,
      exact: fc.boolean(),
      team: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(broker, { minLength: 1, maxLength: 6 }), async (pool) => {
        const c = chain();
        const field = `${c}.F`;
        const candidates: BrokerCandidate[] = [];
        const team: string[] = [];
        for (const b of pool) {
          const activeDeals = Math.min(b.activeDeals, b.capacity);
          const fieldCodes = [b.exact ? field : c];
          const userId = await insertBroker({ level: b.level, fieldCodes, capacity: b.capacity, activeDeals, lastAssignedAt: b.lastAssignedAt });
          candidates.push({ userId, level: b.level, fieldCodes, capacity: b.capacity, activeDeals, lastAssignedAt: b.lastAssignedAt });
          if (b.team) team.push(userId);
        }
        expect(await claimIn(field, false)).toBe(rankBrokers(candidates, field)[0]?.userId ?? null);
        expect(await claimIn(field, false, team)).toBe(rankBrokers(candidates, field, team)[0]?.userId ?? null);
      }),
      { numRuns: 25 },
    );
  });
});
