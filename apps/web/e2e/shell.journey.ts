import { captureAndCheck } from './support/checks';
import { randomBytes } from 'node:crypto';
import { DEMO, api, signIn, tokenFor } from './support/accounts';
import { expect, test } from './support/fixtures';

test.describe('console shell', () => {
  test('opens in Chinese, switches to English and back', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: '找成果与需求' }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Find results & needs' }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('link', { name: 'Find results & needs' }).first()).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('link', { name: '找成果与需求' }).first()).toBeVisible();
  });

  test('signs in, shows the role’s workspace and the bell, keeps the session over a reload, signs out', async ({ page }) => {
    await page.goto('/login');
    await captureAndCheck(page, 'login');
    await signIn(page, DEMO.enterprise, '/enterprise');
    await expect(page).toHaveURL(/\/enterprise$/);
    await expect(page.getByRole('link', { name: '我的需求' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: '我的成果' })).toHaveCount(0);
    await expect(page.getByTestId('notification-bell')).toBeVisible();
    // The access token is in memory only: a reload signs in again with the rotated refresh token.
    await page.reload();
    await expect(page.getByTestId('notification-bell')).toBeVisible();
    await expect(page).toHaveURL(/\/enterprise$/);
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => /access/i.test(key)))).toEqual([]);
    await page.getByRole('button', { name: '账户' }).click();
    // The journeys ask for reduced motion (see playwright.config.ts): the menu opens without sliding in.
    await expect(page.getByRole('menuitem', { name: '退出登录' })).toBeVisible();
    await expect(page.locator('.ant-dropdown[class*="-appear"], .ant-dropdown[class*="-enter"]')).toHaveCount(0, { timeout: 100 });
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(page.getByRole('banner').getByRole('button', { name: /^登 ?录$/ })).toBeVisible();
    await page.goto('/enterprise');
    await expect(page).toHaveURL(/\/login\?next=%2Fenterprise/);
  });

  test('two tabs that sign in again at the same moment both stay signed in, and sign out together', async ({ page }) => {
    await signIn(page, DEMO.enterprise, '/enterprise');
    await expect(page.getByTestId('notification-bell')).toBeVisible();
    const second = await page.context().newPage();
    await second.goto('/enterprise');
    await expect(second.getByTestId('notification-bell')).toBeVisible();
    // Both reloads present the one stored refresh token; the server revokes a session whose token
    // comes twice, so only tabs that take turns keep it.
    await Promise.all([page.reload(), second.reload()]);
    for (const tab of [page, second]) {
      await expect(tab.getByTestId('notification-bell')).toBeVisible();
      await expect(tab).toHaveURL(/\/enterprise$/);
    }
    await page.reload();
    await expect(page.getByTestId('notification-bell')).toBeVisible();

    await page.getByRole('button', { name: '账户' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(second.getByRole('banner').getByRole('button', { name: /^登 ?录$/ })).toBeVisible();
    await second.close();
  });

  test('a wrong password is refused on the form', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('电子邮箱').fill(DEMO.enterprise.email);
    await page.getByLabel('密码').fill('not-the-password');
    await page
      .getByRole('main')
      .getByRole('button', { name: /^登 ?录$/ })
      .click();
    await expect(page.getByRole('alert').filter({ hasText: '邮箱或密码不正确' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('registration shows the server’s field errors under the fields', async ({ page }) => {
    await page.goto('/register');
    await captureAndCheck(page, 'register');
    await page.getByLabel('单位类型').click();
    await page.getByTitle('企业', { exact: true }).click();
    await page.getByLabel('单位名称').fill('测试企业');
    await page.getByLabel('姓名').fill('测试');
    await page.getByLabel('电子邮箱').fill(`web-e2e-${Date.now()}@example.org`);
    await page.getByLabel('密码').fill('short');
    await page
      .getByRole('main')
      .getByRole('button', { name: /^注 ?册$/ })
      .click();
    // The password rule lives on the server; its message appears under the password field.
    const passwordItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('密码') });
    await expect(passwordItem.locator('.ant-form-item-explain-error')).toBeVisible();
    await expect(page).toHaveURL(/\/register/);
  });

  test('the bell counts a fresh notification, marks it read, and the notifications page filters unread', async ({ page, baseURL }) => {
    const base = baseURL!;
    const run = randomBytes(3).toString('hex');
    const password = 'Journey#2026pass';
    const register = async (kind: string, name: string) => {
      const email = `bell-${kind.toLowerCase()}-${run}@example.test`;
      const data = await api<{ register: { accessToken: string } }>(base, 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', {
        input: { email, password, displayName: name, organizationName: `${name}单位`, organizationKind: kind, district: '崂山区' },
      });
      return { email, password, token: data.register.accessToken };
    };
    // A new researcher's published TEASER result, whose NDA the demo enterprise accepts: the owner is told.
    const researcher = await register('UNIVERSITY', `铃声研究员${run}`);
    const title = `低温余热发电螺杆膨胀机${run}`;
    const created = await api<{ createResult: { id: string } }>(
      base,
      'mutation ($input: ResultInput!) { createResult(input: $input) { id } }',
      {
        input: {
          title,
          summary: '面向钢厂低温余热的螺杆膨胀发电机组。',
          description: '机组参数与现场数据。',
          keywords: ['余热发电'],
          resultClass: 'INDUSTRIAL_INNOVATION',
          fieldCode: 'JL.SSB',
          trl: 6,
          patents: [],
          transferModes: ['LICENSE'],
          askingPrice: { min: '300000', max: '900000', negotiable: true },
          needsPilot: false,
          visibility: 'TEASER',
        },
      },
      researcher.token,
    );
    const id = created.createResult.id;
    const admin = await tokenFor(base, DEMO.admin);
    await api(base, 'mutation ($id: ID!) { submitResult(id: $id) { id } }', { id }, researcher.token);
    await api(
      base,
      'mutation ($id: ID!) { evaluateResult(id: $id, input: { score: 80, technicalMaturity: 75, marketPotential: 85, approve: true }) { id } }',
      { id },
      admin,
    );
    await api(base, 'mutation ($id: ID!) { publishResult(id: $id) { id } }', { id }, admin);
    await api(base, 'mutation ($id: ID!) { acceptResultNda(id: $id) { id } }', { id }, await tokenFor(base, DEMO.enterprise));

    await signIn(page, researcher, '/research');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAccessibleName('通知，1 条未读', { timeout: 60_000 });
    await bell.click();
    const item = page.getByRole('listitem').filter({ hasText: '成果保密协议已签署' });
    await expect(item).toContainText(title);
    await item.getByRole('button', { name: '标为已读' }).click();
    await expect(bell).toHaveAccessibleName('通知，0 条未读');
    await expect(item.getByRole('button', { name: '标为已读' })).toHaveCount(0);

    await page.getByRole('link', { name: '全部通知' }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    const card = page.getByTestId('notification').filter({ hasText: title });
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: '标为已读' })).toHaveCount(0);
    await captureAndCheck(page, 'notifications');
    await page.getByText('只看未读').click();
    await expect(page.getByText('暂无通知')).toBeVisible();
    await expect(page.getByTestId('notification')).toHaveCount(0);
  });

  test('an unknown client route is the console’s 404, an unknown API path is not', async ({ page, request }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    const health = await request.get('/health');
    expect(health.headers()['content-type']).toContain('application/json');
    const agenda = await request.get('/events/00000000-0000-0000-0000-000000000000/agenda.ics', { headers: { accept: 'text/html' } });
    expect(agenda.headers()['content-type'] ?? '').not.toContain('text/html');
  });

  test('GraphiQL is served locally at /graphiql and runs a query', async ({ page }) => {
    await page.goto('/graphiql');
    await expect(page.locator('.graphiql-container')).toBeVisible();
    await expect(page.getByRole('button', { name: /Execute query/i }).first()).toBeVisible();
  });
});
