import { INestApplication } from '@nestjs/common';
import { loadConfig, Runtime, WorkerRunner } from '@techbridge/platform';

import { createApiApp } from '../../apps/api/src/app.factory';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: Record<string, string[]>; [key: string]: unknown } }[];
}

export interface TestApp {
  app: INestApplication;
  url: string;
  database: TestDatabase;
  runtime: Runtime;
  /** POSTs a GraphQL operation over HTTP, as a client would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/**
 * Boots the real API on its own fresh database and a random port. Auth rate limits are lifted
 * and e-mail verification is not required (accounts register and act at once) unless the test
 * sets them; `worker: true` also runs the outbox relay and job queues.
 */
export async function startTestApp(options: { env?: Record<string, string>; worker?: boolean; database?: TestDatabase } = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_JWT_SECRET,
    AUTH_RATE_LIMIT: '10000',
    AUTH_ACCOUNT_FAILURE_LIMIT: '10000',
    AUTH_ADDRESS_FAILURE_LIMIT: '10000',
    EMAIL_VERIFICATION_REQUIRED: 'false',
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
    DATABASE_POOL_SIZE: '5',
    ...options.env,
  });
  const runtime: Runtime = { config, databaseUrl: database.url, jwtSecret: TEST_JWT_SECRET, stop: async () => undefined };
  // Tests compose the demo seed modules too: several drive the seeders directly.
  const app = await createApiApp(runtime, { demo: true });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  if (options.worker) {
    await app.get(WorkerRunner).start();
  }
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  return {
    app,
    url,
    database,
    runtime,
    gql,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

/** The first error's public code, for terse assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
