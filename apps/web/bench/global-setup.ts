import { startServer } from '../e2e/support/server';

/**
 * The journeys' server (e2e/global-setup.ts), on a catalogue of BENCH_CATALOG_RESULTS results
 * (`npm run bench:web` asks for 100,000) seeded before it starts; the demo seed otherwise.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  const results = Number(process.env.BENCH_CATALOG_RESULTS ?? 0);
  const started = Date.now();
  const server = await startServer({ catalog: results > 0 ? { results, needs: Number(process.env.BENCH_CATALOG_NEEDS ?? 2000) } : undefined });
  globalThis.__TB_E2E_SERVER__ = server;
  process.env.TB_E2E_BASE_URL = server.baseUrl;
  process.env.TB_BENCH_CATALOG_RESULTS = String(results);
  if (server.databaseUrl) process.env.TB_BENCH_DATABASE_URL = server.databaseUrl;
  process.stdout.write(
    `Bench: server ready at ${server.baseUrl} in ${((Date.now() - started) / 1000).toFixed(0)} s${results ? ` (seeded ${results} results)` : ''}\n`,
  );
}
