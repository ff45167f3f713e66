import { Controller, Get, Injectable } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Public } from '../auth/auth.decorators';
import { WorkerRunner } from '../jobs/worker-runner.service';

@Injectable()
export class ReadinessIndicators {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
    private readonly worker: WorkerRunner,
  ) {}

  async migrations() {
    const indicator = this.indicators.check('migrations');
    const pending = await this.dataSource.showMigrations();
    return pending ? indicator.down({ pending: true }) : indicator.up();
  }

  /** The queue is healthy when this process runs it, or when the outbox is not piling up for another worker. */
  async queue() {
    const indicator = this.indicators.check('queue');
    const [{ age }] = (await this.dataSource.query(
      `SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age FROM outbox_event WHERE dispatched_at IS NULL`,
    )) as { age: number }[];
    const backlogSeconds = Math.round(age);
    if (this.worker.running) return indicator.up({ runsHere: true, backlogSeconds });
    return backlogSeconds < 300 ? indicator.up({ runsHere: false, backlogSeconds }) : indicator.down({ runsHere: false, backlogSeconds });
  }
}

/** Readiness (`/health`): the database answers, every migration is applied, and the job queue is running; liveness at `/health/live`. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly readiness: ReadinessIndicators,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database'), () => this.readiness.migrations(), () => this.readiness.queue()]);
  }

  /**
   * Liveness: the process answers, whatever the database or the worker do, so that an
   * orchestrator restarts only an instance that is itself stuck (readiness takes it out of
   * the load balancer instead).
   */
  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
