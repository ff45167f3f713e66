import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app.config';
import { OutboxHandlerRegistry } from '../outbox/outbox-handlers';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300];
/** Job states that still hold work, and the one kept after the last retry. */
const JOB_STATES = ['created', 'retry', 'active', 'failed'] as const;

/**
 * Label values that come from clients (operation names, socket event names) are kept to a
 * bounded set: a client inventing a new name per request must not grow the series without end.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly pattern = /^[A-Za-z_][\w:.-]{0,63}$/,
  ) {}

  of(value: string | null | undefined, fallback = 'anonymous'): string {
    if (!value) return fallback;
    if (!this.pattern.test(value)) return 'invalid';
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return 'other';
    this.seen.add(value);
    return value;
  }
}

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The process's Prometheus registry (one per application, so several apps in one process, as
 * in the tests, keep their own figures). Counters and histograms are fed where things happen;
 * figures shared by every instance (outbox backlog, queue depths, lags) are read from
 * PostgreSQL at scrape time, so any instance reports the same truth.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly operationLabel = new BoundedLabel(500);
  readonly socketEventLabel = new BoundedLabel(100);

  readonly httpDuration = new Histogram({
    name: 'techbridge_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status code',
    labelNames: ['method', 'route', 'status'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'techbridge_graphql_request_duration_seconds',
    help: 'GraphQL operations by operation name, type and outcome (ok, or the first error code)',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly socketConnections = new Gauge({
    name: 'techbridge_socket_connections',
    help: 'socket.io connections open on this instance',
    labelNames: ['namespace'],
    registers: [this.registry],
  });
  readonly socketConnectionsTotal = new Counter({
    name: 'techbridge_socket_connections_total',
    help: 'socket.io connections accepted by this instance',
    labelNames: ['namespace'],
    registers: [this.registry],
  });
  readonly socketMessages = new Counter({
    name: 'techbridge_socket_messages_total',
    help: 'socket.io events received from (in) or sent to (out) a socket, by event name',
    labelNames: ['namespace', 'event', 'direction'],
    registers: [this.registry],
  });
  readonly jobRuns = new Counter({
    name: 'techbridge_job_runs_total',
    help: 'Job handler calls by queue and outcome (completed, failed)',
    labelNames: ['queue', 'outcome'],
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'techbridge_job_duration_seconds',
    help: 'Job handler call durations by queue and outcome',
    labelNames: ['queue', 'outcome'],
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });
  readonly jobsFailed = new Counter({
    name: 'techbridge_jobs_failed_total',
    help: 'Jobs failed by this process, by queue (each is retried with backoff, then dead-lettered)',
    labelNames: ['queue'],
    registers: [this.registry],
  });

  private readonly outboxBacklog = new Gauge({
    name: 'techbridge_outbox_backlog_events',
    help: 'Outbox events not yet dispatched to job queues',
    registers: [this.registry],
  });
  private readonly outboxAge = new Gauge({
    name: 'techbridge_outbox_oldest_event_age_seconds',
    help: 'Age of the oldest outbox event not yet dispatched (0 when none waits)',
    registers: [this.registry],
  });
  private readonly queueDepth = new Gauge({
    name: 'techbridge_job_queue_depth',
    help: 'Jobs by queue and state (created, retry, active, failed)',
    labelNames: ['queue', 'state'],
    registers: [this.registry],
  });
  private readonly handlerLag = new Gauge({
    name: 'techbridge_outbox_handler_lag_seconds',
    help: 'Age of the oldest event an outbox handler has still to handle (undispatched, or in a job not yet done)',
    labelNames: ['handler'],
    registers: [this.registry],
  });
  private readonly poolConnections = new Gauge({
    name: 'techbridge_db_pool_connections',
    help: 'Application database pool connections by state (total, idle, in_use, waiting requests)',
    labelNames: ['state'],
    registers: [this.registry],
  });
  private readonly poolMax = new Gauge({
    name: 'techbridge_db_pool_max',
    help: 'Largest size of the application database pool (DATABASE_POOL_SIZE)',
    registers: [this.registry],
  });
  private readonly namedLags: { gauge: Gauge; handler: string }[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: OutboxHandlerRegistry,
    private readonly config: AppConfig,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'techbridge_' });
  }

  /** A gauge of one outbox handler's lag under a name of its own (the search lib's indexing lag). */
  registerHandlerLag(name: string, help: string, handler: string): void {
    if (this.registry.getSingleMetric(name)) return;
    this.namedLags.push({
      gauge: new Gauge({ name, help, registers: [this.registry] }),
      handler,
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text, after reading the shared figures from the database. */
  async metrics(): Promise<string> {
    await this.refreshFromDatabase();
    return this.registry.metrics();
  }

  private async refreshFromDatabase(): Promise<void> {
    this.refreshPool();
    if (!this.dataSource.isInitialized) return;
    const byType = (await this.dataSource.query(
      `SELECT type, count(*)::int AS count, EXTRACT(EPOCH FROM now() - min(created_at))::float AS age
         FROM outbox_event WHERE dispatched_at IS NULL GROUP BY type`,
    )) as { type: string; count: number; age: number }[];
    this.outboxBacklog.set(byType.reduce((sum, row) => sum + row.count, 0));
    this.outboxAge.set(Math.max(0, ...byType.map((row) => row.age)));

    const [{ present }] = (await this.dataSource.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`)) as { present: boolean }[];
    const jobs = present
      ? ((await this.dataSource.query(
          `SELECT name, state::text AS state, count(*)::int AS count, EXTRACT(EPOCH FROM now() - min(created_on))::float AS age
             FROM pgboss.job WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state`,
        )) as { name: string; state: string; count: number; age: number }[])
      : [];

    this.queueDepth.reset();
    for (const handler of this.handlers.all()) {
      for (const queue of [handler.name, `${handler.name}.dead`]) for (const state of JOB_STATES) this.queueDepth.set({ queue, state }, 0);
    }
    for (const row of jobs) this.queueDepth.set({ queue: row.name, state: row.state }, row.count);

    const lags = new Map<string, number>();
    this.handlerLag.reset();
    for (const handler of this.handlers.all()) {
      const types = new Set(handler.eventTypes);
      const waiting = byType.filter((row) => types.has('*') || types.has(row.type)).map((row) => row.age);
      const queued = jobs.filter((row) => row.name === handler.name && row.state !== 'failed').map((row) => row.age);
      const lag = Math.max(0, ...waiting, ...queued);
      lags.set(handler.name, lag);
      this.handlerLag.set({ handler: handler.name }, lag);
    }
    for (const { gauge, handler } of this.namedLags) gauge.set(lags.get(handler) ?? 0);
  }

  private refreshPool(): void {
    this.poolMax.set(this.config.DATABASE_POOL_SIZE);
    const pool = (this.dataSource.driver as unknown as { master?: PoolLike }).master;
    if (!pool) return;
    this.poolConnections.set({ state: 'total' }, pool.totalCount);
    this.poolConnections.set({ state: 'idle' }, pool.idleCount);
    this.poolConnections.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
    this.poolConnections.set({ state: 'waiting' }, pool.waitingCount);
  }
}
