import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Inject } from '@nestjs/common';
import { DATABASE_URL } from '../database/database.tokens';
import { JobsService } from '../jobs/jobs.service';
import { OutboxHandlerRegistry, OutboxJob } from './outbox-handlers';
import { OUTBOX_CHANNEL } from './outbox.service';

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
 * an event is marked dispatched exactly when its jobs exist. Woken by NOTIFY, with a poll as
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

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_URL) private readonly url: string,
    private readonly jobs: JobsService,
    private readonly registry: OutboxHandlerRegistry,
  ) {}

  async start(pollMs = 1000): Promise<void> {
    this.stopped = false;
    for (const handler of this.registry.all()) {
      await this.jobs.work<OutboxJob>(
        { name: handler.name, batchSize: handler.options.batchSize, retryLimit: handler.options.retryLimit, retryDelaySeconds: handler.options.retryDelaySeconds, pollingIntervalSeconds: 1 },
        async (jobs) => handler.handle(jobs.map((job) => job.data)),
      );
    }
    const listener = new Client({ connectionString: this.url, application_name: 'techbridge-outbox' });
    listener.on("error", (error: Error) => this.logger.warn(`Outbox listener lost: ${error.message}`));
    await listener.connect();
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    listener.on('notification', () => this.kick());
    this.listener = listener;
    this.timer = setInterval(() => this.kick(), pollMs);
    this.kick();
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
        if (this.pending) {
          this.pending = false;
          this.kick();
        }
      });
  }

  /** Dispatches until no undispatched event is left; returns how many were moved. */
  async drain(batch = 500): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.dispatchBatch(batch);
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
      const jobs = rows.flatMap((row) =>
        this.registry.forType(row.type).map((handler) => {
          woken.add(handler.name);
          const data: OutboxJob = {
            eventId: row.id,
            type: row.type,
            aggregateId: row.aggregate_id,
            actorId: row.actor_id,
            payload: row.payload,
            occurredAt: new Date(row.created_at).toISOString(),
          };
          return {
            name: handler.name,
            data,
            retryLimit: handler.options.retryLimit,
            retryDelay: handler.options.retryDelaySeconds,
            retryBackoff: true,
            deadLetter: `${handler.name}.dead`,
          };
        }),
      );
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
