import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QueryRunner } from 'typeorm';

import { AppConfig } from '../config/app.config';
import { DATABASE_URL } from '../database/database.tokens';
import { MetricsService } from '../observability/metrics.service';

export type JobHandler<T> = (jobs: PgBoss.Job<T>[]) => Promise<void>;

export interface QueueSpec {
  name: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

/**
 * pg-boss on the application's own PostgreSQL: retries with backoff, dead-letter queues, delayed
 * jobs. Started only in processes that run the worker; others may still enqueue through a
 * transaction with `insertIn`.
 */
@Injectable()
export class JobsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private boss: PgBoss | null = null;
  private readonly workers = new Map<string, string>();

  constructor(
    @Inject(DATABASE_URL) private readonly url: string,
    private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  async start(): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({ connectionString: this.url, max: 4, schema: 'pgboss', application_name: 'techbridge-jobs' });
    boss.on('error', (error) => this.logger.error(`Job queue error: ${error.message}`));
    await boss.start();
    this.boss = boss;
  }

  private require(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not started in this process');
    return this.boss;
  }

  /** Creates the queue (and its dead-letter queue) if missing and starts consuming it. */
  async work<T extends object>(spec: QueueSpec, handler: JobHandler<T>): Promise<void> {
    const boss = this.require();
    const dead = `${spec.name}.dead`;
    await this.ensureQueue(dead, {});
    await this.ensureQueue(spec.name, {
      retryLimit: spec.retryLimit ?? 10,
      retryDelay: spec.retryDelaySeconds ?? 2,
      retryBackoff: true,
      deadLetter: dead,
    });
    const id = await boss.work<T>(
      spec.name,
      { batchSize: spec.batchSize ?? 50, pollingIntervalSeconds: spec.pollingIntervalSeconds ?? 2 },
      this.observed(spec.name, handler),
    );
    this.workers.set(spec.name, id);
  }

  /**
   * A start, finish or fail line per handler call (queue, job count, first job id, duration)
   * and its duration by outcome. Job data is never logged: it may hold what a user typed.
   */
  private observed<T>(queue: string, handler: JobHandler<T>): JobHandler<T> {
    return async (jobs) => {
      const started = performance.now();
      const fields = { queue, jobs: jobs.length, jobId: jobs[0]?.id };
      this.logger.log({ msg: 'job started', ...fields });
      try {
        await handler(jobs);
      } catch (error) {
        const seconds = (performance.now() - started) / 1000;
        this.metrics.jobRuns.inc({ queue, outcome: 'failed' });
        this.metrics.jobDuration.observe({ queue, outcome: 'failed' }, seconds);
        this.metrics.jobsFailed.inc({ queue }, jobs.length);
        this.logger.warn({
          msg: 'job failed',
          ...fields,
          durationMs: Math.round(seconds * 1000),
          error: error instanceof Error ? error.message : String(error),
        });
        throw error;
      }
      const seconds = (performance.now() - started) / 1000;
      this.metrics.jobRuns.inc({ queue, outcome: 'completed' });
      this.metrics.jobDuration.observe({ queue, outcome: 'completed' }, seconds);
      this.logger.log({ msg: 'job finished', ...fields, durationMs: Math.round(seconds * 1000) });
    };
  }

  async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
    const boss = this.require();
    const existing = await boss.getQueue(name);
    if (!existing) await boss.createQueue(name, { name, ...options });
  }

  /** Jobs of these queues not yet done: created, waiting for a retry, or active. */
  async unfinished(queues: string[]): Promise<number> {
    const boss = this.require();
    let total = 0;
    for (const name of queues) total += (await boss.getQueueSize(name, { before: 'completed' })) ?? 0;
    return total;
  }

  /** Wakes a queue's worker at once instead of at its next poll. */
  notify(queue: string): void {
    const id = this.workers.get(queue);
    if (id && this.boss) this.boss.notifyWorker(id);
  }

  async send<T extends object>(queue: string, data: T, options: PgBoss.SendOptions = {}): Promise<string | null> {
    return this.require().send(queue, data, options);
  }

  /**
   * Settles jobs a handler is still holding (active), before its callback returns: lets one
   * fetch be handled in parts that succeed or fail on their own. What the worker settles after
   * the callback only touches jobs still active, so these stay as they are.
   */
  async complete(queue: string, ids: string[]): Promise<void> {
    if (ids.length > 0) await this.require().complete(queue, ids);
  }

  async fail(queue: string, ids: string[], error: Error): Promise<void> {
    if (ids.length === 0) return;
    this.metrics.jobsFailed.inc({ queue }, ids.length);
    this.logger.warn({ msg: 'job failed', queue, jobs: ids.length, jobId: ids[0], error: error.message });
    // pg-boss accepts an array of ids with the failure output (as its own worker does); only
    // its typings restrict the output to a single id.
    const fail = this.require().fail.bind(this.require()) as (name: string, ids: string[], data: object) => Promise<unknown>;
    await fail(queue, ids, { message: error.message, stack: error.stack });
  }

  /** Inserts jobs through the caller's transaction, so they exist only if it commits. */
  async insertIn(runner: QueryRunner, jobs: PgBoss.JobInsert[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.require().insert(jobs, {
      db: {
        executeSql: async (text: string, values: unknown[]) => ({ rows: (await runner.query(text, values, true)).records as unknown[] }),
      },
    });
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    this.workers.clear();
    if (boss) await boss.stop({ graceful: true, timeout: 5000, wait: true });
  }

  /** Before the database connections close (TypeORM's own shutdown hook), so no dispatch or job is cut off. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
