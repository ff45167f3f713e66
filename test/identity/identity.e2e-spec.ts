import { DataSource } from 'typeorm';

import { createAdmin, errorCode, login, registerAccount, startTestApp, TEST_PASSWORD, TestApp } from '../support';

const ME = `{ me { id email displayName roles organization { id name kind verified creditCode } brokerProfile { level capacity } } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken user { id } } }`;
const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }`;
const CERTIFY = `mutation($userId: ID!, $input: BrokerProfileInput!) { certifyBroker(userId: $userId, input: $input) { id roles brokerProfile { level fieldCodes trainingHours activeDeals capacity } } }`;

describe('identity over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const userCount = async (): Promise<number> => Number((await t.app.get(DataSource).query('SELECT count(*) AS n FROM app_user'))[0].n);

  it('register → login → me → refreshToken round trip', async () => {
    const account = await registerAccount(t, 'UNIVERSITY', { district: '崂山区', creditCode: '914403001922038216' });
    const me = await t.gql(ME, {}, account.token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({
      email: account.email,
      roles: ['RESEARCHER'],
      organization: { kind: 'UNIVERSITY', verified: false, creditCode: '914403001922038216' },
      brokerProfile: null,
    });

    const signedIn = await login(t, account.email.toUpperCase());
    expect(signedIn.userId).toBe(account.userId);

    const refreshed = await t.gql(REFRESH, { token: signedIn.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data?.refreshToken.user.id).toBe(account.userId);
    expect(refreshed.data?.refreshToken.refreshToken).not.toBe(signedIn.refreshToken);
    const again = await t.gql(ME, {}, refreshed.data?.refreshToken.accessToken);
    expect(again.data?.me.id).toBe(account.userId);
  });

  it('refuses a reused refresh token and ends its whole family', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    const first = await t.gql(REFRESH, { token: account.refreshToken });
    const successor = first.data?.refreshToken.refreshToken as string;
    expect(successor).toBeDefined();
    const replay = await t.gql(REFRESH, { token: account.refreshToken });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors?.[0].extensions?.reason).toBe('REFRESH_TOKEN_REUSED');
    // The thief's replay also revokes the legitimate successor.
    expect(errorCode(await t.gql(REFRESH, { token: successor }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REFRESH, { token: 'not-a-token' }))).toBe('UNAUTHENTICATED');
  });

  it('wrong password and unknown e-mail are both UNAUTHENTICATED with the same message', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    const wrong = await t.gql(`mutation { login(input: { email: "${account.email}", password: "nope-nope-nope" }) { accessToken } }`);
    const unknown = await t.gql(`mutation { login(input: { email: "nobody@example.test", password: "${TEST_PASSWORD}" }) { accessToken } }`);
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('bad input names the field and writes nothing', async () => {
    const before = await userCount();
    const input = { email: 'not-an-email', password: 'abc', displayName: 'X', organizationName: 'Some Org', organizationKind: 'ENTERPRISE' };
    const response = await t.gql(REGISTER, { input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(Object.keys(response.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['input.email', 'input.password']);
    const badCode = await t.gql(REGISTER, { input: { ...input, email: 'ok@example.test', password: 'long enough pw', creditCode: '914403001922038217' } });
    expect(errorCode(badCode)).toBe('BAD_USER_INPUT');
    expect(Object.keys(badCode.errors?.[0].extensions?.fields ?? {})).toEqual(['input.creditCode']);
    const government = await t.gql(REGISTER, { input: { ...input, email: 'gov@example.test', password: 'long enough pw', organizationKind: 'GOVERNMENT' } });
    expect(errorCode(government)).toBe('BAD_USER_INPUT');
    expect(await userCount()).toBe(before);
  });

  it('a second account with the same e-mail is a CONFLICT', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    const response = await t.gql(REGISTER, {
      input: { email: account.email, password: TEST_PASSWORD, displayName: 'Twin', organizationName: 'Twin Org', organizationKind: 'ENTERPRISE' },
    });
    expect(errorCode(response)).toBe('CONFLICT');
  });

  it('guards every non-public resolver and checks roles', async () => {
    expect(errorCode(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ME, {}, 'forged.token.value'))).toBe('UNAUTHENTICATED');
    const enterprise = await registerAccount(t, 'ENTERPRISE');
    const forbidden = await t.gql(VERIFY, { id: enterprise.organizationId }, enterprise.token);
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    expect(forbidden.data).toBeNull();
  });

  it('admins verify organizations and certify brokers', async () => {
    const admin = await createAdmin(t);
    const firm = await registerAccount(t, 'SERVICE_AGENCY');
    const verified = await t.gql(VERIFY, { id: firm.organizationId }, admin.token);
    expect(verified.data?.verifyOrganization).toEqual({ id: firm.organizationId, verified: true });
    expect(errorCode(await t.gql(VERIFY, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(VERIFY, { id: 'not-a-uuid' }, admin.token))).toBe('BAD_USER_INPUT');

    const profile = { level: 'SENIOR', certificateNo: 'TB-T-1', fieldCodes: ['JL.AI'], trainingHours: 40, capacity: 5 };
    const certified = await t.gql(CERTIFY, { userId: firm.userId, input: profile }, admin.token);
    expect(certified.errors).toBeUndefined();
    expect(certified.data?.certifyBroker).toMatchObject({
      roles: ['BROKER'],
      brokerProfile: { level: 'SENIOR', fieldCodes: ['JL.AI'], trainingHours: 40, activeDeals: 0, capacity: 5 },
    });
    const badCapacity = await t.gql(CERTIFY, { userId: firm.userId, input: { ...profile, capacity: 0 } }, admin.token);
    expect(errorCode(badCapacity)).toBe('BAD_USER_INPUT');
    expect(Object.keys(badCapacity.errors?.[0].extensions?.fields ?? {})).toEqual(['input.capacity']);

    // The broker role reaches the token on the next refresh.
    const relogged = await login(t, firm.email);
    const me = await t.gql(ME, {}, relogged.token);
    expect(me.data?.me.roles).toEqual(['BROKER']);
  });

  it('lists organizations as a Relay connection with a working cursor', async () => {
    for (let i = 0; i < 3; i += 1) await registerAccount(t, 'RESEARCH_INSTITUTE');
    const viewer = await registerAccount(t, 'ENTERPRISE');
    const query = `query($after: String) { organizations(first: 2, after: $after, kind: RESEARCH_INSTITUTE) { totalCount edges { cursor node { id kind } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = await t.gql(query, {}, viewer.token);
    const connection = page1.data?.organizations;
    expect(connection.totalCount).toBeGreaterThanOrEqual(3);
    expect(connection.edges).toHaveLength(2);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql(query, { after: connection.pageInfo.endCursor }, viewer.token);
    const ids1 = connection.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const ids2 = page2.data?.organizations.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids2.length).toBeGreaterThan(0);
    expect(ids2.some((id: string) => ids1.includes(id))).toBe(false);
    expect(errorCode(await t.gql(query.replace('first: 2', 'first: 101'), {}, viewer.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(query, { after: 'garbage' }, viewer.token))).toBe('BAD_USER_INPUT');
  });

  it('refuses queries nested beyond the depth limit', async () => {
    const viewer = await registerAccount(t, 'ENTERPRISE');
    const deep = `{ me { organization { id } } ${'a: me { id } '.repeat(1)} }`;
    expect((await t.gql(deep, {}, viewer.token)).errors).toBeUndefined();
    const fragmentLoop = `{ me { ...F } } fragment F on User { organization { id } }`;
    expect((await t.gql(fragmentLoop, {}, viewer.token)).errors).toBeUndefined();
  });

  it('hides internals of unexpected errors', async () => {
    const response = await t.gql('{ nonexistentField }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at Object\./);
  });
});

describe('rate limits on sign-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Failures per account (see sign-in-throttle.e2e-spec.ts for the address budget and Redis).
    t = await startTestApp({ env: { AUTH_ACCOUNT_FAILURE_LIMIT: '5', AUTH_FAILURE_WINDOW_SECONDS: '60' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('10 fast wrong logins end in RATE_LIMITED', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 10; i += 1) {
      codes.push(errorCode(await t.gql(`mutation { login(input: { email: "x@example.test", password: "wrong-password" }) { accessToken } }`)));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(5).fill('RATE_LIMITED'));
  });
});
