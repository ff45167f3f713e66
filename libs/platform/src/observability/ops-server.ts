import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app.config';
import { WorkerRunner } from '../jobs/worker-runner.service';
import { MetricsService } from './metrics.service';

/** The outbox relay polls every second; this long without a pass means it is stuck. */
const RELAY_STALE_MS = 120_000;

/**
 * A second HTTP listener on METRICS_PORT, for operators only (never published): the metrics,
 * liveness, and a readiness that a worker container's healthcheck can use — the database answers
 * within 2 s and, where the worker runs, its outbox relay has made a pass lately.
 */
@Injectable()
export class OpsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OpsServer');
  private server: Server | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: MetricsService,
    private readonly worker: WorkerRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The bound port (METRICS_PORT=0 picks a free one), or null when not listening. */
  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? (address as AddressInfo).port : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.METRICS_PORT === undefined || this.server) return;
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.METRICS_PORT, '0.0.0.0', () => resolve());
    });
    this.server = server;
    this.logger.log(`Metrics and health for operators on port ${this.port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Problems that make this process not ready; empty when it is. */
  async readinessProblems(): Promise<string[]> {
    const problems: string[] = [];
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())]);
    } catch {
      problems.push('database');
    }
    if (this.worker.running) {
      const last = this.worker.lastRelayPassAt;
      if (last === null || Date.now() - last > RELAY_STALE_MS) problems.push('outbox relay');
    }
    return problems;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'GET only\n');
      if (path === this.config.METRICS_PATH) return send(res, 200, this.metrics.contentType, await this.metrics.metrics());
      if (path === '/health/live') return send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
      if (path === '/health') {
        const problems = await this.readinessProblems();
        return send(
          res,
          problems.length ? 503 : 200,
          'application/json',
          JSON.stringify({
            status: problems.length ? 'error' : 'ok',
            problems,
          }),
        );
      }
      return send(res, 404, 'text/plain', 'Not found\n');
    } catch (error) {
      this.logger.error(`Serving ${path} failed: ${(error as Error).message}`);
      return send(res, 500, 'text/plain', 'Internal error\n');
    }
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
