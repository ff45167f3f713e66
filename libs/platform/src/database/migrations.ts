import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source';

/** Applies pending migrations with a standalone connection (the CLI and boot use this). */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Drops everything the application owns, for `db:reset` and tests. */
export async function dropSchema(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await dataSource.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await dataSource.dropDatabase();
  } finally {
    await dataSource.destroy();
  }
}
