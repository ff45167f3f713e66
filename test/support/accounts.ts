import { randomBytes } from 'node:crypto';

import { AdminAccountService } from '@techbridge/identity';

import { TestApp } from './test-app';

export interface SignedIn {
  token: string;
  refreshToken: string;
  userId: string;
  organizationId: string;
  email: string;
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id email organization { id } } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id email roles organization { id } } } }`;

export const TEST_PASSWORD = 'correct horse battery';

/** Registers a new account (and organization) of the given kind and signs it in. */
export async function registerAccount(t: TestApp, kind: string, overrides: Record<string, unknown> = {}): Promise<SignedIn> {
  const email = `${kind.toLowerCase()}-${randomBytes(4).toString('hex')}@example.test`;
  const response = await t.gql(REGISTER, {
    input: { email, password: TEST_PASSWORD, displayName: `${kind} user`, organizationName: `${kind} org ${email}`, organizationKind: kind, ...overrides },
  });
  if (!response.data) throw new Error(`register failed: ${JSON.stringify(response.errors)}`);
  const payload = response.data.register;
  return { token: payload.accessToken, refreshToken: payload.refreshToken, userId: payload.user.id, organizationId: payload.user.organization.id, email };
}

export async function login(t: TestApp, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const response = await t.gql(LOGIN, { input: { email, password } });
  if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
  const payload = response.data.login;
  return { token: payload.accessToken, refreshToken: payload.refreshToken, userId: payload.user.id, organizationId: payload.user.organization?.id, email };
}

/** Creates an administrator directly (administrators cannot self-register) and signs in. */
export async function createAdmin(t: TestApp): Promise<SignedIn> {
  const email = `admin-${randomBytes(4).toString('hex')}@example.test`;
  await t.app.get(AdminAccountService).ensureAdmin(email, TEST_PASSWORD);
  return login(t, email);
}

const VERIFY_ORGANIZATION = `mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }`;

/** Has the administrator verify each account's organization (deals and NDAs need verified ones). */
export async function verifyOrganizations(t: TestApp, admin: SignedIn, ...accounts: SignedIn[]): Promise<void> {
  for (const account of accounts) {
    const response = await t.gql(VERIFY_ORGANIZATION, { id: account.organizationId }, admin.token);
    if (response.errors) throw new Error(`verifyOrganization failed: ${JSON.stringify(response.errors)}`);
  }
}
