import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** Set by the global setup: a server URL with rights to create databases, and the migrated template. */
export function testServer(): { adminUrl: string; template: string } {
  const adminUrl = process.env.TB_TEST_ADMIN_URL;
  const template = process.env.TB_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('Integration tests run through jest with the integration project (global setup missing)');
  return { adminUrl, template };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: isolated per test file, fast to make. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template } = testServer();
  const name = `tb_test_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: () => admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
