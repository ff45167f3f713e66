import { randomUUID } from 'node:crypto';
import { DEMO, api, signIn } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test } from './support/fixtures';

const LOADED = { timeout: 60_000 };

/**
 * The demo broker's workbench and a deal page as a person clicks them: the board by stage, a
 * stage filter kept in the URL, a deal moved along, LOST asking its reason, the contract signed
 * with the server's commission preview, then stage, history and commission on the page; the
 * demo admin reassigns an open deal's broker; a stranger cannot open the deal.
 */
test('broker: board, filters, moves, contract with commission, admin assignment, stranger refused', async ({ page, browser, baseURL }) => {
  await signIn(page, DEMO.broker, '/broker');
  await page.goto('/broker');
  await expect(page.getByTestId('board')).toBeVisible(LOADED);
  for (const stage of ['INTRODUCED', 'NEGOTIATING', 'TERMS_AGREED', 'CONTRACT_SIGNED', 'LOST']) await expect(page.getByTestId(`column-${stage}`)).toBeVisible();
  await expect(page.getByTestId('capacity')).toContainText('上限');
  await captureAndCheck(page, 'broker-workbench');

  // Stage filter: chosen in the select, kept in the URL, only that column left.
  await page.getByLabel('阶段').click();
  await page.getByTitle('已引荐').click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/stage=INTRODUCED/);
  await expect(page.getByTestId('column-NEGOTIATING')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('column-INTRODUCED')).toBeVisible(LOADED);
  await expect(page.getByTestId('column-LOST')).toHaveCount(0);

  // Open an introduced deal and move it.
  await page.getByTestId('column-INTRODUCED').getByTestId('board-card').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/deals\//);
  const dealUrl = page.url();
  await expect(page.getByTestId('deal-stage')).toHaveText('已引荐', LOADED);
  await captureAndCheck(page, 'deal-page');
  await page.getByRole('button', { name: '推进到「洽谈中」' }).click();
  await page.getByRole('dialog').getByLabel('备注（可选）').fill('首次沟通完成');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*认/ })
    .click();
  await expect(page.getByTestId('deal-stage')).toHaveText('洽谈中', LOADED);

  // LOST asks its reason before anything is sent.
  await page.getByRole('button', { name: '标记为未成交' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*认/ })
    .click();
  await expect(page.getByRole('dialog').getByText('请填写未成交原因')).toBeVisible();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();
  await expect(page.getByTestId('deal-stage')).toHaveText('洽谈中');

  await page.getByRole('button', { name: '推进到「条款已定」' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*认/ })
    .click();
  await expect(page.getByTestId('deal-stage')).toHaveText('条款已定', LOADED);

  // The contract, with the server's commission preview (licence: 5 %).
  await page.getByLabel('合同类型').click();
  await page.getByTitle('技术许可').click();
  await page.getByLabel('合同金额（元）').fill('100000');
  await expect(page.getByTestId('commission-preview')).toContainText('5.00% × 100,000 元 = 5,000 元', LOADED);
  await page.getByLabel('合同登记号').fill(`E2E-${randomUUID().slice(0, 8)}`);
  await page.getByRole('button', { name: '登记合同并签约' }).click();
  await expect(page.getByTestId('deal-stage')).toHaveText('已签约', LOADED);
  await expect(page.getByTestId('deal-commission')).toContainText('5,000 元');
  await expect(page.getByTestId('history-row')).toHaveCount(4);
  await expect(page.getByTestId('deal-moves')).toContainText('当前没有可执行的操作');

  // The administrator reassigns an open deal's broker.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin, '/broker');
  await admin.goto('/broker?stage=NEGOTIATING');
  await admin.getByTestId('column-NEGOTIATING').getByTestId('board-card').first().getByRole('link').click();
  const assign = admin.getByTestId('assign-broker');
  await expect(assign).toBeVisible(LOADED);
  const before = (await admin.getByTestId('deal-page').textContent()) ?? '';
  await assign.getByRole('combobox').click();
  const option = admin.locator('.ant-select-item-option').first();
  const picked = ((await option.textContent()) ?? '').replace(/（.*$/, '');
  await option.click();
  await assign.getByRole('button', { name: /指\s*派/ }).click();
  await expect(admin.getByText(`经纪人: ${picked}`)).toBeVisible(LOADED);
  expect(before).not.toContain(`经纪人: ${picked}`);
  await admin.goto('/broker/queue');
  await expect(admin.getByRole('heading', { name: '待分配的对接' })).toBeVisible(LOADED);
  await adminContext.close();

  // A stranger: signed in, but not on the deal.
  const email = `stranger-${randomUUID()}@example.test`;
  const password = 'Stranger#2026demo';
  await api(baseURL!, 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', {
    input: { email, password, displayName: '路人', organizationName: `路人公司 ${randomUUID().slice(0, 6)}`, organizationKind: 'ENTERPRISE' },
  });
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signIn(stranger, { email, password }, '/');
  await stranger.goto(dealUrl);
  await expect(stranger.getByRole('heading', { name: '无权查看这项对接' })).toBeVisible(LOADED);
  await strangerContext.close();
});
