import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startTestApp, TestApp } from '../support';

/** A stand-in for apps/web/dist, so the serving rules are tested without building the console. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tb-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title><div id="root"></div>');
  writeFileSync(join(dir, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
  writeFileSync(join(dir, 'assets', 'main-AbC123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

const page = { accept: 'text/html,application/xhtml+xml' };

describe('web console served by the API', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = fakeBuild();
    t = await startTestApp({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes, never cached', async () => {
    for (const path of ['/', '/search?q=%E9%92%99%E9%92%9B%E7%9F%BF', '/results/1b0c6f1e-0000-4000-8000-000000000000', '/matchmaking']) {
      const response = await fetch(`${t.url}${path}`, { headers: page });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      await expect(response.text()).resolves.toContain('<title>console</title>');
    }
  });

  it('serves hashed assets for a year and other files briefly; a missing asset is a 404, not the page', async () => {
    const asset = await fetch(`${t.url}/assets/main-AbC123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await fetch(`${t.url}/favicon.svg`);
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
    const missing = await fetch(`${t.url}/assets/gone-123.js`, { headers: page });
    expect(missing.status).toBe(404);
  });

  it('never answers an API path with the console', async () => {
    const health = await fetch(`${t.url}/health`, { headers: page });
    expect(health.headers.get('content-type')).toContain('application/json');
    for (const path of [
      '/events/00000000-0000-0000-0000-000000000000/agenda.ics',
      '/insights/export.csv',
      '/files/x',
      '/metrics',
      '/socket.io/x',
      '/healthz',
    ]) {
      const response = await fetch(`${t.url}${path}`, { headers: page });
      await expect(response.text()).resolves.not.toContain('<title>console</title>');
    }
    const graphql = await t.gql<{ __typename: string }>('{ __typename }');
    expect(graphql.data?.__typename).toBe('Query');
  });

  it('serves GraphiQL at /graphiql outside production, and sends a browser opening /graphql there', async () => {
    const ide = await fetch(`${t.url}/graphiql`, { headers: page });
    expect(ide.status).toBe(200);
    await expect(ide.text()).resolves.toContain('<title>graphiql</title>');
    const redirect = await fetch(`${t.url}/graphql`, { headers: page, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/graphiql');
  });

  it('has no GraphiQL when GRAPHQL_IDE is off', async () => {
    const off = await startTestApp({ env: { WEB_DIST_DIR: dist, GRAPHQL_IDE: 'false' }, database: t.database });
    try {
      expect((await fetch(`${off.url}/graphiql`, { headers: page })).status).toBe(404);
      expect((await fetch(`${off.url}/graphiql.html`, { headers: page })).status).toBe(404);
      const browser = await fetch(`${off.url}/graphql`, { headers: page, redirect: 'manual' });
      expect(browser.status).not.toBe(302);
    } finally {
      await off.app.close();
    }
  });
});
