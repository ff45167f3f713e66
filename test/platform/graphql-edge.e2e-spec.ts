import { UserService } from '@techbridge/identity';

import { errorCode, login, startTestApp, TEST_PASSWORD, TestApp } from '../support';

describe('GraphQL edge limits', () => {
  let t: TestApp;

  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '2', GRAPHQL_MAX_COMPLEXITY: '12', BODY_LIMIT: '16kb' } });
    const input = { email: 'edge@example.test', password: TEST_PASSWORD, displayName: 'Edge', organizationName: 'Edge Org', organizationKind: 'ENTERPRISE' };
    const registered = await t.gql('mutation($input: RegisterInput!) { register(input: $input) { accessToken } }', { input });
    token = registered.data?.register.accessToken;
    expect(token).toBeDefined();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a query nested deeper than the limit, before running it', async () => {
    expect((await t.gql('{ me { id } }', {}, token)).errors).toBeUndefined();
    const deep = await t.gql('{ me { organization { id } } }', {}, token);
    expect(errorCode(deep)).toBe('BAD_USER_INPUT');
    expect(deep.errors?.[0].message).toMatch(/nested 3 levels.*limit is 2/);
    const viaFragment = await t.gql('{ me { ...F } } fragment F on User { organization { id } }', {}, token);
    expect(errorCode(viaFragment)).toBe('BAD_USER_INPUT');
  });

  it('refuses a query whose estimated complexity is over the limit', async () => {
    const aliases = Array.from({ length: 8 }, (_, i) => `m${i}: me { id email }`).join(' ');
    const response = await t.gql(`{ ${aliases} }`, {}, token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/complexity \d+ exceeds the limit of 12/);
  });

  it('refuses a request body over the size limit', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(20_000) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe('administrator from the environment', () => {
  it('ADMIN_EMAIL/ADMIN_PASSWORD create the admin once and never reset its password', async () => {
    const first = await startTestApp({ env: { ADMIN_EMAIL: 'Boss@Example.test', ADMIN_PASSWORD: 'first-password' } });
    try {
      const admin = await login(first, 'boss@example.test', 'first-password');
      const me = await first.gql('{ me { roles } }', {}, admin.token);
      expect(me.data?.me.roles).toEqual(['ADMIN']);
    } finally {
      await first.app.close();
    }
    // A second boot with another password on the same database keeps the first one.
    const second = await startTestApp({ database: first.database, env: { ADMIN_EMAIL: 'boss@example.test', ADMIN_PASSWORD: 'second-password' } });
    try {
      await expect(login(second, 'boss@example.test', 'second-password')).rejects.toThrow(/login failed/);
      await expect(login(second, 'boss@example.test', 'first-password')).resolves.toMatchObject({ email: 'boss@example.test' });
      const admins = await second.app.get(UserService).findByEmail('boss@example.test');
      expect(admins?.roles).toEqual(['ADMIN']);
    } finally {
      await second.app.close();
      await first.database.drop();
    }
  });
});
