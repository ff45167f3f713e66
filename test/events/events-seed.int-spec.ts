import { Clock } from '@techbridge/brokerage';
import { EventReminders } from '@techbridge/events';
import { EventsSeeder } from '@techbridge/events/seed';
import { SeedRegistry } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { startTestApp, TestApp } from '../support';

/** The demo seed end to end: every registered seeder over a small generated catalogue, run twice. */
describe('demo matchmaking events', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  const summary = async () =>
    db.query(
      `SELECT e.status, count(DISTINCT r.id)::int AS registrations,
              count(DISTINCT m.id) FILTER (WHERE m.status = 'HELD')::int AS held,
              count(DISTINCT m.id) FILTER (WHERE m.status = 'PROPOSED')::int AS proposed
         FROM matchmaking_event e
         LEFT JOIN event_registration r ON r.event_id = e.id
         LEFT JOIN meeting m ON m.event_id = e.id
        GROUP BY e.id, e.status ORDER BY e.status`,
    ) as Promise<{ status: string; registrations: number; held: number; proposed: number }[]>;

  it('seeds a completed event with held meetings, a scheduled one and an open one, once', async () => {
    await t.app.get(SeedRegistry).runAll({ results: 400, needs: 120, seed: 7 });
    const first = await summary();
    expect(first.map((e) => e.status)).toEqual(['COMPLETED', 'OPEN', 'SCHEDULED']);
    expect(first.every((e) => e.registrations >= 2)).toBe(true);
    expect(first[0].held).toBeGreaterThan(0);
    expect(first[2].proposed).toBeGreaterThan(0);

    expect(await t.app.get(EventsSeeder).run()).toBe('demo events already present');
    expect(await summary()).toEqual(first);
  });

  it('completes a scheduled event by its job only once its end has passed', async () => {
    const [event] = (await db.query(`SELECT id, ends_at FROM matchmaking_event WHERE status = 'SCHEDULED'`)) as { id: string; ends_at: Date }[];
    const reminders = t.app.get(EventReminders);
    const check = { eventId: event.id, endsAt: event.ends_at.toISOString() };
    // No job queue runs in this app: the early check's re-queue is stubbed, the rest is real.
    jest.spyOn(reminders as unknown as { send: () => Promise<void> }, 'send').mockResolvedValue(undefined);
    expect(await reminders.completeIfOver(check)).toBe(false);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(event.ends_at.getTime() + 1000));
    expect(await reminders.completeIfOver(check)).toBe(true);
    expect(await reminders.completeIfOver(check)).toBe(false);
    const [{ status }] = await db.query(`SELECT status FROM matchmaking_event WHERE id = $1`, [event.id]);
    expect(status).toBe('COMPLETED');
  });
});
