import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';

import { OutboxRelay } from '../outbox/outbox.relay';
import { JobsService } from './jobs.service';

/** Starts the background side (job queue + outbox relay) in whichever process hosts it. */
@Injectable()
export class WorkerRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private started = false;

  constructor(
    private readonly jobs: JobsService,
    private readonly relay: OutboxRelay,
  ) {}

  get running(): boolean {
    return this.started && this.jobs.running;
  }

  /** When the outbox relay last finished a pass (null before the first). */
  get lastRelayPassAt(): number | null {
    return this.relay.lastPassAt;
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.jobs.start();
    await this.relay.start();
    this.started = true;
    this.logger.log('Background worker running (outbox relay + job queues)');
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.relay.stop();
    await this.jobs.stop();
  }

  /** Before the database connections close (TypeORM's own shutdown hook), so no dispatch or job is cut off. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
