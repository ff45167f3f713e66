import { randomBytes } from 'node:crypto';

import { startTestApp, TestApp } from '../support';

const INTROSPECT = JSON.stringify({ query: '{ __schema { queryType { name } } }' });

async function post(t: TestApp, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/**
 * Security headers on every kind of response and production defaults (issue 14), over HTTP
 * against the real app: helmet's headers with the console's CSP, HSTS only behind TLS from a
 * trusted proxy, introspection off in production unless configured on.
 */
describe('security headers and production defaults', () => {
  let dev: TestApp;
  let production: TestApp;
  let introspective: TestApp;
  const productionEnv = () => ({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('base64url'), TRUST_PROXY: 'loopback' });

  beforeAll(async () => {
    dev = await startTestApp();
    production = await startTestApp({ env: productionEnv() });
    introspective = await startTestApp({ env: { ...productionEnv(), GRAPHQL_INTROSPECTION: 'true' } });
  });
  afterAll(async () => {
    await Promise.all([dev?.close(), production?.close(), introspective?.close()]);
  });

  it.each([
    ['GET /health', (t: TestApp) => fetch(`${t.url}/health`)],
    ['POST /graphql', (t: TestApp) => post(t, JSON.stringify({ query: '{ __typename }' }))],
    ['a refused GraphQL request', (t: TestApp) => post(t, '{not json')],
    ['an unknown route', (t: TestApp) => fetch(`${t.url}/no/such/page`)],
    ['an export without a token', (t: TestApp) => fetch(`${t.url}/insights/exports/deals.csv?year=2026`)],
  ])('%s carries nosniff, the CSP, Referrer-Policy and no X-Powered-By', async (_name, request) => {
    for (const t of [dev, production]) {
      const response = await request(t);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("connect-src 'self' ws: wss:");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('sends HSTS only for HTTPS seen through a trusted proxy', async () => {
    const behindTls = await fetch(`${production.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(behindTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect((await fetch(`${production.url}/health`)).headers.get('strict-transport-security')).toBeNull();
    // Without TRUST_PROXY (the default outside production) a client's own X-Forwarded-Proto is not believed.
    expect((await fetch(`${dev.url}/health`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
  });

  it('answers introspection outside production, refuses it in production unless GRAPHQL_INTROSPECTION=true', async () => {
    const open = (await (await post(dev, INTROSPECT)).json()) as { data?: { __schema: { queryType: { name: string } } } };
    expect(open.data?.__schema.queryType.name).toBe('Query');

    const refused = await post(production, INTROSPECT);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].message).toMatch(/introspection/i);
    expect(body.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');

    const allowed = (await (await post(introspective, INTROSPECT)).json()) as { data?: { __schema: { queryType: { name: string } } } };
    expect(allowed.data?.__schema.queryType.name).toBe('Query');
  });
});
