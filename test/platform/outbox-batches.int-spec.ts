import { OutboxHandlerRegistry, OutboxJob, OutboxRelay, OutboxService, WorkerRunner } from '@techbridge/platform';
import { DataSource, QueryRunner } from 'typeorm';

import { eventually, startTestApp, TestApp, TestEvents } from '../support';

interface JobRow {
  id: string;
  state: string;
  retry_count: number;
  data: { outboxEvents?: OutboxJob[] } & Partial<OutboxJob>;
}

/**
 * The relay puts the events of one dispatch into one job per handler batch, and the worker hands
 * them back flattened. Handlers registered here listen to test-only event types, appended before
 * the worker starts so a single dispatch sees them all.
 */
describe('outbox events relayed as batches', () => {
  let t: TestApp;
  let db: DataSource;
  const calls = new Map<string, string[][]>();
  const failures = new Map<string, number>();
  const eventIds = new Map<string, string[]>();
  const timeline: string[] = [];
  const moments = new Map<string, number>();
  let holder: QueryRunner | undefined;
  const gate = (): { promise: Promise<void>; open: () => void } => {
    let open!: () => void;
    const promise = new Promise<void>((resolve) => (open = resolve));
    return { promise, open };
  };
  const gates = { front: gate(), stuck: gate(), halting: gate() };

  const record = (queue: string, jobs: OutboxJob[]): void => {
    calls.set(queue, [...(calls.get(queue) ?? []), jobs.map((job) => job.eventId)]);
  };
  const handled = (queue: string): string[] => (calls.get(queue) ?? []).flat();
  /** Every job of a queue, whether still in the job table or already archived. */
  const jobsOf = async (queue: string): Promise<JobRow[]> =>
    db.query(
      `SELECT id, state, retry_count, data FROM pgboss.job WHERE name = $1
       UNION ALL SELECT id, state, retry_count, data FROM pgboss.archive WHERE name = $1`,
      [queue],
    );
  const append = async (type: keyof TestEvents, count: number): Promise<string[]> => {
    await db.transaction((manager) =>
      t.app.get(OutboxService).append(manager, ...Array.from({ length: count }, (_, i) => ({ type, aggregateId: `${type}-${i}`, payload: { n: i } }))),
    );
    const rows: { id: string }[] = await db.query(`SELECT id FROM outbox_event WHERE type = $1 ORDER BY id`, [type]);
    return rows.map((row) => row.id);
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const registry = t.app.get(OutboxHandlerRegistry);
    registry.register('test.batched', ['test.batched'], (jobs) => Promise.resolve(record('test.batched', jobs)), { batchSize: 4 });
    // Fails its first call, then succeeds: the batch is retried as a whole.
    registry.register(
      'test.flaky',
      ['test.flaky'],
      (jobs) => {
        record('test.flaky', jobs);
        const failed = failures.get('test.flaky') ?? 0;
        if (failed > 0) return Promise.resolve();
        failures.set('test.flaky', failed + 1);
        return Promise.reject(new Error('engine away'));
      },
      { batchSize: 5, retryLimit: 3, retryDelaySeconds: 1 },
    );
    // Four events: two jobs of 2, fetched together (the worker fetches up to 2 jobs) and handed
    // over as two calls; only the call holding the third event fails (once), the other job
    // completes without a retry.
    registry.register(
      'test.partial',
      ['test.partial'],
      (jobs) => {
        record('test.partial', jobs);
        const third = eventIds.get('test.partial')![2];
        if (jobs.some((job) => job.eventId === third) && !failures.has('test.partial')) {
          failures.set('test.partial', 1);
          return Promise.reject(new Error('one bad batch'));
        }
        return Promise.resolve();
      },
      { batchSize: 2, retryLimit: 3, retryDelaySeconds: 1 },
    );
    registry.register('test.doomed', ['test.doomed'], () => Promise.reject(new Error('never works')), { batchSize: 10, retryLimit: 1, retryDelaySeconds: 1 });
    registry.register('test.single', ['test.single'], (jobs) => Promise.resolve(record('test.single', jobs)), { batchSize: 10, perEventJobs: true });
    // test.back gives way to test.front, which holds its call until released; test.impatient
    // gives way to test.stuck for at most 1 s.
    registry.register('test.front', ['test.front'], async () => {
      timeline.push('front started');
      await gates.front.promise;
      timeline.push('front done');
    });
    registry.register(
      'test.back',
      ['test.front'],
      (jobs) => {
        timeline.push(`back ${jobs.length}`);
        return Promise.resolve();
      },
      { deferTo: ['test.front'] },
    );
    registry.register('test.stuck', ['test.stuck'], () => {
      moments.set('stuck', Date.now());
      return gates.stuck.promise;
    });
    registry.register(
      'test.impatient',
      ['test.stuck'],
      (jobs) => {
        moments.set('impatient', Date.now());
        return Promise.resolve(record('test.impatient', jobs));
      },
      { deferTo: ['test.stuck'], deferMaxSeconds: 1 },
    );
    registry.register('test.coalesced', ['test.coalesced'], (jobs) => Promise.resolve(record('test.coalesced', jobs)), { batchSize: 2, coalesce: true });
    eventIds.set('test.coalesced', await append('test.coalesced', 6));
    // One of its events stays locked (so undispatched) until the test lets it go.
    registry.register('test.settled', ['test.settled'], (jobs) => Promise.resolve(record('test.settled', jobs)), { coalesce: true });
    eventIds.set('test.settled', await append('test.settled', 2));
    holder = db.createQueryRunner();
    await holder.startTransaction();
    await holder.query(`SELECT id FROM outbox_event WHERE id = $1 FOR UPDATE`, [eventIds.get('test.settled')![1]]);
    // Two jobs of two events, fetched together: the first call holds until the relay has stopped.
    registry.register(
      'test.halting',
      ['test.halting'],
      async (jobs) => {
        record('test.halting', jobs);
        await gates.halting.promise;
      },
      { batchSize: 2, retryLimit: 3, retryDelaySeconds: 30 },
    );
    eventIds.set('test.halting', await append('test.halting', 4));
    await append('test.front', 2);
    await append('test.stuck', 1);
    eventIds.set('test.batched', await append('test.batched', 10));
    eventIds.set('test.flaky', await append('test.flaky', 5));
    eventIds.set('test.partial', await append('test.partial', 4));
    eventIds.set('test.doomed', await append('test.doomed', 3));
    eventIds.set('test.single', await append('test.single', 3));
    await t.app.get(WorkerRunner).start();
  });
  afterAll(async () => {
    if (holder?.isTransactionActive) await holder.rollbackTransaction();
    await holder?.release();
    gates.front.open();
    gates.stuck.open();
    gates.halting.open();
    await t.close();
  });

  it('turns N events into ceil(N / batchSize) jobs, each handled in event id order', async () => {
    const expected = eventIds.get('test.batched')!;
    await eventually(async () => (handled('test.batched').length >= expected.length ? true : undefined));
    const jobs = await jobsOf('test.batched');
    expect(jobs).toHaveLength(Math.ceil(10 / 4));
    expect(jobs.map((job) => job.data.outboxEvents!.length).sort()).toEqual([2, 4, 4]);
    expect(jobs.flatMap((job) => job.data.outboxEvents!.map((e) => e.eventId)).sort()).toEqual([...expected].sort());
    expect(jobs[0].data.outboxEvents![0]).toEqual(
      expect.objectContaining({
        type: 'test.batched',
        aggregateId: expect.stringMatching(/^test\.batched-\d$/),
        actorId: null,
        occurredAt: expect.any(String),
      }),
    );
    // The handler saw every event once, at most 4 per call, ordered by id within each call.
    expect([...handled('test.batched')].sort()).toEqual([...expected].sort());
    for (const call of calls.get('test.batched')!) {
      expect(call.length).toBeLessThanOrEqual(4);
      expect(call.map(BigInt)).toEqual([...call.map(BigInt)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    const [{ undispatched }] = await db.query(`SELECT count(*)::int AS undispatched FROM outbox_event WHERE type = 'test.batched' AND dispatched_at IS NULL`);
    expect(undispatched).toBe(0);
  });

  it('retries a failing batch as a whole, which then succeeds', async () => {
    const expected = eventIds.get('test.flaky')!;
    await eventually(async () => ((calls.get('test.flaky') ?? []).length >= 2 ? true : undefined));
    expect(calls.get('test.flaky')).toEqual([expected, expected]);
    const jobs = await eventually(async () => {
      const found = await jobsOf('test.flaky');
      return found.length === 1 && found[0].state === 'completed' ? found : undefined;
    });
    expect(jobs[0].retry_count).toBe(1);
  });

  it('settles each call of a fetch on its own: only the failed one is retried', async () => {
    const expected = eventIds.get('test.partial')!;
    const jobs = await eventually(async () => {
      const found = await jobsOf('test.partial');
      return found.length === 2 && found.every((job) => job.state === 'completed') ? found : undefined;
    });
    const retried = jobs.filter((job) => job.retry_count > 0);
    expect(retried).toHaveLength(1);
    expect(retried[0].data.outboxEvents!.map((e) => e.eventId)).toEqual(expected.slice(2));
    // First fetch: both jobs, two calls in event order; then the failed one alone, retried.
    expect(calls.get('test.partial')).toEqual([expected.slice(0, 2), expected.slice(2), expected.slice(2)]);
    expect([...new Set(handled('test.partial'))].sort()).toEqual([...expected].sort());
    expect(calls.get('test.partial')!.every((call) => call.length <= 2)).toBe(true);
  });

  it('dead-letters a batch that keeps failing, with all its events', async () => {
    const expected = eventIds.get('test.doomed')!;
    const dead = await eventually(async () => {
      const found = await jobsOf('test.doomed.dead');
      return found.length > 0 ? found : undefined;
    }, 20000);
    expect(dead).toHaveLength(1);
    expect(dead[0].data.outboxEvents!.map((e) => e.eventId)).toEqual(expected);
    const [job] = await jobsOf('test.doomed');
    expect(job).toEqual(expect.objectContaining({ state: 'failed', retry_count: 1 }));
  });

  it('keeps one job per event for a handler that opts out of batches', async () => {
    const expected = eventIds.get('test.single')!;
    await eventually(async () => (handled('test.single').length >= expected.length ? true : undefined));
    const jobs = await jobsOf('test.single');
    expect(jobs).toHaveLength(3);
    expect(jobs.map((job) => job.data.eventId).sort()).toEqual([...expected].sort());
    expect(jobs.every((job) => job.data.outboxEvents === undefined)).toBe(true);
    expect([...handled('test.single')].sort()).toEqual([...expected].sort());
  });

  it('hands a coalescing handler everything one fetch brings in one call', async () => {
    const expected = eventIds.get('test.coalesced')!;
    await eventually(async () => (handled('test.coalesced').length >= expected.length ? true : undefined));
    expect(await jobsOf('test.coalesced')).toHaveLength(3);
    // The three jobs existed before the worker's first fetch, which took them together.
    expect(calls.get('test.coalesced')).toEqual([expected]);
  });

  it('holds a coalescing call while events of its types wait to be dispatched', async () => {
    const [first, second] = eventIds.get('test.settled')!;
    await eventually(async () => {
      const jobs = await jobsOf('test.settled');
      return jobs.length === 1 && jobs[0].state === 'active' ? true : undefined;
    });
    // Long enough for several of the waiting call's looks at the outbox.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(calls.get('test.settled')).toBeUndefined();
    await holder!.commitTransaction();
    await eventually(async () => (handled('test.settled').length === 2 ? true : undefined));
    expect(handled('test.settled')).toEqual([first, second]);
  });

  it('holds a deferring handler while the queue it gives way to has work, then runs it', async () => {
    await eventually(async () => (timeline.includes('front started') ? true : undefined));
    // Long enough for several of the deferred call's looks at the other queue.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(timeline).toEqual(['front started']);
    gates.front.open();
    await eventually(async () => (timeline.length === 3 ? true : undefined));
    expect(timeline).toEqual(['front started', 'front done', 'back 2']);
  });

  it('runs a deferring handler anyway once its longest wait is over', async () => {
    const called = await eventually(async () => calls.get('test.impatient'));
    expect(called).toHaveLength(1);
    expect(called[0]).toHaveLength(1);
    // The queue it gives way to is still busy: the handler ran because its wait ran out, which
    // began when it fetched its job; the busy queue's job is fetched in that same first poll,
    // give or take a poll's spread.
    expect(moments.get('impatient')! - moments.get('stuck')!).toBeGreaterThanOrEqual(500);
    expect(await db.query(`SELECT state FROM pgboss.job WHERE name = 'test.stuck'`)).toEqual([{ state: 'active' }]);
    gates.stuck.open();
  });

  // Stops the relay: keep it last.
  it('starts no further call of a fetch once the worker is stopping; the rest is retried later', async () => {
    const expected = eventIds.get('test.halting')!;
    await eventually(async () => (calls.get('test.halting')?.length === 1 ? true : undefined));
    const stopped = t.app.get(OutboxRelay).stop();
    gates.halting.open();
    await stopped;
    const jobs = await eventually(async () => {
      const found = await jobsOf('test.halting');
      return found.length === 2 && found.every((job) => job.state !== 'active') ? found : undefined;
    });
    expect(calls.get('test.halting')).toEqual([expected.slice(0, 2)]);
    const byFirstEvent = new Map(jobs.map((job) => [job.data.outboxEvents![0].eventId, job.state]));
    expect(byFirstEvent.get(expected[0])).toBe('completed');
    expect(byFirstEvent.get(expected[2])).toBe('retry');
  });
});
