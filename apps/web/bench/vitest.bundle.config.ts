import { defineConfig } from 'vitest/config';

/** `npm run check:bundle`: the bundle budget over the built dist/ (not part of the logic specs). */
export default defineConfig({
  test: {
    include: ['bench/bundle.check.ts'],
    environment: 'node',
  },
});
