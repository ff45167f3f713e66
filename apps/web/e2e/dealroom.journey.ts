import type { Browser, BrowserContext, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, api, signIn } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test, watchPage } from './support/fixtures';
import { chatSocket, openDemoDealRoom } from './support/deal-room';

const LOADED = { timeout: 60_000 };

/** A page of its own browser context, watched as the `page` fixture is (CSP, uncaught errors). */
async function openContext(browser: Browser, problems: string[], name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await watchPage(page, problems, `${name} `);
  return { context, page };
}

/** The bodies of the room's confirmed messages in the order shown, with their seqs. */
async function shown(page: Page): Promise<{ seq: number; body: string }[]> {
  return page
    .getByTestId('dealroom-log')
    .getByTestId('dealroom-message')
    .evaluateAll((nodes) => nodes.map((node) => ({ seq: Number(node.getAttribute('data-seq')), body: node.querySelector('.tb-msg-body')?.textContent ?? '' })));
}

async function say(page: Page, text: string): Promise<void> {
  const input = page.getByLabel('消息', { exact: true });
  await input.fill(text);
  await input.press('Enter');
}

/** Waits until `page` shows every one of `bodies`, then checks the whole list: ascending seq, no seq or body twice. */
async function expectAll(page: Page, bodies: string[]): Promise<{ seq: number; body: string }[]> {
  const log = page.getByTestId('dealroom-log');
  for (const body of bodies) await expect(log.getByTestId('dealroom-message').filter({ hasText: body })).toHaveCount(1, LOADED);
  const list = await shown(page);
  const seqs = list.map((item) => item.seq);
  expect(seqs, 'messages in ascending seq order').toEqual([...seqs].sort((a, b) => a - b));
  expect(new Set(seqs).size, 'each seq once').toBe(seqs.length);
  for (const body of bodies)
    expect(
      list.filter((item) => item.body === body),
      `«${body}» once`,
    ).toHaveLength(1);
  return list;
}

/**
 * The deal room with three browsers open at once: the demo enterprise and the demo university in
 * the room's own page, the demo broker on the deal's page with its chat tab. Messages cross in
 * order; the university drops off the network while the others talk and comes back to every
 * message once; an offer of the university accepted by the enterprise moves the deal to
 * TERMS_AGREED on all three pages without a reload; the broker signs the contract; a stranger's
 * browser and socket are refused.
 */
// Three browsers and two full-page axe passes share a 2-core machine: twice the default budget.
test.describe.configure({ timeout: 480_000 });

test('deal room: three browsers, offline and back, offer accepted everywhere, contract, stranger refused', async ({ browser, baseURL }) => {
  const base = baseURL!;
  const room = await openDemoDealRoom(base, '固态电解质中试许可');
  const problems: string[] = [];
  const enterprise = await openContext(browser, problems, 'enterprise');
  const university = await openContext(browser, problems, 'university');
  const brokerSide = await openContext(browser, problems, 'broker');
  const E = enterprise.page;
  const U = university.page;
  const B = brokerSide.page;

  await signIn(E, DEMO.enterprise, '/');
  await signIn(U, DEMO.researcher, '/');
  await signIn(B, DEMO.broker, '/broker');
  await E.goto(`/deals/${room.dealId}/room`);
  await U.goto(`/deals/${room.dealId}/room`);
  await B.goto(`/deals/${room.dealId}`);
  await expect(B.getByTestId('deal-page')).toBeVisible(LOADED);
  await B.getByRole('tab', { name: '洽谈' }).click();
  for (const page of [E, U, B]) await expect(page.locator('[data-testid="dealroom"][data-connection="online"]')).toBeVisible(LOADED);

  // Messages typed in each browser, back to back, appear in all three in the same order.
  const run = randomUUID().slice(0, 6);
  const first = [`企业：样品下周寄出 ${run}`, `学校：收到，我们准备测试 ${run}`, `经纪人：周五前汇总结果 ${run}`, `企业：好的 ${run}`];
  await say(E, first[0]);
  await say(U, first[1]);
  await say(B, first[2]);
  await say(E, first[3]);
  const reference = await expectAll(E, first);
  for (const page of [U, B]) expect(await expectAll(page, first)).toEqual(reference);
  const order = reference.filter((item) => first.includes(item.body)).map((item) => item.body);
  expect(new Set(order).size).toBe(4);
  await expect(E.getByTestId('dealroom-log').getByTestId('dealroom-message').last()).not.toHaveAttribute('data-kind', 'OFFER');

  // The university goes offline; the others keep talking.
  await university.context.setOffline(true);
  await expect(U.locator('[data-testid="dealroom"][data-connection="offline"]')).toBeVisible(LOADED);
  const whileAway = [`企业：离线期间第一条 ${run}`, `经纪人：离线期间第二条 ${run}`, `企业：离线期间第三条 ${run}`];
  await say(E, whileAway[0]);
  await say(B, whileAway[1]);
  await say(E, whileAway[2]);
  await expectAll(E, [...first, ...whileAway]);
  await expectAll(B, [...first, ...whileAway]);
  // Typed while away: marked failed, nothing sent.
  const retried = `学校：断网时写的 ${run}`;
  await say(U, retried);
  await expect(U.locator('[data-testid="dealroom-pending"][data-status="failed"]')).toHaveCount(1, LOADED);
  await expect(U.getByTestId('dealroom-log').getByTestId('dealroom-message').filter({ hasText: whileAway[0] })).toHaveCount(0);

  // Back online: the room reconnects, syncs from its last seq and shows each message once, in order.
  await university.context.setOffline(false);
  await expect(U.locator('[data-testid="dealroom"][data-connection="online"]')).toBeVisible(LOADED);
  const afterReturn = await expectAll(U, [...first, ...whileAway]);
  expect(afterReturn).toEqual(await shown(E));
  // The retry goes out under the same clientMessageId: it shows once everywhere.
  await U.getByTestId('dealroom-pending')
    .getByRole('button', { name: /重\s*试/ })
    .click();
  await expect(U.getByTestId('dealroom-pending')).toHaveCount(0, LOADED);
  for (const page of [E, U, B]) await expectAll(page, [...first, ...whileAway, retried]);
  expect(await shown(U)).toEqual(await shown(E));
  expect(await shown(B)).toEqual(await shown(E));

  await captureAndCheck(E, 'dealroom-chat');

  // The university makes an offer; the enterprise accepts it; every open page moves to TERMS_AGREED.
  await U.getByRole('button', { name: /^报\s*价$/ }).click();
  const offerDialog = U.getByRole('dialog');
  await offerDialog.getByLabel('金额（元）').fill('100000');
  await offerDialog.getByLabel('条款').fill('普通许可三年，首付 30%');
  await offerDialog.getByRole('button', { name: '发出报价' }).click();
  const offerCard = E.getByTestId('dealroom-offer').last();
  await expect(offerCard).toContainText('100,000', LOADED);
  await expect(offerCard).toContainText('普通许可三年，首付 30%');
  await expect(U.getByTestId('dealroom-offer').last().getByRole('button', { name: '接受报价' })).toHaveCount(0);
  const systemBefore = await E.getByTestId('dealroom-log').locator('[data-kind="SYSTEM"]').count();
  await offerCard.getByRole('button', { name: '接受报价' }).click();
  await E.locator('.ant-popconfirm').getByRole('button', { name: '接受报价' }).click();
  for (const page of [E, U]) await expect(page.getByTestId('dealroom').getByTestId('deal-stage')).toHaveText('条款已定', LOADED);
  await expect(B.getByTestId('deal-page')).toHaveAttribute('data-stage', 'TERMS_AGREED', LOADED);
  await expect(B.getByTestId('deal-page').getByTestId('deal-stage').first()).toHaveText('条款已定');
  // The SYSTEM messages of the accepted offer and the stage change arrive in every room alike.
  await expect.poll(() => E.getByTestId('dealroom-log').locator('[data-kind="SYSTEM"]').count(), LOADED).toBeGreaterThan(systemBefore);
  const systemAfter = await E.getByTestId('dealroom-log').locator('[data-kind="SYSTEM"]').count();
  for (const page of [U, B]) await expect(page.getByTestId('dealroom-log').locator('[data-kind="SYSTEM"]')).toHaveCount(systemAfter, LOADED);

  // The broker signs the contract; the deal's page shows stage, history and commission.
  await B.getByRole('tab', { name: '进展' }).click();
  await B.getByLabel('合同类型').click();
  await B.getByTitle('技术许可').click();
  await B.getByLabel('合同金额（元）').fill('100000');
  await expect(B.getByTestId('commission-preview')).toContainText('5.00% × 100,000 元 = 5,000 元', LOADED);
  await B.getByLabel('合同登记号').fill(`E2E-ROOM-${run}`);
  await B.getByRole('button', { name: '登记合同并签约' }).click();
  await expect(B.getByTestId('deal-page').getByTestId('deal-stage').first()).toHaveText('已签约', LOADED);
  await expect(B.getByTestId('deal-commission')).toContainText('5,000 元');
  // Opened by the broker, moved to NEGOTIATING, TERMS_AGREED by the accepted offer, signed.
  await expect(B.getByTestId('history-row')).toHaveCount(4);
  for (const page of [E, U]) await expect(page.getByTestId('dealroom').getByTestId('deal-stage')).toHaveText('已签约', LOADED);
  await captureAndCheck(B, 'deal-page-signed');
  await B.getByRole('tab', { name: '洽谈' }).click();
  await expect(B.locator('[data-testid="dealroom"][data-connection="online"]')).toBeVisible(LOADED);
  await captureAndCheck(B, 'deal-page-chat');
  await B.goto('/broker');
  await expect(B.getByTestId('board')).toBeVisible(LOADED);
  await captureAndCheck(B, 'broker-workbench-after-room');

  // A stranger: signed in, not on the deal. The page says so and the socket is refused.
  const email = `stranger-room-${randomUUID()}@example.test`;
  const password = 'Stranger#2026demo';
  const registered = await api<{ register: { accessToken: string } }>(base, 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', {
    input: { email, password, displayName: '路人', organizationName: `路人公司 ${randomUUID().slice(0, 6)}`, organizationKind: 'ENTERPRISE' },
  });
  const stranger = await openContext(browser, problems, 'stranger');
  await signIn(stranger.page, { email, password }, '/');
  await stranger.page.goto(`/deals/${room.dealId}/room`);
  await expect(stranger.page.getByText('你不是这个洽谈室的成员')).toBeVisible(LOADED);
  await expect(stranger.page.getByTestId('dealroom-log')).toHaveCount(0);
  const socket = await chatSocket(base, registered.register.accessToken);
  try {
    const join = (await socket.timeout(10_000).emitWithAck('conversation:join', { conversationId: room.conversationId })) as { ok: boolean; code?: string };
    expect(join).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const sync = (await socket.timeout(10_000).emitWithAck('conversation:sync', { conversationId: room.conversationId, afterSeq: 0 })) as {
      ok: boolean;
      code?: string;
    };
    expect(sync.ok).toBe(false);
  } finally {
    socket.disconnect();
  }
  // And a socket without a valid token is refused at the handshake.
  await expect(chatSocket(base, 'not-a-token')).rejects.toThrow(/UNAUTHENTICATED/);

  for (const side of [enterprise, university, brokerSide, stranger]) await side.context.close();
  expect(problems, 'CSP violations or uncaught errors on the pages').toEqual([]);
});
