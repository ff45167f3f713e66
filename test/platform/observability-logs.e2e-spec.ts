import { DataSource } from 'typeorm';

import { CREATE_RESULT, resultInput } from '../catalog/catalog-fixtures';
import {
  chatClient,
  connectChat,
  createTestDatabase,
  errorCode,
  LogCapture,
  registerAccount,
  startTestApp,
  TEST_JWT_SECRET,
  TestApp,
  TestDatabase,
  waitFor,
} from '../support';

/** Values planted in the configuration and in requests; none may ever reach the log. */
const PLANTED = {
  databasePassword: 'planted-db-password-7f3a9c',
  jwtSecret: 'planted-jwt-secret-0123456789abcdef0123456789',
  adminPassword: 'planted-admin-password-91c2',
  meiliKey: 'planted-meili-key-55e1d0',
  metricsToken: 'planted-metrics-token-3b7e2a',
  userPassword: 'planted user password 4d8c',
  wrongPassword: 'planted wrong password 6a0f',
  description: '保密配方 planted-confidential-description-2c9e',
  queryToken: 'planted-query-token-8e4b11',
  socketToken: 'planted-socket-token-a1b2c3',
};

describe('structured logs (JSON lines)', () => {
  let t: TestApp;
  let db: DataSource;
  let database: TestDatabase;
  const capture = new LogCapture();

  beforeAll(async () => {
    database = await createTestDatabase();
    // The test server trusts local connections, so a password in the URL is accepted and unused.
    const url = new URL(database.url);
    url.password = PLANTED.databasePassword;
    capture.start();
    t = await startTestApp({
      database: { ...database, url: url.toString() },
      worker: true,
      env: {
        DATABASE_URL: url.toString(),
        LOG_LEVEL: 'verbose',
        LOG_FORMAT: 'json',
        JWT_SECRET: PLANTED.jwtSecret,
        ADMIN_EMAIL: 'planted-admin@example.test',
        ADMIN_PASSWORD: PLANTED.adminPassword,
        MEILI_API_KEY: PLANTED.meiliKey,
        METRICS_TOKEN: PLANTED.metricsToken,
      },
    });
    db = t.app.get(DataSource);
  });

  afterAll(async () => {
    await t?.close();
    capture.stop();
    await database?.drop();
  });

  const requestLines = () => capture.records.filter((record) => record.message === 'request');

  it('writes one request line per GraphQL request, carrying the correlation id of its internal error', async () => {
    // A query the database cannot answer: its error is internal, whatever input validation does.
    await db.query('ALTER TABLE matchmaking_event RENAME TO matchmaking_event_away');
    let response: Response;
    try {
      response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query BrokenEvents { events(first: 3) { totalCount } }',
        }),
      });
    } finally {
      await db.query('ALTER TABLE matchmaking_event_away RENAME TO matchmaking_event');
    }
    const body = (await response.json()) as {
      errors: { extensions: { code: string; correlationId: string } }[];
    };
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const correlationId = body.errors[0].extensions.correlationId;
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);

    const requestId = response.headers.get('x-request-id');
    const line = await waitFor(() => requestLines().find((record) => record.requestId === requestId));
    expect(line).toMatchObject({
      level: 'log',
      context: 'HTTP',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'BrokenEvents',
      operationType: 'query',
      errors: ['INTERNAL_SERVER_ERROR'],
      correlationIds: [correlationId],
    });
    expect(typeof line.durationMs).toBe('number');
    expect(typeof line.time).toBe('string');
    // The error's own line (with the cause) carries the same id.
    const errorLine = capture.records.find((record) => record.level === 'error' && String(record.message).includes(correlationId));
    expect(errorLine?.message).toContain('matchmaking_event');
  });

  it('logs a line per request without its query string, and the signed-in user', async () => {
    const account = await registerAccount(t, 'UNIVERSITY');
    await fetch(`${t.url}/graphql?token=${PLANTED.queryToken}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${account.token}`,
      },
      body: JSON.stringify({
        query: 'query Me { me { id } }',
        operationName: 'Me',
      }),
    });
    const line = await waitFor(() => requestLines().find((record) => record.operation === 'Me'));
    expect(line).toMatchObject({
      path: '/graphql',
      status: 200,
      userId: account.userId,
      errors: [],
    });
  });

  it('logs socket connections and disconnections', async () => {
    const account = await registerAccount(t, 'ENTERPRISE');
    const socket = await connectChat(t, account.token);
    const connectedLine = await waitFor(() => capture.records.find((record) => record.message === 'socket connected' && record.userId === account.userId));
    expect(connectedLine).toMatchObject({
      namespace: '/chat',
      socketId: socket.id,
      transport: 'websocket',
    });
    socket.disconnect();
    const gone = await waitFor(() => capture.records.find((record) => record.message === 'socket disconnected' && record.userId === account.userId));
    expect(gone).toMatchObject({
      namespace: '/chat',
      reason: expect.any(String) as string,
    });
    expect(typeof gone.durationMs).toBe('number');
  });

  it('logs job start and finish lines with queue and duration', async () => {
    const researcher = await registerAccount(t, 'UNIVERSITY');
    const created = await t.gql(CREATE_RESULT, { input: resultInput({ title: 'job log probe' }) }, researcher.token);
    expect(created.errors).toBeUndefined();
    const finished = await waitFor(() => capture.records.find((record) => record.message === 'job finished'), 30000);
    expect(finished).toMatchObject({
      context: 'JobsService',
      queue: expect.any(String) as string,
      jobs: expect.any(Number) as number,
    });
    expect(typeof finished.durationMs).toBe('number');
    expect(capture.records.some((record) => record.message === 'job started' && record.queue === finished.queue)).toBe(true);
  });

  it('never writes a planted secret, password, token or confidential description', async () => {
    const account = await registerAccount(t, 'UNIVERSITY', {
      password: PLANTED.userPassword,
    });
    const wrong = await t.gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: account.email, password: PLANTED.wrongPassword },
    });
    expect(errorCode(wrong)).toBeDefined();
    const refreshed = await t.gql<{
      refreshToken: { accessToken: string; refreshToken: string };
    }>(`mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }`, { token: account.refreshToken });
    expect(refreshed.errors).toBeUndefined();

    const created = await t.gql(CREATE_RESULT, { input: resultInput({ description: PLANTED.description }) }, account.token);
    expect(created.errors).toBeUndefined();
    // A write that fails inside PostgreSQL with the confidential text in the failing row.
    await db.query(`ALTER TABLE research_result ADD CONSTRAINT planted_probe CHECK (description NOT LIKE '%planted-confidential%') NOT VALID`);
    try {
      const refused = await t.gql(CREATE_RESULT, { input: resultInput({ description: PLANTED.description }) }, account.token);
      expect(refused.errors).toBeDefined();
    } finally {
      await db.query('ALTER TABLE research_result DROP CONSTRAINT planted_probe');
    }

    const socket = chatClient(t.url, PLANTED.socketToken);
    await new Promise((resolve) => socket.once('connect_error', resolve));
    socket.close();
    expect(
      (
        await fetch(`${t.url}/metrics`, {
          headers: { authorization: `Bearer ${PLANTED.wrongPassword}` },
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await fetch(`${t.url}/metrics`, {
          headers: { authorization: `Bearer ${PLANTED.metricsToken}` },
        })
      ).status,
    ).toBe(200);
    await fetch(`${t.url}/health?token=${PLANTED.queryToken}`);

    await waitFor(() => requestLines().find((record) => String(record.path).startsWith('/health')));
    const log = capture.text;
    // The capture did see the run (else the assertions below would be empty).
    expect(requestLines().length).toBeGreaterThan(8);
    expect(log).toContain('Created the administrator account');
    for (const [name, value] of Object.entries({
      ...PLANTED,
      testJwtSecret: TEST_JWT_SECRET,
    })) {
      expect({ name, found: log.includes(value) }).toEqual({
        name,
        found: false,
      });
    }
    for (const token of [account.token, account.refreshToken, refreshed.data!.refreshToken.accessToken, refreshed.data!.refreshToken.refreshToken]) {
      expect(log.includes(token)).toBe(false);
      expect(log.includes(token.slice(0, 24))).toBe(false);
    }
  });
});
