/**
 * Chat load generator, run as its own process (child_process.fork) so its CPU does not count
 * against the server it measures. Connects N sockets in rooms, then each sends 1 message per
 * second; every room member (the sender included) records the end-to-end latency.
 */
import { performance } from 'node:perf_hooks';

import { io, Socket } from 'socket.io-client';

export interface LoadPlan {
  url: string;
  mode: 'api' | 'bare';
  /** One per socket: its token (api mode) and room. */
  members: { token: string; room: string }[];
  roomSize: number;
  seconds: number;
}

export interface LoadResult {
  sockets: number;
  sent: number;
  acked: number;
  refused: number;
  expected: number;
  delivered: number;
  lost: number;
  seconds: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function connect(plan: LoadPlan, index: number): Promise<Socket> {
  const member = plan.members[index];
  const socket = io(`${plan.url}/chat`, { auth: { token: member.token }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error: Error) => reject(new Error(`socket ${index}: ${error.message}`)));
  });
  const joined =
    plan.mode === 'api'
      ? await socket.timeout(30000).emitWithAck('conversation:join', { conversationId: member.room })
      : await socket.timeout(30000).emitWithAck('join', member.room);
  if (!joined.ok) throw new Error(`join failed: ${JSON.stringify(joined)}`);
  return socket;
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const sockets: Socket[] = [];
  for (let i = 0; i < plan.members.length; i += 100) {
    sockets.push(...(await Promise.all(plan.members.slice(i, i + 100).map((_, j) => connect(plan, i + j)))));
  }
  process.send?.({ type: 'connected' });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));

  const latencies = new Float64Array(plan.members.length * (plan.seconds + 2) * plan.roomSize);
  let delivered = 0;
  let sent = 0;
  let acked = 0;
  let refused = 0;
  for (const socket of sockets) {
    socket.on('message:new', ({ message }: { message: { body: string } }) => {
      const t = Number(message.body.slice(0, message.body.indexOf(' ')));
      if (delivered < latencies.length) latencies[delivered] = performance.now() - t;
      delivered++;
    });
  }
  const started = performance.now();
  const timers: NodeJS.Timeout[] = [];
  await new Promise<void>((resolve) => {
    let finished = 0;
    sockets.forEach((socket, index) => {
      const member = plan.members[index];
      let n = 0;
      const tick = (): void => {
        if (n >= plan.seconds) {
          if (++finished === sockets.length) resolve();
          return;
        }
        const body = `${performance.now()} load message ${index}-${n}`;
        const onAck = (response: { ok: boolean }): void => {
          if (response.ok) acked++;
          else refused++;
        };
        if (plan.mode === 'api') socket.emit('message:send', { conversationId: member.room, clientMessageId: `${index}-${n}`, body }, onAck);
        else socket.emit('send', { room: member.room, clientMessageId: `${index}-${n}`, body }, onAck);
        sent++;
        n++;
        timers.push(setTimeout(tick, 1000));
      };
      // Staggered over the first second so the load is even.
      timers.push(setTimeout(tick, Math.random() * 1000));
    });
  });
  const expected = sent * plan.roomSize;
  // Drain: wait for outstanding deliveries, bounded.
  const drainUntil = performance.now() + 10000;
  while ((delivered < expected || acked + refused < sent) && performance.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 50));
  const seconds = (performance.now() - started) / 1000;
  timers.forEach(clearTimeout);
  sockets.forEach((socket) => socket.disconnect());
  const sorted = latencies.slice(0, Math.min(delivered, latencies.length)).sort();
  return {
    sockets: sockets.length,
    sent,
    acked,
    refused,
    expected,
    delivered,
    lost: Math.max(0, expected - delivered),
    seconds,
    latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN },
  };
}

process.once('message', (plan: LoadPlan) => {
  run(plan).then(
    (result) => {
      process.send?.({ type: 'result', result }, () => process.exit(0));
    },
    (error: Error) => {
      process.send?.({ type: 'error', message: error.stack ?? error.message }, () => process.exit(1));
    },
  );
});
