import { randomBytes } from 'node:crypto';

import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';

import { errorCode, login, registerAccount, startTestApp, TEST_PASSWORD, TestApp } from '../support';

const ME = `{ me { id } }`;
const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }`;
const LOGOUT = `mutation($token: String!) { logout(refreshToken: $token) }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`;

/** Sessions (issue 14): logout of one session or all, access tokens without expiry, password choice. */
describe('sessions and passwords', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('logout revokes the session: its refresh token, the ones rotated from it, but not another session', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    const other = await login(t, account.email);
    const rotated = (await t.gql(REFRESH, { token: account.refreshToken })).data!.refreshToken.refreshToken as string;

    // Signing out with the earlier (already rotated) token still ends the session's live successor.
    const out = await t.gql(LOGOUT, { token: account.refreshToken });
    expect(out.errors).toBeUndefined();
    expect(out.data?.logout).toBe(true);
    const refused = await t.gql(REFRESH, { token: rotated });
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    // Idempotent, and the other device's session lives on.
    expect((await t.gql(LOGOUT, { token: rotated })).data?.logout).toBe(true);
    expect((await t.gql(REFRESH, { token: other.refreshToken })).errors).toBeUndefined();

    expect(errorCode(await t.gql(LOGOUT, { token: `${account.userId}.forged` }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LOGOUT, { token: 'x'.repeat(500) }))).toBe('BAD_USER_INPUT');
  });

  it('logoutEverywhere revokes every session of the caller only', async () => {
    const account = await registerAccount(t, 'UNIVERSITY');
    const second = await login(t, account.email);
    const bystander = await registerAccount(t, 'UNIVERSITY');
    expect(errorCode(await t.gql(LOGOUT_EVERYWHERE))).toBe('UNAUTHENTICATED');
    const out = await t.gql(LOGOUT_EVERYWHERE, {}, second.token);
    expect(out.errors).toBeUndefined();
    expect(out.data?.logoutEverywhere).toBe(2);
    for (const token of [account.refreshToken, second.refreshToken]) expect(errorCode(await t.gql(REFRESH, { token }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, { token: bystander.refreshToken })).errors).toBeUndefined();
    const [{ live }] = await db.query(`SELECT count(*)::int AS live FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`, [account.userId]);
    expect(live).toBe(0);
  });

  it('refuses a correctly signed access token that has no expiry', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    const jwt = t.app.get(JwtService);
    const claims = { sub: account.userId, roles: ['ENTERPRISE'], org: account.organizationId, typ: 'access' };
    const forever = jwt.sign(claims);
    expect(JSON.parse(Buffer.from(forever.split('.')[1], 'base64url').toString()).exp).toBeUndefined();
    const response = await t.gql(ME, {}, forever);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    // The same claims with an expiry are accepted, so it is the missing exp that is refused.
    expect((await t.gql(ME, {}, jwt.sign(claims, { expiresIn: 60 }))).data?.me.id).toBe(account.userId);
  });

  it.each([
    ['a top-list password', () => 'password123'],
    ['a top-list password in capitals', () => 'QWERTYUIOP'],
    ['the e-mail itself', (email: string) => email],
    ['the local part', (email: string) => email.split('@')[0]],
    ['the local part with digits', (email: string) => `${email.split('@')[0]}2026`],
  ])('register refuses %s as password, on the password field, writing nothing', async (_name, choose) => {
    const email = `newcomer-${randomBytes(4).toString('hex')}@example.test`;
    const input = { email, password: choose(email), displayName: 'N', organizationName: 'Newcomer Org', organizationKind: 'ENTERPRISE' };
    const response = await t.gql(REGISTER, { input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(Object.keys(response.errors?.[0].extensions?.fields ?? {})).toEqual(['input.password']);
    expect((await db.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])).length).toBe(0);
    expect((await t.gql(REGISTER, { input: { ...input, password: TEST_PASSWORD } })).errors).toBeUndefined();
  });
});
