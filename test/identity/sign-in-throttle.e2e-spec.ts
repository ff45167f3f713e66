import { randomBytes, randomUUID } from 'node:crypto';

import { call, ChatClient, connectChat, createConversation, GraphQLResponse, registerAccount, startTestApp, TEST_PASSWORD, TestApp } from '../support';

/** Needs Redis on 127.0.0.1:6379 (TEST_REDIS_URL overrides), as for the chat fan-out spec. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** A client address of its own per test run: counters in a shared Redis must not meet another run's. */
const address = (): string => `10.${[1, 2, 3].map(() => randomBytes(1)[0] % 250).join('.')}`;

async function loginFrom(t: TestApp, from: string, email: string, password: string): Promise<GraphQLResponse> {
  // TRUST_PROXY=loopback: the test client is the trusted proxy and names the client address.
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  return (await response.json()) as GraphQLResponse;
}
const codeOf = (response: GraphQLResponse): string | undefined => response.errors?.[0]?.extensions?.code ?? (response.data ? 'OK' : undefined);

/**
 * The sign-in throttle and the chat limit of issue 14: failures counted per account (wherever
 * they come from) and per client address (a larger budget), RATE_LIMITED with a retry-after; with
 * REDIS_URL both budgets, and the per-user chat limit, are shared by every API instance.
 */
describe('sign-in throttle and shared limits', () => {
  const limits = { TRUST_PROXY: 'loopback', AUTH_ACCOUNT_FAILURE_LIMIT: '3', AUTH_ADDRESS_FAILURE_LIMIT: '6', AUTH_FAILURE_WINDOW_SECONDS: '120' };

  describe('one instance, in memory', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: limits });
    });
    afterAll(async () => {
      await t.close();
    });

    it('locks an account after 3 failures from any address, with a retry-after; moving address does not help', async () => {
      const account = await registerAccount(t, 'ENTERPRISE');
      const [first, second] = [address(), address()];
      for (let i = 0; i < 3; i += 1) expect(codeOf(await loginFrom(t, i === 1 ? second : first, account.email, 'wrong password!'))).toBe('UNAUTHENTICATED');
      const locked = await loginFrom(t, first, account.email, 'wrong password!');
      expect(codeOf(locked)).toBe('RATE_LIMITED');
      expect(locked.errors?.[0].extensions?.retryAfterSeconds).toEqual(expect.any(Number));
      expect(locked.errors?.[0].extensions?.retryAfterSeconds as number).toBeGreaterThan(100);
      // Not even the right password, and not from a fresh address.
      expect(codeOf(await loginFrom(t, address(), account.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
    });

    it('gives one address a larger budget over many accounts, and a success costs none of it', async () => {
      const campus = address();
      const people = await Promise.all(Array.from({ length: 4 }, () => registerAccount(t, 'UNIVERSITY')));
      // Eight colleagues signing in correctly behind one NAT: fine.
      for (let i = 0; i < 8; i += 1) expect(codeOf(await loginFrom(t, campus, people[i % 4].email, TEST_PASSWORD))).toBe('OK');
      // Six failures spread over accounts (2 each, under the account limit) spend the address budget.
      for (let i = 0; i < 6; i += 1) expect(codeOf(await loginFrom(t, campus, people[i % 3].email, 'wrong password!'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await loginFrom(t, campus, people[3].email, TEST_PASSWORD))).toBe('RATE_LIMITED');
      // The same account from elsewhere still signs in: the address is limited, not the person.
      expect(codeOf(await loginFrom(t, address(), people[3].email, TEST_PASSWORD))).toBe('OK');
    });

    it('a success clears the account failures', async () => {
      const account = await registerAccount(t, 'ENTERPRISE');
      const from = address();
      for (let round = 0; round < 3; round += 1) {
        for (let i = 0; i < 2; i += 1) expect(codeOf(await loginFrom(t, address(), account.email, 'wrong password!'))).toBe('UNAUTHENTICATED');
        expect(codeOf(await loginFrom(t, from, account.email, TEST_PASSWORD))).toBe('OK');
      }
    });
  });

  describe('two instances through Redis', () => {
    let a: TestApp;
    let b: TestApp;
    const sockets: ChatClient[] = [];
    beforeAll(async () => {
      const env = { ...limits, REDIS_URL, CHAT_RATE_LIMIT: '5', CHAT_RATE_WINDOW_SECONDS: '60' };
      a = await startTestApp({ env });
      b = await startTestApp({ database: a.database, env });
    });
    afterAll(async () => {
      sockets.forEach((socket) => socket.disconnect());
      await b.close();
      await a.close();
    });

    it('counts an account failures over both instances', async () => {
      const account = await registerAccount(a, 'ENTERPRISE');
      expect(codeOf(await loginFrom(a, address(), account.email, 'wrong password!'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await loginFrom(b, address(), account.email, 'wrong password!'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await loginFrom(a, address(), account.email, 'wrong password!'))).toBe('UNAUTHENTICATED');
      // Each instance saw at most 2 failures: only a shared count locks the account.
      expect(codeOf(await loginFrom(b, address(), account.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
    });

    it('counts the chat limit per user over both instances and all sockets', async () => {
      const [sender, peer] = await Promise.all([registerAccount(a, 'UNIVERSITY'), registerAccount(a, 'ENTERPRISE')]);
      const conversationId = await createConversation(a, [sender.userId, peer.userId]);
      const [onA, onB] = await Promise.all([connectChat(a, sender.token), connectChat(b, sender.token)]);
      sockets.push(onA, onB);
      const send = (socket: ChatClient) => call(socket, 'message:send', { conversationId, clientMessageId: randomUUID(), body: 'hi' });
      for (const socket of [onA, onB, onA, onB, onA]) await expect(send(socket)).resolves.toMatchObject({ ok: true });
      await expect(send(onB)).resolves.toMatchObject({ ok: false, code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      await expect(send(onA)).resolves.toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    });
  });
});
