import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** `npm run bench:web`: the same server and browser as the journeys, one benchmark file, figures printed. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  // Seeds its own 100k database and server: `npm run bench:scoreboard` (playwright.scoreboard.config.ts).
  testIgnore: 'scoreboard.bench.ts',
  globalSetup: './global-setup.ts',
  globalTeardown: '../e2e/global-teardown.ts',
  timeout: 15 * 60_000,
  // No trace recording while timing: it snapshots the page around every action (each message
  // typed, each navigation) on the very main thread being measured.
  use: { ...base.use, trace: 'off' },
  outputDir: '../e2e/.artifacts/bench',
});
