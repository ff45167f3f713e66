import { chunkEvents, isEventBatch, packJobs } from './outbox-batches';
import { OutboxJob } from './outbox-handlers';

const event = (id: number, type = 'thing.changed'): OutboxJob => ({
  eventId: String(id),
  type,
  aggregateId: `a${id}`,
  actorId: null,
  payload: {},
  occurredAt: '2025-01-01T00:00:00.000Z',
});
const ids = (events: OutboxJob[]): string[] => events.map((e) => e.eventId);

describe('chunkEvents', () => {
  it('cuts N events into ceil(N / size) batches, in order, none larger than size', () => {
    const events = Array.from({ length: 23 }, (_, i) => event(i + 1));
    const batches = chunkEvents(events, 10);
    expect(batches.map((b) => b.outboxEvents.length)).toEqual([10, 10, 3]);
    expect(batches.flatMap((b) => ids(b.outboxEvents))).toEqual(ids(events));
    expect(batches.every(isEventBatch)).toBe(true);
  });

  it('gives no batch for no event and one batch for exactly size events', () => {
    expect(chunkEvents([], 5)).toEqual([]);
    expect(chunkEvents([event(1), event(2)], 2)).toHaveLength(1);
  });
});

describe('packJobs', () => {
  it('flattens batch jobs into one call in event id order, even when fetched out of order', () => {
    const jobs = [
      { id: 'j2', data: { outboxEvents: [event(11), event(12)] } },
      { id: 'j1', data: { outboxEvents: [event(9), event(10)] } },
    ];
    const packs = packJobs(jobs, 10);
    expect(packs).toHaveLength(1);
    expect(packs[0].ids).toEqual(['j1', 'j2']);
    expect(ids(packs[0].items)).toEqual(['9', '10', '11', '12']);
  });

  it('compares event ids as numbers, not text', () => {
    const packs = packJobs([{ id: 'j', data: { outboxEvents: [event(100), event(99), event(1000)] } }], 10);
    expect(ids(packs[0].items)).toEqual(['99', '100', '1000']);
  });

  it('starts a new call when the next job would exceed the batch size', () => {
    const jobs = [
      { id: 'a', data: { outboxEvents: [event(1), event(2), event(3)] } },
      { id: 'b', data: { outboxEvents: [event(4), event(5)] } },
      { id: 'c', data: { outboxEvents: [event(6)] } },
    ];
    const packs = packJobs(jobs, 4);
    expect(packs.map((p) => p.ids)).toEqual([['a'], ['b', 'c']]);
    expect(packs.map((p) => p.items.length)).toEqual([3, 3]);
  });

  it('hands jobs sent straight to a queue over as they are, in fetch order, counting one each', () => {
    const sent = (key: string) => ({ ...event(0, 'deal.due'), eventId: key });
    const jobs = [
      { id: 'x', data: sent('deal-1:SIGNING:1') },
      { id: 'y', data: sent('deal-2:SIGNING:1') },
      { id: 'z', data: sent('deal-3:SIGNING:2') },
    ];
    const packs = packJobs(jobs, 2);
    expect(packs.map((p) => p.ids)).toEqual([['x', 'y'], ['z']]);
    expect(packs.map((p) => ids(p.items))).toEqual([['deal-1:SIGNING:1', 'deal-2:SIGNING:1'], ['deal-3:SIGNING:2']]);
    expect(packs[0].items[0]).toBe(jobs[0].data);
  });

  it('orders per-event jobs (a handler that opted out of batches) by event id', () => {
    const packs = packJobs(
      [
        { id: 'b', data: event(8) },
        { id: 'a', data: event(7) },
      ],
      10,
    );
    expect(ids(packs[0].items)).toEqual(['7', '8']);
  });

  it('gives no call for no job', () => {
    expect(packJobs([], 10)).toEqual([]);
  });
});
