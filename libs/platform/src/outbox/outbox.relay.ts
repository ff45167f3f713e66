import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';

import { DATABASE_URL } from '../database/database.tokens';
import { JobsService } from '../jobs/jobs.service';
import { OUTBOX_CHANNEL } from './outbox.service';
import { chunkEvents, packJobs } from './outbox-batches';
import { OutboxHandlerRegistry, OutboxJob, RegisteredHandler } from './outbox-handlers';

/** Events moved per dispatch transaction. */
export const DISPATCH_BATCH = 2000;
/** Jobs a coalescing handler's worker fetches at once (each up to the handler's batch size of events). */
const COALESCED_FETCH = 100;
/** How often a deferred call looks again at the queues it gives way to. */
const DEFER_POLL_MS = 200;

interface OutboxRow {
  id: string;
  type: string;
  aggregate_id: string | null;
  actor_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Moves committed outbox events into per-handler job queues, in one transaction per batch:
 * an event is marked dispatched exactly when its jobs exist. Each handler gets the batch's
 * events for it as jobs of up to its batch size (see OutboxEventBatch). Woken by NOTIFY, with a poll as
 * a safety net; SKIP LOCKED lets several workers share the work.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private pending = false;
  private stopped = true;
  /** When the last dispatch pass ended (even an empty one), for the worker's readiness. */
  lastPassAt: number | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_URL) private readonly url: string,
    private readonly jobs: JobsService,
    private readonly registry: OutboxHandlerRegistry,
  ) {}

  async start(pollMs = 1000): Promise<void> {
    this.stopped = false;
    for (const handler of this.registry.all()) {
      await this.jobs.work<object>(
        {
          name: handler.name,
          batchSize: handler.options.coalesce ? COALESCED_FETCH : handler.options.batchSize,
          retryLimit: handler.options.retryLimit,
          retryDelaySeconds: handler.options.retryDelaySeconds,
          pollingIntervalSeconds: 1,
        },
        (jobs) => this.consume(handler, jobs),
      );
    }
    const listener = new Client({ connectionString: this.url, application_name: 'techbridge-outbox' });
    listener.on('error', (error: Error) => this.logger.warn(`Outbox listener lost: ${error.message}`));
    await listener.connect();
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    listener.on('notification', () => this.kick());
    this.listener = listener;
    this.timer = setInterval(() => this.kick(), pollMs);
    this.kick();
  }

  /**
   * Hands fetched jobs to the handler flattened into calls of at most its batch size (a
   * coalescing handler: one call for the whole fetch). Usually one call; when a fetch holds
   * more, each call's jobs are completed or failed (then retried with backoff, or dead-lettered)
   * on their own, so one failing call holds up no other. Once the worker is stopping no further
   * call starts: the jobs not handled yet fail and are retried by whichever worker runs next.
   */
  private async consume(handler: RegisteredHandler, jobs: PgBoss.Job<object>[]): Promise<void> {
    await this.giveWay(handler);
    const packs = packJobs(jobs, handler.options.coalesce ? Infinity : handler.options.batchSize);
    for (const pack of packs) {
      if (this.stopped) throw new Error('The worker stopped before these jobs were handled');
      if (packs.length === 1) return handler.handle(pack.items);
      try {
        await handler.handle(pack.items);
      } catch (error) {
        await this.jobs.fail(handler.name, pack.ids, error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      await this.jobs.complete(handler.name, pack.ids);
    }
  }

  /**
   * Waits, at most the handler's deferMaxSeconds, while the queues it defers to have work left
   * and, for a coalescing handler, while events of its types still wait to be dispatched: a
   * recomputation in the middle of a backlog would be redone as soon as the rest arrives. A stop
   * ends the wait; the call then does not run and its jobs are retried.
   */
  private async giveWay(handler: RegisteredHandler): Promise<void> {
    const { deferTo, deferMaxSeconds, coalesce } = handler.options;
    if (deferTo.length === 0 && !coalesce) return;
    const deadline = Date.now() + deferMaxSeconds * 1000;
    const busy = async (): Promise<boolean> =>
      (deferTo.length > 0 && (await this.jobs.unfinished(deferTo)) > 0) || (coalesce && (await this.undispatched(handler.eventTypes)));
    while (!this.stopped && Date.now() < deadline && (await busy())) {
      await new Promise((resolve) => setTimeout(resolve, DEFER_POLL_MS));
    }
  }

  private async undispatched(types: string[]): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM outbox_event WHERE dispatched_at IS NULL AND ($1::text[] && ARRAY['*'] OR type = ANY($1::text[]))) AS waiting`,
      [types],
    )) as { waiting: boolean }[];
    return row.waiting;
  }

  /** Runs a dispatch now, or right after the one under way. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = true;
    void this.drain()
      .catch((error: Error) => this.logger.error(`Outbox dispatch failed: ${error.message}`))
      .finally(() => {
        this.running = false;
        this.lastPassAt = Date.now();
        if (this.pending) {
          this.pending = false;
          this.kick();
        }
      });
  }

  /**
   * Dispatches until no undispatched event is left; returns how many were moved. A backlog
   * moves in transactions of `batch` events: each costs a few round trips whatever its size,
   * and the largest handler batch (search indexing, 2,000) fits in one job per dispatch.
   */
  async drain(batch = DISPATCH_BATCH): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.dispatchBatch(batch);
      this.lastPassAt = Date.now();
      total += moved;
      if (moved < batch) return total;
    }
  }

  private async dispatchBatch(batch: number): Promise<number> {
    const woken = new Set<string>();
    const moved = await this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, aggregate_id, actor_id, payload, created_at FROM outbox_event
          WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batch],
      );
      if (rows.length === 0) return 0;
      const perHandler = new Map<RegisteredHandler, OutboxJob[]>();
      for (const row of rows) {
        const event: OutboxJob = {
          eventId: row.id,
          type: row.type,
          aggregateId: row.aggregate_id,
          actorId: row.actor_id,
          payload: row.payload,
          occurredAt: new Date(row.created_at).toISOString(),
        };
        for (const handler of this.registry.forType(row.type)) {
          const events = perHandler.get(handler) ?? [];
          events.push(event);
          perHandler.set(handler, events);
        }
      }
      const jobs: PgBoss.JobInsert[] = [];
      for (const [handler, events] of perHandler) {
        woken.add(handler.name);
        const payloads: object[] = handler.options.perEventJobs ? events : chunkEvents(events, handler.options.batchSize);
        for (const data of payloads) {
          jobs.push({
            name: handler.name,
            data,
            retryLimit: handler.options.retryLimit,
            retryDelay: handler.options.retryDelaySeconds,
            retryBackoff: true,
            deadLetter: `${handler.name}.dead`,
          });
        }
      }
      await this.jobs.insertIn(manager.queryRunner!, jobs);
      await manager.query('UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1::bigint[])', [rows.map((row) => row.id)]);
      return rows.length;
    });
    for (const name of woken) this.jobs.notify(name);
    return moved;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const listener = this.listener;
    this.listener = null;
    if (listener) await listener.end().catch(() => undefined);
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
