import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname);

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === 'routes.tsx' ? [path] : [];
  });
}

/** What useRoutes ignores: only a data router (createBrowserRouter) runs these, so a page using one would render nothing. */
const DATA_ROUTER_ONLY = /(^|[{,])\s*(lazy|loader|action|shouldRevalidate)\s*:/m;

describe('client routes', () => {
  it('use nothing that only a data router runs (the console routes declaratively with useRoutes)', () => {
    const files = routeFiles(SRC);
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((file) => DATA_ROUTER_ONLY.test(readFileSync(file, 'utf8'))).map((file) => relative(SRC, file))).toEqual([]);
  });
});
