/**
 * `npm run bench:chat [-- --sockets 500 --seconds 10]`: the chat fan-out under load.
 *
 * Starts the real API (the built main.js, its own process) on a scratch database created on
 * the PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * and dropped afterwards, then a load generator in another process: N sockets in rooms of 10,
 * each sending 1 message/s. The same load then runs against a bare socket.io server that fans
 * out without authentication or storage. Figures side by side, with the ratio.
 *
 * Beside wall-clock figures (noisy on a shared machine) it counts the CPU time the server spent
 * per message sent: the API process, and the PostgreSQL backends serving its database.
 * `--cpu-prof` runs the API and the bare server under `node --cpu-prof`; profiles land in the directory printed.
 */
import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { JwtService } from '@nestjs/jwt';
import { runMigrations } from '@techbridge/platform';
import { Client } from 'pg';

import type { LoadPlan, LoadResult } from './chat-load.worker';

const ROOT = join(__dirname, '..', '..', '..', '..');
const ROOM_SIZE = 10;
const JWT_SECRET = randomBytes(32).toString('hex');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a positive whole number`);
  return value;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const CLOCK_TICKS = 100;

/** CPU time (user + system) a process has used so far, in ms; 0 once it is gone. */
function cpuMs(pid: number): number {
  try {
    // After the command name (which may hold spaces), utime and stime are the 12th and 13th fields.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU time used so far by each PostgreSQL backend connected to one database (the server runs on this machine). */
async function backendCpu(adminUrl: string, database: string): Promise<Map<number, number>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
    return new Map(rows.map(({ pid }) => [pid, cpuMs(pid)]));
  } finally {
    await client.end();
  }
}

function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/** Users and conversations for N sockets: one user per socket, rooms of 10. */
async function seed(url: string, sockets: number): Promise<{ members: { token: string; room: string }[] }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const users = await client.query<{ id: string }>(
      `INSERT INTO app_user (email, password_hash, display_name, roles)
       SELECT 'bench-' || g || '@bench.test', 'not-a-hash', 'Bench user ' || g, '{ENTERPRISE}' FROM generate_series(1, $1) g
       RETURNING id`,
      [sockets],
    );
    const rooms = await client.query<{ id: string }>(`INSERT INTO conversation (last_seq) SELECT 0 FROM generate_series(1, $1) RETURNING id`, [
      Math.ceil(sockets / ROOM_SIZE),
    ]);
    const userIds = users.rows.map((row) => row.id);
    const roomOf = (index: number): string => rooms.rows[Math.floor(index / ROOM_SIZE)].id;
    await client.query(`INSERT INTO conversation_participant (conversation_id, user_id) SELECT unnest($1::uuid[]), unnest($2::uuid[])`, [
      userIds.map((_, i) => roomOf(i)),
      userIds,
    ]);
    const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { algorithm: 'HS256', issuer: 'techbridge' } });
    return {
      members: userIds.map((id, i) => ({
        token: jwt.sign({ sub: id, roles: ['ENTERPRISE'], org: null, typ: 'access' }, { expiresIn: 3600 }),
        room: roomOf(i),
      })),
    };
  } finally {
    await client.end();
  }
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the API exited during start');
    try {
      if ((await fetch(`${url}/health`)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API did not start within 60 s');
}

/**
 * Runs the load generator against a server process; samples the server's RSS idle and with every
 * socket open, and the CPU it (and its database's backends) used while the messages flowed.
 */
async function load(
  plan: LoadPlan,
  serverPid: number,
  database?: { adminUrl: string; name: string },
): Promise<LoadResult & { rssPerSocketKb: number; rssMb: number; cpuMs: number; dbCpuMs: number }> {
  const idle = rssBytes(serverPid);
  let cpuAtStart = 0;
  let backendsAtStart = new Map<number, number>();
  const worker = fork(join(__dirname, 'chat-load.worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let withSockets = NaN;
  const result = await new Promise<LoadResult>((resolve, reject) => {
    worker.on('message', (message: { type: string; result?: LoadResult; message?: string }) => {
      if (message.type === 'connected') {
        withSockets = rssBytes(serverPid);
        (database ? backendCpu(database.adminUrl, database.name) : Promise.resolve(new Map<number, number>())).then((backends) => {
          backendsAtStart = backends;
          cpuAtStart = cpuMs(serverPid);
          worker.send('go');
        }, reject);
      } else if (message.type === 'result' && message.result) resolve(message.result);
      else if (message.type === 'error') reject(new Error(message.message));
    });
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`))));
    worker.send(plan);
  });
  const cpuUsed = cpuMs(serverPid) - cpuAtStart;
  let dbCpuMs = 0;
  // A backend the pool opened during the run counts from zero.
  if (database) for (const [pid, used] of await backendCpu(database.adminUrl, database.name)) dbCpuMs += used - (backendsAtStart.get(pid) ?? 0);
  const peak = Math.max(withSockets, rssBytes(serverPid));
  return { ...result, rssPerSocketKb: (withSockets - idle) / plan.members.length / 1024, rssMb: peak / 1024 / 1024, cpuMs: cpuUsed, dbCpuMs };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  const sockets = option('--sockets', 2000);
  const seconds = option('--seconds', 30);
  const profileDir = process.argv.includes('--cpu-prof') ? mkdtempSync(join(tmpdir(), 'chat-bench-prof-')) : null;
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `tb_bench_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(adminUrl, database);
  process.stdout.write(`Chat benchmark: ${sockets} sockets in rooms of ${ROOM_SIZE}, 1 message/s each for ${seconds} s\n`);
  await admin(adminUrl, `CREATE DATABASE ${database}`);
  let api: ChildProcess | undefined;
  let bare: ChildProcess | undefined;
  try {
    await runMigrations(url);
    const { members } = await seed(url, sockets);
    const port = await freePort();
    const nodeFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    api = spawn(process.execPath, [...nodeFlags, join(ROOT, 'dist/apps/api/src/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: url,
        JWT_SECRET,
        PORT: String(port),
        SEED_DEMO: 'false',
        RUN_WORKER: 'false',
        LOG_LEVEL: 'warn',
        DATABASE_POOL_SIZE: '20',
        CHAT_MAX_SOCKETS_PER_USER: '10',
        REDIS_URL: '',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForHealth(`http://127.0.0.1:${port}`, api);
    const withApi = await load({ url: `http://127.0.0.1:${port}`, mode: 'api', members, roomSize: ROOM_SIZE, seconds }, api.pid as number, {
      adminUrl,
      name: database,
    });
    await stop(api);

    bare = fork(join(__dirname, 'bare-server.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: nodeFlags });
    const barePort = await new Promise<number>((resolve) => bare?.once('message', (message: { port: number }) => resolve(message.port)));
    const baseline = await load({ url: `http://127.0.0.1:${barePort}`, mode: 'bare', members, roomSize: ROOM_SIZE, seconds }, bare.pid as number);
    await stop(bare);
    if (profileDir) process.stdout.write(`CPU profiles (API first, then the bare server) in ${profileDir}\n`);

    const rows: [string, (r: typeof withApi) => number, number][] = [
      ['messages sent', (r) => r.sent, 0],
      ['acknowledged', (r) => r.acked, 0],
      ['refused', (r) => r.refused, 0],
      ['deliveries expected', (r) => r.expected, 0],
      ['deliveries received', (r) => r.delivered, 0],
      ['lost deliveries', (r) => r.lost, 0],
      ['delivered messages/s', (r) => r.delivered / r.seconds, 0],
      ['latency p50 (ms)', (r) => r.latencyMs.p50, 1],
      ['latency p95 (ms)', (r) => r.latencyMs.p95, 1],
      ['latency p99 (ms)', (r) => r.latencyMs.p99, 1],
      ['latency max (ms)', (r) => r.latencyMs.max, 1],
      ['server RSS peak (MB)', (r) => r.rssMb, 0],
      ['server RSS per socket (KB)', (r) => r.rssPerSocketKb, 1],
      ['server CPU ms per ack', (r) => r.cpuMs / r.acked, 3],
      ['PostgreSQL CPU ms per ack', (r) => r.dbCpuMs / r.acked, 3],
    ];
    const pad = (text: string, width: number): string => text.padStart(width);
    process.stdout.write(`\n${'figure'.padEnd(28)}${pad('TechBridge API', 16)}${pad('bare socket.io', 16)}${pad('ratio', 10)}\n`);
    for (const [label, read, digits] of rows) {
      const ours = read(withApi);
      const theirs = read(baseline);
      const ratio = theirs === 0 ? '' : (ours / theirs).toFixed(2);
      process.stdout.write(`${label.padEnd(28)}${pad(ours.toFixed(digits), 16)}${pad(theirs.toFixed(digits), 16)}${pad(ratio, 10)}\n`);
    }
    process.stdout.write(`\nThroughput ratio (API / bare): ${(withApi.delivered / withApi.seconds / (baseline.delivered / baseline.seconds)).toFixed(2)}×\n`);
  } finally {
    if (api) await stop(api);
    if (bare) await stop(bare);
    await admin(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

void main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
