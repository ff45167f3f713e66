import { describe, expect, it } from 'vitest';

/** Every routes.tsx of the console, as text. */
const ROUTE_FILES = import.meta.glob<string>('./**/routes.tsx', { query: '?raw', import: 'default', eager: true });

/** What useRoutes ignores: only a data router (createBrowserRouter) runs these, so a page using one would render nothing. */
const DATA_ROUTER_ONLY = /(^|[{,])\s*(lazy|loader|action|shouldRevalidate)\s*:/m;

describe('client routes', () => {
  it('use nothing that only a data router runs (the console routes declaratively with useRoutes)', () => {
    expect(Object.keys(ROUTE_FILES).length).toBeGreaterThan(5);
    expect(
      Object.entries(ROUTE_FILES)
        .filter(([, text]) => DATA_ROUTER_ONLY.test(text))
        .map(([file]) => file),
    ).toEqual([]);
  });
});
