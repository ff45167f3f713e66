import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, signIn } from '../e2e/support/accounts';
import { chatSocket, openDemoDealRoom } from '../e2e/support/deal-room';

const MESSAGES = 200;
// The API lets a person send 20 messages per 10 s (CHAT_RATE_LIMIT); the two sides take turns,
// one message every PACE_MS, so each stays under it and nothing queues behind the limit.
const PACE_MS = 320;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function line(label: string, values: number[]): string {
  return `  ${label.padEnd(58)} p50 ${percentile(values, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(6)} ms   max ${Math.max(
    ...values,
  )
    .toFixed(1)
    .padStart(6)} ms   (n = ${values.length})\n`;
}

type Stamps = Record<string, number>;
interface PageRecords {
  typed: Stamps;
  painted: Stamps;
  emitted: Stamps;
  received: Stamps;
}

/**
 * Before any script of the page: every WebSocket the page opens records when a `message:send`
 * frame leaves it and when a `message:new` frame arrives on it (before the app's own handler,
 * which socket.io sets later), keyed by the message's text. With the typing and painting marks
 * this splits a message's time into the sender's page, the way through the server, and the
 * receiver's page.
 */
function tapSockets(): void {
  const now = () => performance.timeOrigin + performance.now();
  const w = window as unknown as { __emitted: Stamps; __received: Stamps };
  w.__emitted = {};
  w.__received = {};
  const bodyOf = (frame: unknown, event: string): string | null => {
    if (typeof frame !== 'string' || !frame.includes(`"${event}"`)) return null;
    return /"body":"((?:[^"\\]|\\.)*)"/.exec(frame)?.[1] ?? null;
  };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
    const body = bodyOf(data, 'message:send');
    if (body) w.__emitted[body] ??= now();
    return send.call(this, data);
  };
  const Native = window.WebSocket;
  window.WebSocket = new Proxy(Native, {
    construct(target, args: ConstructorParameters<typeof WebSocket>) {
      const socket = new target(...args);
      socket.addEventListener('message', (event: MessageEvent) => {
        const body = bodyOf(event.data, 'message:new');
        if (body) w.__received[body] ??= now();
      });
      return socket;
    },
  });
}

/**
 * Records, inside the page, when each message is typed (the Enter that sends it) and when each
 * message of the log is first painted (the animation frame after its node entered the DOM),
 * keyed by its text. Both in epoch milliseconds: the pages share the machine's clock.
 */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const now = () => performance.timeOrigin + performance.now();
    const w = window as unknown as { __typed: Record<string, number>; __painted: Record<string, number> };
    w.__typed = {};
    w.__painted = {};
    const input = document.getElementById('dealroom-input') as HTMLTextAreaElement;
    input.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && !event.shiftKey) w.__typed[input.value.trim()] = now();
      },
      true,
    );
    const log = document.querySelector('[data-testid="dealroom-log"]')!;
    new MutationObserver((records) => {
      const bodies: string[] = [];
      for (const record of records)
        for (const node of Array.from(record.addedNodes)) {
          if (!(node instanceof Element)) continue;
          const items = node.matches('[data-testid="dealroom-message"]') ? [node] : Array.from(node.querySelectorAll('[data-testid="dealroom-message"]'));
          for (const item of items) {
            const body = item.querySelector('.tb-msg-body')?.textContent ?? '';
            if (body && !(body in w.__painted)) bodies.push(body);
          }
        }
      if (bodies.length) requestAnimationFrame(() => bodies.forEach((body) => (w.__painted[body] ??= now())));
    }).observe(log, { childList: true, subtree: true });
  });
}

/**
 * Deal-room latency: a message typed in one browser until it is painted in another's room
 * (enterprise and university in their own contexts, taking turns), over 200 messages, beside the
 * same path without a browser: two bare socket.io-client sockets in Node on the same server and
 * room, `message:send` on one until `message:new` arrives on the other.
 */
test('deal room: typed in one browser → painted in another, vs bare socket.io-client', async ({ browser, baseURL }) => {
  const base = baseURL!;
  const room = await openDemoDealRoom(base, '洽谈室延迟基准');
  const sides: Page[] = [];
  for (const account of [DEMO.enterprise, DEMO.researcher]) {
    const context = await browser.newContext();
    await context.addInitScript(tapSockets);
    const page = await context.newPage();
    await signIn(page, account, '/');
    await page.goto(`/deals/${room.dealId}/room`);
    await expect(page.locator('[data-testid="dealroom"][data-connection="online"]')).toBeVisible({ timeout: 60_000 });
    await instrument(page);
    sides.push(page);
  }

  const run = randomUUID().slice(0, 6);
  const sent: { from: Page; to: Page; body: string }[] = [];
  for (let index = 0; index < MESSAGES; index += 1) {
    const [from, to] = index % 2 === 0 ? [sides[0], sides[1]] : [sides[1], sides[0]];
    const body = `bench ${run} #${index}`;
    const started = Date.now();
    const input = from.locator('#dealroom-input');
    await input.fill(body);
    await input.press('Enter');
    await to.waitForFunction((text) => text in (window as unknown as { __painted: Record<string, number> }).__painted, body, { timeout: 30_000 });
    sent.push({ from, to, body });
    if ((index + 1) % 50 === 0) process.stdout.write(`  browser leg: ${index + 1} of ${MESSAGES}\n`);
    const wait = PACE_MS - (Date.now() - started);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  }
  // The in-page records are read once at the end: reading them never delays the next message.
  const records = new Map<Page, PageRecords>();
  for (const page of sides) {
    records.set(
      page,
      await page.evaluate(() => {
        const w = window as unknown as { __typed: Stamps; __painted: Stamps; __emitted: Stamps; __received: Stamps };
        return { typed: w.__typed, painted: w.__painted, emitted: w.__emitted, received: w.__received };
      }),
    );
  }
  const split = { sender: [] as number[], server: [] as number[], receiver: [] as number[] };
  const browserLatency = sent.map(({ from, to, body }) => {
    const sender = records.get(from)!;
    const receiver = records.get(to)!;
    expect(sender.typed[body], `typing of ${body} recorded`).toBeGreaterThan(0);
    expect(sender.emitted[body], `emit of ${body} recorded`).toBeGreaterThan(0);
    expect(receiver.received[body], `arrival of ${body} recorded`).toBeGreaterThan(0);
    split.sender.push(sender.emitted[body] - sender.typed[body]);
    split.server.push(receiver.received[body] - sender.emitted[body]);
    split.receiver.push(receiver.painted[body] - receiver.received[body]);
    return receiver.painted[body] - sender.typed[body];
  });
  for (const page of sides) await page.context().close();

  // The baseline: the same server, room and accounts, no browser, no React.
  const sockets = [await chatSocket(base, room.tokens.enterprise), await chatSocket(base, room.tokens.researcher)];
  const bareLatency: number[] = [];
  try {
    for (const socket of sockets) {
      const join = (await socket.timeout(10_000).emitWithAck('conversation:join', { conversationId: room.conversationId })) as { ok: boolean };
      expect(join.ok).toBe(true);
    }
    for (let index = 0; index < MESSAGES; index += 1) {
      const [from, to] = index % 2 === 0 ? [sockets[0], sockets[1]] : [sockets[1], sockets[0]];
      const clientMessageId = randomUUID();
      const arrived = new Promise<number>((resolve) => {
        const listener = (payload: { message: { clientMessageId: string | null } }) => {
          if (payload.message.clientMessageId !== clientMessageId) return;
          to.off('message:new', listener);
          resolve(performance.now());
        };
        to.on('message:new', listener);
      });
      const started = performance.now();
      const ack = from
        .timeout(10_000)
        .emitWithAck('message:send', { conversationId: room.conversationId, clientMessageId, body: `bare ${run} #${index}` }) as Promise<{ ok: boolean }>;
      bareLatency.push((await arrived) - started);
      expect((await ack).ok).toBe(true);
      const wait = PACE_MS - (performance.now() - started);
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    }
  } finally {
    sockets.forEach((socket) => socket.disconnect());
  }

  process.stdout.write(`\nDeal-room latency, ${MESSAGES} messages each, sides taking turns every ${PACE_MS} ms\n`);
  process.stdout.write(line('typed in one browser → painted in the other (Chromium)', browserLatency));
  process.stdout.write(line('  sender: Enter → message:send frame on its socket', split.sender));
  process.stdout.write(line('  server: that frame → message:new frame at the other page', split.server));
  process.stdout.write(line('  receiver: message:new frame → painted', split.receiver));
  process.stdout.write(line('bare socket.io-client, message:send → message:new (Node)', bareLatency));
  process.stdout.write(
    `  browser − bare at p95                                     ${(percentile(browserLatency, 95) - percentile(bareLatency, 95)).toFixed(1)} ms   (target: browser p95 ≤ 100 ms)\n`,
  );
  expect(browserLatency).toHaveLength(MESSAGES);
  expect(bareLatency).toHaveLength(MESSAGES);
});
