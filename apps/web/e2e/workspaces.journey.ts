import type { Page } from '@playwright/test';
import { enterpriseZh as E } from '../src/enterprise/i18n';
import { filesZh as F } from '../src/files/i18n';
import { researchZh as R } from '../src/research/i18n';
import { DEMO, api, signIn, tokenFor } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test } from './support/fixtures';

/**
 * Issue 15's acceptance journey across both sides of the market, clicked through in Chromium
 * against the server as `npm start` runs it (demo seed, worker in process): a researcher
 * registers, records a TEASER result with a patent — the refusals first (a wrong patent check
 * character caught in the browser, TRL 12 refused by the server, both under their fields, nothing
 * created) — and submits it; the demo admin evaluates and publishes it over the API; the demo
 * enterprise finds it with a Chinese search, sees only the teaser, accepts the NDA and sees the
 * details, posts a need, finds the result among the need's matches with reasons, and opens a deal.
 */

const RUN = Date.now().toString(36);
// Words no seeded result uses, so the Chinese search finds this one first.
const TITLE = `褐藻酸钠壳聚糖复合可食用包装膜连续流延技术 ${RUN}`;
const SUMMARY = '以褐藻酸钠与壳聚糖为基材，连续流延成型的可食用、可全降解食品包装膜，阻氧性能接近聚乙烯薄膜。';
const SECRET = `保密配方：褐藻酸钠 62%、壳聚糖 18%，流延温度 85°C（批次 ${RUN}）`;
const GOOD_PATENT = 'CN202310123456.6';
const BAD_PATENT = 'CN202310123456.7';
const PASSWORD = 'Journey#2026pass';
const NEED_TITLE = `食品包装膜全降解替代方案需求 ${RUN}`;

// After a full page load the session refreshes first; on a busy machine that takes a while.
const LOADED = { timeout: 60_000 };

const ui = (text: string, values: Record<string, string> = {}) => text.replace(/\{\{(\w+)\}\}/g, (_all, key: string) => values[key] ?? '');

async function registerResearcher(page: Page, email: string): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('单位类型').click();
  await page.getByTitle('高校', { exact: true }).click();
  await page.getByLabel('单位名称').fill(`海滨理工大学 ${RUN}`);
  await page.getByLabel('姓名').fill('周海藻');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page
    .locator('#main')
    .getByRole('button', { name: /^注 ?册$/ })
    .click();
  await expect(page).not.toHaveURL(/\/register/);
}

async function confirmPopover(page: Page): Promise<void> {
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^确\s?定$|^OK$/ })
    .click();
}

test('a result travels from a researcher to an enterprise deal', async ({ page, browser, baseURL }) => {
  test.setTimeout(600_000);
  const base = baseURL!;
  const email = `researcher-${RUN}@example.edu.cn`;

  // ---- the researcher registers and records a TEASER result ----
  await registerResearcher(page, email);
  await page.goto('/research');
  await expect(page.getByRole('heading', { name: R.title.myResults })).toBeVisible(LOADED);
  await expect(page.getByText(R.empty.results)).toBeVisible(LOADED);
  await captureAndCheck(page, 'research-results-empty');
  await page.getByRole('button', { name: R.nav.newResult }).first().click();
  await expect(page.getByRole('heading', { name: R.title.newResult })).toBeVisible(LOADED);
  // Files are attached once the result exists; the editor says so in the person's language.
  await expect(page.getByText(F.saveFirst)).toBeVisible();

  await page.getByLabel(R.field.title).fill(TITLE);
  await page.getByLabel(R.field.summary).fill(SUMMARY);
  await page.getByLabel(R.field.description).fill(SECRET);
  for (const keyword of ['褐藻酸钠', '可食用包装膜', '流延成型']) {
    await page.getByLabel(R.field.keywords).fill(keyword);
    await page.keyboard.press('Enter');
  }
  await page.getByText(R.resultClass.INDUSTRIAL_INNOVATION, { exact: true }).click();
  await page.getByLabel(R.field.fieldCode).fill('QL.FOOD');
  await page.getByTitle(/QL\.FOOD/).click();
  await page.getByLabel(R.field.trl).fill('12');
  await page.getByRole('button', { name: R.field.addPatent }).click();
  await page.getByLabel(R.field.patentNumber).fill(BAD_PATENT);
  await page.getByLabel(R.field.patentTitle).fill('一种褐藻酸钠复合可食用包装膜及其制备方法');
  await page.getByLabel(R.field.patentGranted).check();
  await page.getByLabel(R.mode.LICENSE).check();
  await page.getByLabel(R.mode.JOINT_DEVELOPMENT).check();
  await page.getByLabel(R.field.negotiable).uncheck();
  await page.getByLabel(R.field.priceMin).fill('800000');
  await page.getByLabel(R.field.priceMax).fill('2000000');
  await page.getByLabel(R.field.needsPilot).check();
  await page.getByLabel(R.visibility.TEASER).check();

  // Refusal 1: the patent's check character, caught in the browser with the server's rule.
  await page.getByRole('button', { name: R.action.create }).click();
  const patentItem = page.locator('.ant-form-item').filter({ has: page.getByLabel(R.field.patentNumber) });
  await expect(patentItem.locator('.ant-form-item-explain-error')).toHaveText(ui(R.rule.patentCheckChar, { expected: '6' }));
  await captureAndCheck(page, 'research-result-form-refused');

  // Refusal 2: TRL 12 goes to the server, whose extensions.fields["input.trl"] lands under TRL.
  await page.getByLabel(R.field.patentNumber).fill(GOOD_PATENT);
  await page.getByRole('button', { name: R.action.create }).click();
  const trlItem = page.locator('.ant-form-item').filter({ has: page.getByLabel(R.field.trl) });
  await expect(trlItem.locator('.ant-form-item-explain-error')).toContainText(/trl/i);
  await expect(patentItem.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await expect(page).toHaveURL(/\/research\/results\/new$/);
  const researcherToken = await tokenFor(base, { email, password: PASSWORD });
  const none = await api<{ me: { organization: { id: string } } }>(base, '{ me { organization { id } } }', {}, researcherToken);
  const count = await api<{ results: { totalCount: number } }>(
    base,
    'query ($o: ID!) { results(filter: { ownerId: $o, status: [DRAFT, SUBMITTED] }) { totalCount } }',
    { o: none.me.organization.id },
    researcherToken,
  );
  expect(count.results.totalCount, 'a refused form creates nothing').toBe(0);

  await page.getByLabel(R.field.trl).fill('6');
  await page.getByRole('button', { name: R.action.create }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByTestId('result-status')).toHaveText(R.status.DRAFT);
  const resultId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByRole('button', { name: R.action.submit }).click();
  await confirmPopover(page);
  await expect(page.getByTestId('result-status')).toHaveText(R.status.SUBMITTED);
  await expect(page.getByText(GOOD_PATENT)).toBeVisible();
  await captureAndCheck(page, 'research-result-submitted');

  // ---- the demo admin evaluates and publishes it (over the API in this part) ----
  const adminToken = await tokenFor(base, DEMO.admin);
  await api(
    base,
    'mutation ($id: ID!) { evaluateResult(id: $id, input: { score: 86, technicalMaturity: 78, marketPotential: 90, comment: "推荐发布", approve: true }) { id } }',
    { id: resultId },
    adminToken,
  );
  await api(base, 'mutation ($id: ID!) { publishResult(id: $id) { id } }', { id: resultId }, adminToken);
  // The bureau verifies the new university too: deals and NDAs are only between verified organizations.
  await api(base, 'mutation ($id: ID!) { verifyOrganization(id: $id) { id } }', { id: none.me.organization.id }, adminToken);

  await page.goto('/research');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible(LOADED);
  await expect(page.getByRole('row', { name: new RegExp(RUN) }).getByText(R.status.PUBLISHED)).toBeVisible();
  await captureAndCheck(page, 'research-results');

  // ---- the demo enterprise searches in Chinese and finds it ----
  const enterpriseContext = await browser.newContext();
  const enterprise = await enterpriseContext.newPage();
  await signIn(enterprise, DEMO.enterprise, '/');
  // The worker indexes the published result in the background: search until it is there.
  const hit = enterprise
    .getByTestId('search-hits')
    .getByRole('link', { name: new RegExp(RUN) })
    .first();
  await expect(async () => {
    await enterprise.goto(`/search?q=${encodeURIComponent('褐藻酸钠 可食用包装膜')}`);
    await expect(hit).toBeVisible({ timeout: 20_000 });
  }).toPass({ timeout: 180_000 });
  // The search and result pages are the public catalogue's: its own journey checks them with axe.
  await hit.click();

  // Only the teaser until the NDA is accepted, then the details.
  await expect(enterprise.getByRole('heading', { name: new RegExp(RUN) }).first()).toBeVisible(LOADED);
  await expect(enterprise.getByText(SUMMARY).first()).toBeVisible();
  await expect(enterprise.getByTestId('nda-gate')).toBeVisible();
  await expect(enterprise.getByText(SECRET)).toHaveCount(0);
  await enterprise.getByText('我已阅读并同意保密协议').click();
  await enterprise.getByRole('button', { name: '签署并查看详情' }).click();
  await expect(enterprise.getByText(SECRET)).toBeVisible();

  // ---- the enterprise posts a need ----
  await enterprise.goto('/enterprise/needs/new');
  await expect(enterprise.getByRole('heading', { name: E.title.newNeed })).toBeVisible(LOADED);
  await expect(enterprise.getByText(F.saveFirst)).toBeVisible();
  await enterprise.getByLabel(E.field.title).fill(NEED_TITLE);
  await enterprise.getByLabel(E.field.summary).fill('寻求褐藻酸钠、壳聚糖等海藻基材料的可食用包装膜技术，替代一次性塑料食品包装，需具备连续流延量产能力。');
  await enterprise.getByLabel(E.field.description).fill('现有产线参数与目标阻氧指标（保密）。');
  for (const keyword of ['可食用包装膜', '褐藻酸钠', '全降解']) {
    await enterprise.getByLabel(E.field.keywords).fill(keyword);
    await enterprise.keyboard.press('Enter');
  }
  await enterprise.getByLabel(E.field.fieldCode).fill('QL.FOOD');
  await enterprise.getByTitle(/QL\.FOOD/).click();
  await enterprise.getByLabel(E.field.minTrl).fill('5');
  await enterprise.getByLabel(E.field.budgetMax).fill('2500000');
  await enterprise.getByLabel(E.mode.LICENSE).check();
  await enterprise.getByLabel(E.mode.JOINT_DEVELOPMENT).check();
  await captureAndCheck(enterprise, 'enterprise-need-form');
  await enterprise.getByRole('button', { name: E.action.create }).click();
  await expect(enterprise.getByRole('heading', { name: NEED_TITLE })).toBeVisible();
  await expect(enterprise.getByTestId('need-status')).toHaveText(E.status.DRAFT);
  // Ant puts a space between two Chinese characters on a button (发 布).
  await enterprise.getByRole('button', { name: /^发\s?布$/ }).click();
  await confirmPopover(enterprise);
  await expect(enterprise.getByTestId('need-status')).toHaveText(E.status.PUBLISHED);

  // ---- the result among the need's matches, with each factor's bar and reason ----
  await enterprise.getByRole('tab', { name: E.detail.tabs.matches }).click();
  const ours = enterprise.getByTestId('need-match').filter({ hasText: RUN });
  // The worker scores the need in the background; "match again" asks for it now.
  await expect(async () => {
    if (!(await ours.count())) {
      await enterprise.getByRole('button', { name: E.action.refreshMatches }).click();
      await enterprise.waitForTimeout(1500);
    }
    await expect(ours).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 120_000 });
  await expect(ours.locator('[data-factor="text"]')).toBeVisible();
  await expect(ours.locator('[data-factor="field"]')).toBeVisible();
  // Reasons in Chinese by default …
  await expect(ours.getByText(/领域|同一/).first()).toBeVisible();
  await captureAndCheck(enterprise, 'enterprise-need-matches');
  // … and in English after switching.
  await enterprise.getByRole('button', { name: 'English' }).click();
  await expect(ours.getByText(/field/i).first()).toBeVisible();
  await enterprise.getByRole('button', { name: '中文' }).click();

  // ---- opens a deal for the pair ----
  await ours.getByRole('button', { name: E.action.openDeal }).click();
  await expect(ours.getByText(E.dealStage.INTRODUCED)).toBeVisible();
  await enterprise.goto('/enterprise/deals');
  await expect(enterprise.getByTestId('deal-row').filter({ hasText: RUN })).toBeVisible(LOADED);
  await captureAndCheck(enterprise, 'enterprise-deals');

  // The researcher sees the need among the result's matches and who accepted the NDA.
  await page.goto(`/research/results/${resultId}`);
  await page.getByRole('tab', { name: R.detail.tabs.ndas }).click(LOADED);
  await expect(page.getByRole('tabpanel').getByText(/海城新能源/)).toBeVisible();
  await captureAndCheck(page, 'research-result-ndas');
  await page.getByRole('tab', { name: R.detail.tabs.pilots }).click();
  await captureAndCheck(page, 'research-result-pilots');
  await enterpriseContext.close();
});
