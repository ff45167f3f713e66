import { startServer, type StartedServer } from './support/server';

declare global {
  var __TB_E2E_SERVER__: StartedServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  const started = Date.now();
  const server = await startServer({ log: process.env.E2E_SERVER_LOG === '1' ? (line) => process.stdout.write(`[api] ${line}\n`) : undefined });
  globalThis.__TB_E2E_SERVER__ = server;
  process.env.TB_E2E_BASE_URL = server.baseUrl;
  process.stdout.write(`Journeys: server (built API + console, demo seed) ready at ${server.baseUrl} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
