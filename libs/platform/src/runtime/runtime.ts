import { Logger } from '@nestjs/common';

import { AppConfig, ConfigError, loadConfig } from '../config/app.config';
import { loadEnvFile } from '../config/env-file';
import { readOrCreateSecret } from '../config/local-secrets';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { runMigrations } from '../database/migrations';
import { createAppLogger } from '../observability/app-logger';

export { logLevels } from '../observability/app-logger';

export interface Runtime {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  /** Stops what this runtime started (the embedded database). */
  stop(): Promise<void>;
}

/**
 * What every process does before Nest starts: read .env, validate the environment, start the embedded
 * PostgreSQL when DATABASE_URL is unset, and apply pending migrations.
 */
export async function prepareRuntime(options: { migrate?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Runtime> {
  const logger = new Logger('Runtime');
  // A process reading its own environment also reads .env (the real environment wins).
  const envFile = options.env ? null : loadEnvFile(process.env);
  const config = loadConfig(options.env ?? process.env);
  Logger.overrideLogger(createAppLogger(config));
  if (envFile)
    logger.log(
      `Read ${envFile.applied.length} setting(s) from ${envFile.file}${envFile.overridden.length ? `; the environment overrides ${envFile.overridden.join(', ')}` : ''}`,
    );
  let databaseUrl = config.DATABASE_URL;
  let stop = async (): Promise<void> => undefined;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT);
    databaseUrl = embedded.url;
    stop = embedded.stop;
  }
  const jwtSecret = config.JWT_SECRET ?? (await readOrCreateSecret(config.DATA_DIR, 'jwt-secret'));
  if (options.migrate ?? true) {
    const applied = await runMigrations(databaseUrl);
    if (applied.length > 0) logger.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  }
  return { config, databaseUrl, jwtSecret, stop };
}

/** Prints configuration problems one per line and exits; anything else is rethrown. */
export function exitOnConfigError(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  throw error;
}
