import type { Browser, Page } from '@playwright/test';
import { accountZh as A } from '../src/auth/account.i18n';
import { mailZh as M } from '../src/mail/i18n';
import { notificationsPageZh as N } from '../src/notifications/i18n';
import { DEMO, api, signIn } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test } from './support/fixtures';

/**
 * Issue 19's account acceptance in Chromium, with the mail kept in the database (no SMTP_URL, as
 * the demo runs): forgot password answers alike for any address → the mail appears in the admins'
 * mailbox page → its link resets the password and signs in → the old session's refresh token is
 * refused → the link cannot be used twice. Also: the registration's verification link, and the
 * notification preferences reached from the user menu.
 */

const RUN = Date.now().toString(36);
const EMAIL = `reset-${RUN}@example.edu.cn`;
const OLD_PASSWORD = 'Journey#2026old';
const NEW_PASSWORD = 'Journey#2026new';
// A reset verifies the address too (the mail reached its owner), so verification gets its own account.
const UNVERIFIED = `verify-${RUN}@example.edu.cn`;
const LOADED = { timeout: 60_000 };
// Ant Design puts a space between the two characters of a two-character Chinese button label.
const button = (label: string) => new RegExp(`^${[...label].join('\\s?')}$`);

/** The admin's mailbox filtered to one address; returns the link of the newest mail matching `subject`. */
async function linkFromMailbox(admin: Page, to: string, subject: RegExp, path: string, shoot?: string): Promise<string> {
  await admin.goto(`/admin/mailbox?to=${encodeURIComponent(to)}`);
  await expect(admin.getByRole('heading', { name: M.title })).toBeVisible(LOADED);
  const mail = admin
    .getByTestId('mail')
    .filter({ has: admin.getByRole('heading', { name: subject }) })
    .first();
  await expect(mail).toBeVisible(LOADED);
  await mail.getByRole('button', { name: M.show }).click();
  const link = mail.getByRole('link', { name: new RegExp(path) });
  await expect(link).toBeVisible();
  if (shoot) await captureAndCheck(admin, shoot);
  const href = await link.getAttribute('href');
  expect(href).toMatch(new RegExp(`^${admin.url().split('/admin')[0]}${path}\\?token=`));
  if (shoot) {
    // The HTML version, sandboxed as a mail client would show it, carries the same link.
    await mail.getByRole('button', { name: M.asHtml }).click();
    const html = mail.frameLocator('[data-testid=mail-html]');
    await expect(html.locator(`a[href="${href}"]`)).toBeVisible();
    await expect(html.locator('base')).toHaveAttribute('target', '_blank');
    await captureAndCheck(admin, `${shoot}-html`);
    await mail.getByRole('button', { name: M.asText }).click();
    await expect(link).toBeVisible();
  }
  return new URL(href!).pathname + new URL(href!).search;
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('forgot password → mailbox → the link resets it → the old session ends → the link works once', async ({ page, browser, baseURL }) => {
  test.setTimeout(600_000);
  const base = baseURL!;
  await api(base, 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', {
    input: { email: EMAIL, password: OLD_PASSWORD, displayName: '沈忘记', organizationKind: 'UNIVERSITY', organizationName: `找回密码大学 ${RUN}` },
  });
  await api(base, 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', {
    input: { email: UNVERIFIED, password: OLD_PASSWORD, displayName: '林验证', organizationKind: 'ENTERPRISE', organizationName: `验证邮箱企业 ${RUN}` },
  });

  // An old session in another browser, whose refresh token must stop working.
  const old = await newPage(browser);
  await signIn(old, { email: EMAIL, password: OLD_PASSWORD }, '/settings');
  await expect(old.getByRole('heading', { name: A.settings.title })).toBeVisible(LOADED);
  const oldRefresh = await old.evaluate(() => window.localStorage.getItem('tb.refresh'));
  expect(oldRefresh).toBeTruthy();

  // ---- the login page links to forgot password, which says the same for any address ----
  await page.goto('/login');
  await page.getByRole('link', { name: A.forgotLink }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole('heading', { name: A.forgot.title })).toBeVisible();
  await captureAndCheck(page, 'account-forgot');
  await page.getByLabel('电子邮箱').fill(`nobody-${RUN}@example.org`);
  await page.getByRole('button', { name: A.forgot.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: A.forgot.sent })).toBeVisible();
  await page.getByRole('button', { name: A.forgot.again }).click();
  await page.getByLabel('电子邮箱').fill(EMAIL);
  await page.getByRole('button', { name: A.forgot.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: A.forgot.sent })).toBeVisible();

  // ---- the mail, as the demo admin sees it in the mailbox ----
  const admin = await newPage(browser);
  await signIn(admin, DEMO.admin, '/admin/mailbox');
  const resetLink = await linkFromMailbox(admin, EMAIL, /密码重置/, '/reset-password', 'mailbox');
  // Nothing was mailed to the unknown address.
  await admin.goto(`/admin/mailbox?to=${encodeURIComponent(`nobody-${RUN}@example.org`)}`);
  await expect(admin.getByRole('status').filter({ hasText: M.empty })).toBeVisible(LOADED);

  // ---- the link resets the password and signs in ----
  await page.goto(resetLink);
  await expect(page.getByRole('heading', { name: A.reset.title })).toBeVisible();
  await captureAndCheck(page, 'account-reset');
  await page.getByLabel(A.reset.newPassword, { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(A.reset.confirm).fill(`${NEW_PASSWORD}x`);
  await page.getByRole('button', { name: A.reset.submit }).click();
  await expect(page.getByText(A.reset.mismatch)).toBeVisible();
  await page.getByLabel(A.reset.confirm).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: A.reset.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: A.reset.done })).toBeVisible(LOADED);
  await expect(page.getByRole('button', { name: /账户/ })).toBeVisible();

  // ---- the old session is over: its refresh token is refused, a reload signs it out ----
  const refreshed = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($t: String!) { refreshToken(token: $t) { accessToken } }', variables: { t: oldRefresh } }),
  });
  const body = (await refreshed.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  await old.reload();
  await expect(old).toHaveURL(/\/login/, LOADED);

  // ---- the link cannot be used twice ----
  const again = await newPage(browser);
  await again.goto(resetLink);
  await again.getByLabel(A.reset.newPassword, { exact: true }).fill('Journey#2026third');
  await again.getByLabel(A.reset.confirm).fill('Journey#2026third');
  await again.getByRole('button', { name: A.reset.submit }).click();
  await expect(again.getByRole('alert').filter({ hasText: A.reset.invalid })).toBeVisible(LOADED);
  await expect(again.getByRole('link', { name: A.reset.requestNew })).toBeVisible();
  await captureAndCheck(again, 'account-reset-used');

  // The new password signs in; the old one does not.
  const fresh = await newPage(browser);
  await signIn(fresh, { email: EMAIL, password: NEW_PASSWORD }, '/');
  const oldLogin = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      variables: { i: { email: EMAIL, password: OLD_PASSWORD } },
    }),
  });
  expect(((await oldLogin.json()) as { errors?: unknown[] }).errors).toBeDefined();

  // ---- the registration's verification mail: its link verifies the address, once ----
  const verifyLink = await linkFromMailbox(admin, UNVERIFIED, /验证/, '/verify-email');
  await signIn(fresh, { email: UNVERIFIED, password: OLD_PASSWORD }, '/settings');
  await expect(fresh.getByText(A.settings.unverified, { exact: true })).toBeVisible(LOADED);
  await fresh.goto(verifyLink);
  await expect(fresh.getByRole('status').filter({ hasText: A.verify.done })).toBeVisible(LOADED);
  await captureAndCheck(fresh, 'account-verified');
  await fresh.goto(verifyLink);
  await expect(fresh.getByRole('alert').filter({ hasText: A.verify.invalid })).toBeVisible(LOADED);
  await fresh.goto('/settings');
  await expect(fresh.getByText(A.settings.verified, { exact: true })).toBeVisible(LOADED);
});

test('notification preferences are set from the user menu and kept', async ({ page }) => {
  await signIn(page, DEMO.enterprise, '/');
  await page.getByRole('button', { name: /账户/ }).click();
  await page.getByRole('menuitem', { name: A.settings.menu }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { name: A.settings.notificationsHeading })).toBeVisible(LOADED);
  await page.getByRole('radio', { name: A.settings.IN_APP_ONLY }).check();
  await expect(page.getByRole('switch', { name: A.settings.dailyDigest })).toBeDisabled();
  await page.getByRole('radio', { name: A.settings.MAIL_TOO }).check();
  await page.getByRole('switch', { name: A.settings.dailyDigest }).click();
  await page.getByRole('radio', { name: A.settings.EN }).check();
  await page.getByRole('button', { name: button(A.settings.save) }).click();
  await expect(page.getByText(A.settings.saved)).toBeVisible();
  await captureAndCheck(page, 'account-settings');
  await page.reload();
  await expect(page.getByRole('radio', { name: A.settings.MAIL_TOO })).toBeChecked(LOADED);
  await expect(page.getByRole('switch', { name: A.settings.dailyDigest })).toBeChecked();
  await expect(page.getByRole('radio', { name: A.settings.EN })).toBeChecked();
  // Back to the defaults (mail too, no digest, Chinese) for the journeys that follow.
  await page.getByRole('switch', { name: A.settings.dailyDigest }).click();
  await page.getByRole('radio', { name: A.settings.ZH }).check();
  await page.getByRole('button', { name: button(A.settings.save) }).click();
  await expect(page.getByText(A.settings.saved)).toBeVisible();

  // The page notification mails without a deal link to, also reached from the bell.
  await page.getByTestId('notification-bell').click();
  await page.getByRole('link', { name: N.all }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: N.title })).toBeVisible(LOADED);
  await expect(page.getByTestId('notification').first()).toBeVisible(LOADED);
  await captureAndCheck(page, 'notifications');
});
