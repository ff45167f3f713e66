import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
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

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export interface StartedServer {
  baseUrl: string;
  /** The server's database on the machine's PostgreSQL (absent on the embedded one). */
  databaseUrl?: string;
  stop(): Promise<void>;
}

/**
 * `npm run seed -- --results N --needs M` on the fresh database before the server starts (the
 * server's own demo seed then finds the catalogue there and leaves it), for benchmarks at scale.
 */
async function seedCatalog(env: NodeJS.ProcessEnv, catalog: { results: number; needs: number }): Promise<void> {
  const cli = join(REPO_ROOT, 'dist', 'apps', 'cli', 'src', 'main.js');
  const child = spawn(process.execPath, [cli, 'seed', '--results', String(catalog.results), '--needs', String(catalog.needs)], {
    cwd: REPO_ROOT,
    env: { ...env, PORT: undefined, METRICS_PORT: undefined },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`seed --results ${catalog.results} exited with ${code}:\n${errors}`);
}

/**
 * Starts `node dist/apps/api/src/main.js` as `npm start` does (demo seed, worker in process), on a
 * fresh database: a new one on the machine's PostgreSQL when it answers (as the jest setup
 * does), otherwise the embedded PostgreSQL under a throwaway DATA_DIR on a free port.
 */
export async function startServer(
  options: {
    log?: (line: string) => void;
    databaseUrl?: string;
    jwtSecret?: string;
    env?: NodeJS.ProcessEnv;
    catalog?: { results: number; needs: number };
  } = {},
): Promise<StartedServer> {
  const main = join(REPO_ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
  if (!existsSync(main)) throw new Error('The API is not built: run `npm run build:demo` (npm run test:journeys does) first');
  if (!existsSync(join(REPO_ROOT, 'apps', 'web', 'dist', 'index.html'))) throw new Error('The console is not built: run `npm run build:web` first');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'techbridge-web-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    RUN_WORKER: 'true',
    // Journeys sign in many times from one address; the production limit is covered by API tests.
    AUTH_RATE_LIMIT: '10000',
    // Links in mails (password reset, verification) lead to this server's console routes.
    APP_URL: `http://127.0.0.1:${port}`,
  };
  delete env.DATABASE_URL;
  Object.assign(env, options.env ?? {});
  let dropDatabase = async (): Promise<void> => undefined;
  const adminUrl = [process.env.TEST_DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres'].find((url): url is string => !!url);
  if (options.databaseUrl) {
    // A database the caller prepared (and drops): e.g. a benchmark's seeded one.
    env.DATABASE_URL = options.databaseUrl;
    env.JWT_SECRET = options.jwtSecret ?? randomBytes(32).toString('hex');
  } else if (process.env.TEST_EMBEDDED !== '1' && adminUrl && (await reachable(adminUrl))) {
    const database = `tb_web_e2e_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    env.DATABASE_URL = withDatabase(adminUrl, database);
    env.JWT_SECRET = randomBytes(32).toString('hex');
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
    };
  } else {
    env.EMBEDDED_PG_PORT = String(await freePort());
  }
  if (options.catalog) await seedCatalog(env, options.catalog);

  const child: ChildProcess = spawn(process.execPath, [main], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 200) output.shift();
      options.log?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await dropDatabase().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };

  // Ready once it listens (the seed runs before listen) and /health answers.
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited with ${child.exitCode}:\n${output.slice(-30).join('\n')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return { baseUrl, stop, databaseUrl: env.EMBEDDED_PG_PORT ? undefined : env.DATABASE_URL };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 1000));
  }
  await stop();
  throw new Error(`The server did not become ready:\n${output.slice(-30).join('\n')}`);
}
