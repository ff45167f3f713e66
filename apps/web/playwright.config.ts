import { defineConfig } from '@playwright/test';

/**
 * Journeys in Debian's Chromium (no browser download) against the server as `npm start` runs it:
 * the built API serving the built console, demo data seeded, on a fresh throwaway database and a
 * free port (e2e/global-setup.ts). E2E_BASE_URL=http://… runs them against a server already up.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Documents the journeys fulfil through page.route (to add the CSP) lose their loopback address
  // space, and Chromium's local-network checks would then block the deal room's WebSocket to 127.0.0.1.
  '--disable-features=LocalNetworkAccessChecks',
];

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.journey.ts',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  outputDir: './e2e/.artifacts/results',
  use: {
    // Set by the global setup (workers start after it and inherit the environment).
    baseURL: process.env.E2E_BASE_URL ?? process.env.TB_E2E_BASE_URL,
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // As a person who asked for less motion: menus and dropdowns open at once, so no click lands on a
    // list still sliding in (on a busy machine such a click was dropped). The console honours it.
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
});
