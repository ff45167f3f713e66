import { test as base, expect, type Page } from '@playwright/test';

/** The policy security headers put on the console (shared decision): the journeys run under it. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Puts the console's Content-Security-Policy on every HTML document `page` loads (added here when
 * the server does not send one yet) and collects, prefixed with `label`, what violated it or
 * threw an uncaught error on the page, or asked for a string no dictionary has.
 */
export async function watchPage(page: Page, problems: string[], label = ''): Promise<void> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const headers = response.headers();
    if (!headers['content-security-policy']) headers['content-security-policy'] = CONSOLE_CSP;
    return route.fulfill({ response, headers });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) problems.push(`${label}CSP: ${message.text()}`);
    if (message.text().startsWith('i18n: missing string')) problems.push(`${label}${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}page error: ${error.message}`));
}

/** `page` under the console's CSP (watchPage), failing the test if anything violated it, threw or showed a missing string. */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, pageProblems }, use) => {
    await watchPage(page, pageProblems);
    await use(page);
    expect(pageProblems, 'CSP violations, uncaught errors or missing strings on the page').toEqual([]);
  },
});

export { expect };
