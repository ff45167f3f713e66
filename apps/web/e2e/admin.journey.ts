import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { creditCodeCheckChar } from '../src/admin/credit-code';
import { DEMO, api, signIn, tokenFor } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test } from './support/fixtures';

const LOADED = { timeout: 60_000 };
const DAY = 86_400_000;

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id organization { id } } } }`;
const CREATE_RESULT = `mutation ($input: ResultInput!) { createResult(input: $input) { id } }`;

function resultInput(title: string, resultClass: string) {
  return {
    title,
    summary: '一种可量产的硫化物固态电解质薄膜工艺，室温离子电导率高。',
    description: '详细工艺参数与配方。',
    keywords: ['固态电池', 'solid electrolyte'],
    resultClass,
    fieldCode: 'JL.SSB',
    trl: 5,
    patents: [],
    transferModes: ['LICENSE'],
    askingPrice: { min: '500000', max: '2000000', negotiable: false },
    needsPilot: true,
    visibility: 'PUBLIC',
  };
}

/** A well-formed unified social credit code no other run uses (Qingdao's division code). */
function freshCreditCode(): string {
  const digits = Array.from(randomBytes(9), (b) => String(b % 10)).join('');
  const prefix = `91370200${digits}`;
  return prefix + creditCodeCheckChar(prefix);
}

async function register(base: string, kind: string, run: string, name: string, extra: Record<string, unknown> = {}) {
  const email = `${kind.toLowerCase()}-${run}@example.test`;
  const data = await api<{ register: { accessToken: string; user: { id: string; organization: { id: string } } } }>(base, REGISTER, {
    input: {
      email,
      password: 'Journey#2026pass',
      displayName: name,
      organizationName: `${name}所在单位`,
      organizationKind: kind,
      district: '崂山区',
      ...extra,
    },
  });
  return { token: data.register.accessToken, userId: data.register.user.id, organizationId: data.register.user.organization.id, email };
}

/**
 * An Ant Design Select's open dropdown once its opening motion is over: an option clicked while the
 * dropdown still slides in (long on a busy machine) is not taken, and the list stays open.
 */
function openDropdown(page: Page) {
  return page.locator('.ant-select-dropdown:visible:not([class*="-appear"]):not([class*="-enter"])');
}

/** Picks an option of a labelled Select and waits until the Select shows it. */
async function choose(page: Page, label: string, option: string | RegExp, typed?: string) {
  const box = page.getByLabel(label, { exact: true });
  const item = page.locator('.ant-select').filter({ has: box });
  await expect(async () => {
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    if (typed !== undefined) await box.fill(typed);
    await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 5_000 });
    await expect(item).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * The bureau's administrator runs the console as a person would: a submitted result through
 * evaluation (a refused score under its field first), publication and the year's major-result
 * selection; an organization verified with its credit code checked; a broker certified; a pilot
 * platform listed, one booking approved and an overlapping one refused with the server's CONFLICT
 * explained, the approval on the calendar; a key platform's service team edited with its funnel.
 */
test('admin: evaluation to publication, organizations, brokers, pilot bookings with CONFLICT, service team', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const base = baseURL!;
  const run = randomBytes(3).toString('hex');
  const creditCode = freshCreditCode();
  const adminToken = await tokenFor(base, DEMO.admin);

  // ---- set-up over the API: a university with a submitted result and a published one, a broker-to-be, a platform operator ----
  const university = await register(base, 'UNIVERSITY', run, `海滨理工学院${run}`, { creditCode, organizationName: `海滨理工学院${run}` });
  const submittedTitle = `钙钛矿叠层电池封装工艺${run}`;
  const submitted = await api<{ createResult: { id: string } }>(
    base,
    CREATE_RESULT,
    { input: resultInput(submittedTitle, 'INDUSTRIAL_INNOVATION') },
    university.token,
  );
  await api(base, 'mutation ($id: ID!) { submitResult(id: $id) { id } }', { id: submitted.createResult.id }, university.token);
  const piloted = await api<{ createResult: { id: string } }>(
    base,
    CREATE_RESULT,
    { input: resultInput(`固态电解质中试验证${run}`, 'INDUSTRIAL_INNOVATION') },
    university.token,
  );
  await api(base, 'mutation ($id: ID!) { submitResult(id: $id) { id } }', { id: piloted.createResult.id }, university.token);
  await api(
    base,
    'mutation ($id: ID!) { evaluateResult(id: $id, input: { score: 80, technicalMaturity: 75, marketPotential: 85, approve: true }) { id } }',
    { id: piloted.createResult.id },
    adminToken,
  );
  await api(base, 'mutation ($id: ID!) { publishResult(id: $id) { id } }', { id: piloted.createResult.id }, adminToken);
  const candidate = await register(base, 'SERVICE_AGENCY', run, `王经纪${run}`);
  await register(base, 'INNOVATION_PLATFORM', run, `蓝谷中试中心${run}`, { organizationName: `蓝谷中试中心${run}` });
  // The demo seed's key platform with a service team: the demo university.
  const keys = await api<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
    base,
    '{ organizations(first: 5, keyPlatform: true, search: "海滨大学") { edges { node { id name } } } }',
    {},
    adminToken,
  );
  const teamPlatform = keys.organizations.edges.find((edge) => edge.node.name === '海滨大学')?.node;
  expect(teamPlatform, 'the demo seed makes 海滨大学 a key platform with a team').toBeDefined();

  // ---- evaluation and publication ----
  await signIn(page, DEMO.admin, '/');
  await page.getByRole('link', { name: '管理后台' }).first().click();
  await expect(page).toHaveURL(/\/admin\/evaluation/);
  await expect(page.getByTestId('funnel-collected')).toContainText(/\d/, LOADED);
  const row = page.getByTestId('result-row').filter({ hasText: submittedTitle });
  await expect(row).toBeVisible(LOADED);
  await captureAndCheck(page, 'admin-evaluation');
  const publishedBefore = Number((await page.getByTestId('funnel-published').locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));

  await row.getByRole('button', { name: /^评\s*审$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('综合评分（0–100）').fill('120');
  await dialog.getByLabel('技术成熟度（0–100）').fill('82');
  await dialog.getByLabel('市场前景（0–100）').fill('90');
  await choose(page, '成果类别（"3"）', '自主创新重大成果');
  await dialog.getByLabel('评审意见').fill('技术路线清晰，建议列入年度重大成果');
  await dialog.getByRole('button', { name: '提交评审' }).click();
  // The server's refusal lands under the score; nothing was recorded.
  await expect(dialog.locator('#score_help, .ant-form-item-explain-error').first()).toBeVisible(LOADED);
  await captureAndCheck(page, 'admin-evaluation-form');
  await dialog.getByLabel('综合评分（0–100）').fill('88');
  await dialog.getByRole('button', { name: '提交评审' }).click();
  await expect(page.getByText('已记录评审')).toBeVisible(LOADED);
  await expect(row).toHaveCount(0);

  await page.getByRole('tab', { name: /待发布/ }).click();
  const toPublish = page.getByTestId('result-row').filter({ hasText: submittedTitle });
  await expect(toPublish).toContainText('自主创新重大成果', LOADED);
  await expect(toPublish).toContainText('评分 88');
  await toPublish.getByRole('button', { name: /^发\s*布$/ }).click();
  await expect(page.getByText(`已发布：${submittedTitle}`)).toBeVisible(LOADED);
  await expect(page.getByTestId('funnel-published')).toContainText((publishedBefore + 1).toLocaleString('en-US'), LOADED);

  await page.getByRole('tab', { name: '已发布' }).click();
  const year = new Date().getFullYear();
  const published = page.getByTestId('result-row').filter({ hasText: submittedTitle });
  await published.getByRole('button', { name: `评为 ${year} 年度重大成果` }).click();
  await expect(published.getByText(`${year} 年度重大成果`)).toBeVisible(LOADED);

  // ---- organizations: the credit code checked, then verified ----
  await page.getByRole('navigation', { name: '管理后台' }).getByText('机构').click();
  await expect(page).toHaveURL(/\/admin\/organizations/);
  await page.getByLabel('名称或统一社会信用代码').fill(creditCode);
  await page.getByRole('button', { name: /^搜\s*索$/ }).click();
  const org = page.getByTestId('org-row').filter({ hasText: `海滨理工学院${run}` });
  await expect(org).toContainText(creditCode, LOADED);
  await expect(org).toContainText('校验位正确');
  await expect(org).toContainText('待审核');
  await captureAndCheck(page, 'admin-organizations');
  await org.getByRole('button', { name: '审核通过' }).click();
  await expect(page.getByText(`已审核：海滨理工学院${run}`)).toBeVisible(LOADED);
  await expect(org).toHaveCount(0);
  await page.getByText('已审核', { exact: true }).first().click();
  await expect(page.getByTestId('org-row').filter({ hasText: `海滨理工学院${run}` })).toContainText('已审核', LOADED);

  // ---- brokers: certify the candidate ----
  await page.getByRole('navigation', { name: '管理后台' }).getByText('经纪人').click();
  await expect(page).toHaveURL(/\/admin\/brokers/);
  await choose(page, '人员', new RegExp(candidate.email), candidate.email);
  await choose(page, '等级', '中级');
  await choose(page, '服务领域', /固态电池/, '固态');
  await page.keyboard.press('Escape');
  await page.getByLabel('同时在办上限').fill('3');
  await page.getByLabel('培训学时').fill('40');
  await page.getByLabel('证书编号').fill(`QD-${run}`);
  await page.getByRole('button', { name: /^认\s*证$/ }).click();
  await expect(page.getByText(`已认证：王经纪${run}`)).toBeVisible(LOADED);
  const broker = page.getByTestId('broker-row').filter({ hasText: candidate.email });
  await expect(broker).toContainText('中级 · 在办 0 / 3 · 培训 40 学时', LOADED);
  await captureAndCheck(page, 'admin-brokers');

  // ---- pilot platforms: list one, decide two overlapping requests ----
  await page.getByRole('navigation', { name: '管理后台' }).getByText('中试平台').click();
  await expect(page).toHaveURL(/\/admin\/pilot/);
  await page.getByRole('button', { name: '新增平台' }).click();
  const platformName = `蓝谷固态电池中试线${run}`;
  const form = page.getByRole('dialog');
  await form.getByLabel('平台名称').fill(platformName);
  await choose(page, '运营机构', `蓝谷中试中心${run}`, `蓝谷中试中心${run}`);
  await choose(page, '服务领域', /固态电池/, '固态');
  await page.keyboard.press('Escape');
  await form.getByLabel('工艺与设备').fill('干法电极');
  await page.keyboard.press('Enter');
  await form.getByLabel('区（市）').fill('崂山区');
  await form.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByText('已保存平台')).toBeVisible(LOADED);
  await expect(page.getByTestId('platform-row').filter({ hasText: platformName })).toContainText('干法电极', LOADED);
  await captureAndCheck(page, 'admin-pilot');

  const platforms = await api<{ pilotPlatforms: { edges: { node: { id: string; name: string } }[] } }>(
    base,
    '{ pilotPlatforms(first: 10) { edges { node { id name } } } }',
  );
  const platformId = platforms.pilotPlatforms.edges.find((edge) => edge.node.name === platformName)!.node.id;
  const start = Date.now() + 20 * DAY;
  const book = (fromDays: number, days: number) =>
    api(
      base,
      'mutation ($input: PilotBookingInput!) { requestPilotBooking(input: $input) { id } }',
      {
        input: {
          platformId,
          resultId: piloted.createResult.id,
          from: new Date(start + fromDays * DAY).toISOString(),
          to: new Date(start + (fromDays + days) * DAY).toISOString(),
        },
      },
      university.token,
    );
  await book(0, 5);
  await book(2, 5);
  await page.reload();
  await page.getByRole('tab', { name: /预订申请/ }).click();
  const requests = page.getByTestId('booking-row').filter({ hasText: platformName });
  await expect(requests).toHaveCount(2, LOADED);
  await requests
    .first()
    .getByRole('button', { name: /^批\s*准$/ })
    .click();
  await expect(page.getByText('已批准预订')).toBeVisible(LOADED);
  await expect(requests).toHaveCount(1, LOADED);
  await requests
    .first()
    .getByRole('button', { name: /^批\s*准$/ })
    .click();
  await expect(requests.first().getByRole('alert')).toContainText('无法批准：该时段与本平台已批准的预订重叠。', LOADED);
  await captureAndCheck(page, 'admin-pilot-conflict');
  await page.getByRole('tab', { name: '已批准日历' }).click();
  await expect(page.getByTestId('approved-row').filter({ hasText: platformName })).toBeVisible(LOADED);
  await captureAndCheck(page, 'admin-pilot-calendar');

  // ---- service team: add the new broker to a key platform's team ----
  await page.getByRole('navigation', { name: '管理后台' }).getByText('服务团队').click();
  await expect(page).toHaveURL(/\/admin\/service-teams/);
  await choose(page, '重点创新平台', teamPlatform!.name, teamPlatform!.name);
  await expect(page.getByTestId('team-funnel-collected')).toBeVisible(LOADED);
  await choose(page, '技术经纪人（1–20 名）', new RegExp(`王经纪${run}`), `王经纪${run}`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '保存团队' }).click();
  await expect(page.getByText('已保存服务团队')).toBeVisible(LOADED);
  const team = await api<{ serviceTeam: { brokers: { id: string }[] } }>(
    base,
    'query ($id: ID!) { serviceTeam(organizationId: $id) { brokers { id } } }',
    { id: teamPlatform!.id },
    adminToken,
  );
  expect(team.serviceTeam.brokers.map((b) => b.id)).toContain(candidate.userId);
  await captureAndCheck(page, 'admin-service-teams');
});
