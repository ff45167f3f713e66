import { join } from 'node:path';
import { expect, test } from 'vitest';
import { routeBundles } from './bundle';

/**
 * `npm run check:bundle`: fails when a route's initial JavaScript (gzipped) is over the budget or
 * the route table in bench/bundle.ts names a page the build does not have. Reads dist/, so it
 * runs after `npm run build`.
 */
const BUDGET_KB = 300;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

test(`every route's initial JavaScript is at most ${BUDGET_KB} KB gzipped`, () => {
  const report = routeBundles(join(import.meta.dirname, '..', 'dist'));
  const lines = [`Initial JavaScript per route (gzip -9; budget ${BUDGET_KB} KB) — shell ${kb(report.shellJs)} KB`];
  for (const route of report.routes) {
    const flag = route.initialJs / 1024 > BUDGET_KB ? '  OVER BUDGET' : '';
    lines.push(`  ${route.route.padEnd(28)} ${kb(route.initialJs).padStart(7)} KB  (route chunks ${kb(route.routeJs).padStart(6)} KB)${flag}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  expect(report.missing, 'sources named in bench/bundle.ts that the build does not have').toEqual([]);
  expect(report.routes.filter((route) => route.initialJs / 1024 > BUDGET_KB).map((route) => `${route.route} ${kb(route.initialJs)} KB`)).toEqual([]);
});
