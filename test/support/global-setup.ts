// Relative imports: the global setup runs outside jest's module mapping.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { startEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres';
import { runMigrations } from '../../libs/platform/src/database/migrations';
import { withDatabase } from './test-database';

declare global {
  var __TB_EMBEDDED__: { stop(): Promise<void> } | undefined;
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Finds a PostgreSQL to test against (TEST_DATABASE_URL, DATABASE_URL, the machine's server on
 * 127.0.0.1:5432, or else an embedded one it starts), migrates a template database once, and
 * tells the test files where it is. Each test file clones the template into its own database.
 */
export default async function globalSetup(): Promise<void> {
  const candidates = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres'].filter(
    (url): url is string => !!url,
  );
  let adminUrl: string | undefined;
  // TEST_EMBEDDED=1 proves the fallback on a machine that has a server.
  for (const url of process.env.TEST_EMBEDDED === '1' ? [] : candidates) {
    if (await reachable(url)) {
      adminUrl = url;
      break;
    }
  }
  if (!adminUrl) {
    const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339);
    const embedded = await startEmbeddedPostgres(join(tmpdir(), `techbridge-test-pg-${port}`), port, 'postgres', { quiet: true });
    globalThis.__TB_EMBEDDED__ = embedded;
    adminUrl = embedded.url;
    process.stdout.write(`\nIntegration tests: no PostgreSQL reachable; started an embedded one on port ${port}\n`);
  }
  const template = `tb_template_${process.pid}_${Date.now().toString(36)}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${template}`);
  } finally {
    await client.end();
  }
  await runMigrations(withDatabase(adminUrl, template));
  process.env.TB_TEST_ADMIN_URL = adminUrl;
  process.env.TB_TEST_TEMPLATE = template;
}
