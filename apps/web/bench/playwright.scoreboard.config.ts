import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** `npm run bench:scoreboard`: the scoreboard benchmark starts its own server on a 100k-seeded database, so no demo server here. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'scoreboard.bench.ts',
  globalSetup: undefined,
  globalTeardown: undefined,
  timeout: 60 * 60_000,
  outputDir: '../e2e/.artifacts/bench',
});
