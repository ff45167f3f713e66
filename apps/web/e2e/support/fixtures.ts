import { test as base, expect } from '@playwright/test';

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
 * `page` with the console's Content-Security-Policy enforced on every HTML document (added here
 * when the server does not send one yet) and a check that nothing on the page violated it or
 * threw an uncaught error.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, pageProblems }, use) => {
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const headers = response.headers();
      if (!headers['content-security-policy']) headers['content-security-policy'] = CONSOLE_CSP;
      return route.fulfill({ response, headers });
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) pageProblems.push(`CSP: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    await use(page);
    expect(pageProblems, 'CSP violations or uncaught errors on the page').toEqual([]);
  },
});

export { expect };
