import { join } from 'node:path';

import { DataSourceOptions } from 'typeorm';

/** Root of the compiled (dist/) or source tree this file sits in: libs/platform/src/database → root. */
const TREE_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * The one definition of the database connection, read by the API, the worker, the CLI and the
 * tests. Entities register through TypeOrmModule.forFeature (autoLoadEntities); every lib keeps
 * its own migrations under libs/<lib>/src/migrations, ordered by their timestamps.
 */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migration',
    migrations: [join(TREE_ROOT, 'libs/*/src/migrations/*.{ts,js}')],
    extra: { max: poolSize },
    applicationName: 'techbridge',
  };
}
