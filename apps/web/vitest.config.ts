import { defineConfig } from 'vitest/config';

/** Logic specs only (pure functions); pages are exercised in real Chromium by the Playwright journeys. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'vite-plugins/**/*.test.ts'],
    environment: 'node',
  },
});
