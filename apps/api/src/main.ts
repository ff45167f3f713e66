import { Logger } from '@nestjs/common';
import { exitOnConfigError, prepareRuntime, SeedRegistry, WorkerRunner } from '@techbridge/platform';

import { createApiApp } from './app.factory';
import { DemoDataMissingError } from './demo-loader';

async function main(): Promise<void> {
  const started = Date.now();
  const logger = new Logger('Main');
  const runtime = await prepareRuntime().catch(exitOnConfigError);
  const app = await createApiApp(runtime);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    await app.close().catch((error: Error) => logger.error(error.message));
    await runtime.stop().catch((error: Error) => logger.error(error.message));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.init();
  if (runtime.config.seedDemo) await app.get(SeedRegistry).runAll();
  if (runtime.config.runWorker) await app.get(WorkerRunner).start();
  await app.listen(runtime.config.PORT, '0.0.0.0');
  const url = await app.getUrl();
  logger.log(
    `GraphQL ${url.replace('[::1]', 'localhost')}/graphql · chat ${url}/chat · health ${url}/health · ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

void main().catch((error: unknown) => {
  // A missing demo build is a configuration mistake: one line says what to do, not a stack.
  if (error instanceof DemoDataMissingError) new Logger('Main').error(error.message);
  else new Logger('Main').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
