import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createAppLogger, exitOnConfigError, prepareRuntime, WorkerRunner } from '@techbridge/platform';

import { WorkerModule } from './worker.module';

/** Background process: outbox relay and job queues (search indexing, matching, reminders). */
async function main(): Promise<void> {
  const runtime = await prepareRuntime().catch(exitOnConfigError);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime), { logger: createAppLogger(runtime.config, [runtime.jwtSecret]) });
  const worker = app.get(WorkerRunner);
  await worker.start();
  const shutdown = async (): Promise<void> => {
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

void main().catch((error: unknown) => {
  new Logger('Worker').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
