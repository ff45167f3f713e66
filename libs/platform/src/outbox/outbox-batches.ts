import { OutboxJob } from './outbox-handlers';

/**
 * The data of one job on an outbox queue: the events of one dispatch for one handler, in event
 * id order, at most the handler's batch size. One job per batch instead of one per event keeps
 * the queue's own bookkeeping (insert, fetch, complete) from dominating a backlog.
 */
export interface OutboxEventBatch {
  outboxEvents: OutboxJob[];
}

export function isEventBatch(data: unknown): data is OutboxEventBatch {
  return typeof data === 'object' && data !== null && Array.isArray((data as Partial<OutboxEventBatch>).outboxEvents);
}

/** Splits a handler's events (already in id order) into job payloads of at most `size` events. */
export function chunkEvents(events: OutboxJob[], size: number): OutboxEventBatch[] {
  const step = Math.max(1, size);
  const batches: OutboxEventBatch[] = [];
  for (let start = 0; start < events.length; start += step) batches.push({ outboxEvents: events.slice(start, start + step) });
  return batches;
}

/** A set of fetched jobs handed to the handler in one call, and the job ids it settles. */
export interface JobPack {
  ids: string[];
  items: OutboxJob[];
}

const byEventId = (a: OutboxJob, b: OutboxJob): number => {
  const left = BigInt(a.eventId);
  const right = BigInt(b.eventId);
  return left < right ? -1 : left > right ? 1 : 0;
};

const NUMERIC = /^\d+$/;

/**
 * Groups fetched jobs into handler calls of at most `size` items: a batch job counts its events,
 * any other job (sent straight to the queue, or relayed one per event) counts one. A single
 * batch never exceeds `size` since the relay cut it to that size. Batches come first, in the
 * order of their events; a call whose items are all outbox events (numeric ids) gets them in id
 * order. Jobs sent with ids of their own keep the order they were fetched in.
 */
export function packJobs(jobs: { id: string; data: unknown }[], size: number): JobPack[] {
  const first = (data: OutboxEventBatch): OutboxJob | undefined => data.outboxEvents[0];
  const batches = jobs.filter((job): job is { id: string; data: OutboxEventBatch } => isEventBatch(job.data));
  const plain = jobs.filter((job) => !isEventBatch(job.data));
  batches.sort((a, b) => {
    const [left, right] = [first(a.data), first(b.data)];
    return left && right ? byEventId(left, right) : 0;
  });
  const packs: JobPack[] = [];
  let current: JobPack | null = null;
  const add = (id: string, items: OutboxJob[]): void => {
    if (!current || (current.items.length > 0 && current.items.length + items.length > size)) {
      current = { ids: [], items: [] };
      packs.push(current);
    }
    current.ids.push(id);
    current.items.push(...items);
  };
  for (const job of batches) add(job.id, job.data.outboxEvents);
  for (const job of plain) add(job.id, [job.data as OutboxJob]);
  for (const pack of packs) if (pack.items.every((item) => NUMERIC.test(String(item.eventId)))) pack.items.sort(byEventId);
  return packs;
}
