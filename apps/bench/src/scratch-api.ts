import { INestApplication } from '@nestjs/common';
import { loadConfig, prepareRuntime, runMigrations } from '@techbridge/platform';
import { Client } from 'pg';

import { createApiApp } from '../../api/src/app.factory';

export interface ScratchApi {
  app: INestApplication;
  /** The scratch database's name (tb_bench_<label>_<pid>). */
  name: string;
  /** http://127.0.0.1:<port>, without a trailing slash. */
  baseUrl: string;
  /** Stops the API, drops the database unless kept, and stops the runtime. */
  close(options?: { keep?: boolean }): Promise<void>;
}

/**
 * A migrated scratch database on the machine's (or the embedded) PostgreSQL and the API on a free
 * loopback port, without demo seed or worker: what the HTTP benchmarks measure against.
 */
export async function startScratchApi(label: string, logLevel: 'warn' | 'error'): Promise<ScratchApi> {
  const runtime = await prepareRuntime({ migrate: false });
  const name = `tb_bench_${label}_${process.pid}`;
  const admin = new Client({ connectionString: runtime.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(runtime.databaseUrl);
  url.pathname = `/${name}`;
  let app: INestApplication | null = null;
  const close = async ({ keep = false }: { keep?: boolean } = {}): Promise<void> => {
    await app?.close();
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await runtime.stop();
  };
  try {
    await runMigrations(url.toString());
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: url.toString(),
      JWT_SECRET: runtime.jwtSecret,
      SEED_DEMO: 'false',
      RUN_WORKER: 'false',
      LOG_LEVEL: logLevel,
    });
    app = await createApiApp({ config, databaseUrl: url.toString(), jwtSecret: runtime.jwtSecret, stop: async () => undefined }, { demo: true });
    await app.listen(0, '127.0.0.1');
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    return { app, name, baseUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}
