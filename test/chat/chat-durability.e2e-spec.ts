import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { MessagePayload } from '@techbridge/chat';
import { DataSource } from 'typeorm';

import { call, ChatClient, chatClient, connected, createConversation, eventually, registerAccount, startTestApp, TEST_JWT_SECRET, TestApp } from '../support';

const ROOT = join(__dirname, '..', '..');

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

/** The built API as its own process, as production runs it. */
function startApi(databaseUrl: string, port: number): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(port),
      SEED_DEMO: 'false',
      RUN_WORKER: 'false',
      LOG_LEVEL: 'error',
      CHAT_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function ready(url: string): Promise<void> {
  await eventually(
    async () => {
      try {
        const response = await fetch(`${url}/health`);
        return response.status < 500 ? true : undefined;
      } catch {
        return undefined;
      }
    },
    30000,
    100,
  );
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

describe('chat durability across a killed API process', () => {
  let t: TestApp;
  let api: ChildProcess | undefined;

  beforeAll(async () => {
    // The child runs the compiled output: build it (incremental, a few seconds; on a fresh
    // clone, where jest runs before any build, the whole server: minutes on a busy 2-core machine).
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    t = await startTestApp();
  }, 420_000);
  afterAll(async () => {
    if (api && api.exitCode === null && api.signalCode === null) {
      api.kill('SIGTERM');
      await exited(api);
    }
    await t?.close();
  });

  it('every acknowledged message survives SIGKILL exactly once; unacknowledged ones resend without duplicates', async () => {
    const [researcher, enterprise] = await Promise.all([registerAccount(t, 'UNIVERSITY'), registerAccount(t, 'ENTERPRISE')]);
    const conversationId = await createConversation(t, [researcher.userId, enterprise.userId]);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    api = startApi(t.database.url, port);
    await ready(url);

    let socket: ChatClient = chatClient(url, researcher.token);
    await connected(socket);
    await call(socket, 'conversation:join', { conversationId });
    let lastSeen = 0;
    socket.on('message:new', ({ message }: { message: MessagePayload }) => {
      lastSeen = Math.max(lastSeen, message.seq);
    });

    // A stream with several messages in flight; the process is killed once 40 are acknowledged,
    // and the stream goes on a little into the dead process. (Acks come in groups when sends
    // share a commit, so the 40th may drain every send in flight: the stream must not stop there.)
    const acked = new Map<string, MessagePayload>();
    const sent: string[] = [];
    const failed: string[] = [];
    const victim = api;
    let killed = false;
    let sentAfterKill = 0;
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; i < 400 && sentAfterKill < 8; i++) {
      if (killed) sentAfterKill++;
      const clientMessageId = `d-${i}`;
      sent.push(clientMessageId);
      const attempt = call(socket, 'message:send', { conversationId, clientMessageId, body: `stream ${i}` }, 5000).then(
        (ack) => {
          if (ack.ok) acked.set(clientMessageId, ack.message);
          else failed.push(clientMessageId);
          if (acked.size >= 40 && !killed) {
            killed = true;
            victim.kill('SIGKILL');
          }
        },
        () => {
          failed.push(clientMessageId);
        },
      );
      const tracked: Promise<void> = attempt.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= 8) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await exited(victim);
    expect(victim.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(40);
    // Killed mid-stream: some sends never got their ack.
    expect(sent.length).toBeGreaterThan(acked.size);
    socket.disconnect();

    api = startApi(t.database.url, port);
    await ready(url);
    socket = chatClient(url, researcher.token);
    await connected(socket);
    const joined = await call(socket, 'conversation:join', { conversationId });
    expect(joined.ok).toBe(true);

    // Catch up from the last seq seen before the crash.
    const caughtUp: MessagePayload[] = [];
    for (let after = lastSeen; ;) {
      const page = await call(socket, 'conversation:sync', { conversationId, afterSeq: after });
      expect(page.ok).toBe(true);
      if (page.messages.length === 0) break;
      caughtUp.push(...page.messages);
      after = page.messages[page.messages.length - 1].seq;
    }
    const stored: { client_message_id: string; seq: number; id: string }[] = await t.app
      .get(DataSource)
      .query('SELECT client_message_id, seq, id FROM message WHERE conversation_id = $1 ORDER BY seq', [conversationId]);
    expect(stored.map((row) => row.seq)).toEqual(stored.map((_, i) => i + 1));
    expect(joined.lastSeq).toBe(stored.length);
    for (const [clientMessageId, message] of acked) {
      expect(stored.filter((row) => row.client_message_id === clientMessageId)).toEqual([
        { client_message_id: clientMessageId, seq: message.seq, id: message.id },
      ]);
      if (message.seq > lastSeen) expect(caughtUp.filter((m) => m.id === message.id)).toHaveLength(1);
    }

    // Resend everything that was not acknowledged (and a few that were): nothing is stored twice.
    const unacked = sent.filter((id) => !acked.has(id));
    expect(unacked.length + acked.size).toBe(sent.length);
    const resendIds = [...unacked, ...[...acked.keys()].slice(0, 5)];
    for (const clientMessageId of resendIds) {
      const ack = await call(socket, 'message:send', { conversationId, clientMessageId, body: `stream ${clientMessageId.slice(2)}` });
      expect(ack.ok).toBe(true);
      if (acked.has(clientMessageId)) expect(ack.message.id).toBe(acked.get(clientMessageId)?.id);
    }
    const after: { client_message_id: string; seq: number }[] = await t.app
      .get(DataSource)
      .query('SELECT client_message_id, seq FROM message WHERE conversation_id = $1 ORDER BY seq', [conversationId]);
    expect(after).toHaveLength(sent.length);
    expect(new Set(after.map((row) => row.client_message_id)).size).toBe(sent.length);
    expect(after.map((row) => row.seq)).toEqual(sent.map((_, i) => i + 1));
    socket.disconnect();
  });
});
