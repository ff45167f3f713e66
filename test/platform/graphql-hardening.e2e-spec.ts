import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { CREATE_NEED, needInput, RESULT_FIELDS } from '../catalog/catalog-fixtures';
import { call, connectChat, createAdmin, createConversation, registerAccount, SignedIn, startTestApp, TEST_PASSWORD, TestApp } from '../support';

interface HttpAnswer {
  status: number;
  body: {
    data?: unknown;
    errors?: {
      message: string;
      extensions?: { code?: string; fields?: Record<string, string[]> };
    }[];
  };
}

const codes = (answer: HttpAnswer): (string | undefined)[] => (answer.body.errors ?? []).map((e) => e.extensions?.code);

/** `{ ...F<levels> }` where each fragment spreads the one below ten times: 10^levels copies of F0 once expanded. */
export function fragmentBomb(levels: number, leaf = '__typename'): string {
  let query = `{ ...F${levels} } fragment F0 on Query { ${leaf} }`;
  for (let k = 1; k <= levels; k++) query += ` fragment F${k} on Query { ${Array.from({ length: 10 }, () => `...F${k - 1}`).join(' ')} }`;
  return query;
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/**
 * The edge findings of issue 14, each as a client would meet it over HTTP and socket.io:
 * query-limit refusals before execution and with HTTP 400, and inputs that used to reach
 * PostgreSQL or a JavaScript exception and came back INTERNAL_SERVER_ERROR.
 */
describe('GraphQL edge hardening', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedIn;
  let enterprise: SignedIn;
  let researcher: SignedIn;

  const post = async (body: unknown, token?: string): Promise<HttpAnswer> => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as HttpAnswer['body'],
    };
  };
  const count = async (table: string): Promise<number> => Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    [enterprise, researcher] = await Promise.all([registerAccount(t, 'ENTERPRISE'), registerAccount(t, 'UNIVERSITY')]);
  }, 180_000);
  afterAll(async () => {
    await t.close();
  });

  describe('query limits', () => {
    it('refuses the 737-byte fragment fan-out with 400 before executing anything, while /health answers', async () => {
      const bomb = fragmentBomb(8);
      expect(bomb.length).toBeLessThan(800);
      const [attack, health] = await Promise.all([post({ query: bomb }), fetch(`${t.url}/health`)]);
      expect(attack.status).toBe(400);
      expect(codes(attack)).toEqual(['BAD_USER_INPUT']);
      expect(attack.body.errors?.[0].message).toMatch(/fragment spreads|complexity/);
      // Execution always answers a `data` key; a refusal before execution has none.
      expect(attack.body).not.toHaveProperty('data');
      expect(health.status).toBe(200);
    });

    it('counts fragments expanded even when there are few spreads: depth and fields over the limit are refused', async () => {
      // Three levels of ten spreads stay under the spread cap yet expand to 1000 selections of a field.
      const expanded = await post({
        query: fragmentBomb(3, 'industryFields { code nameZh nameEn keywords chainPlan }'),
      });
      expect(expanded.status).toBe(400);
      expect(expanded.body.errors?.[0].message).toMatch(/complexity \d+ exceeds the limit of 5000/);
      expect(expanded.body).not.toHaveProperty('data');
    });

    it('refuses many aliases, and multiplies the cost under pageSize/first by the page size', async () => {
      const selection = `totalHits hits { result { ${RESULT_FIELDS} } } facets { attribute values { value count } }`;
      const many = Array.from({ length: 263 }, (_, i) => `a${i}: searchResults(input: { query: "", pageSize: 100 }) { ${selection} }`).join(' ');
      const aliasAttack = await post({ query: `{ ${many} }` });
      expect(aliasAttack.status).toBe(400);
      expect(aliasAttack.body.errors?.[0].message).toMatch(/263 aliases; the limit is 30/);
      expect(aliasAttack.body).not.toHaveProperty('data');

      // Under the alias cap, the page size makes the cost: 20 pages of 100 are refused, one of 5 is fine.
      const twenty = Array.from({ length: 20 }, (_, i) => `a${i}: searchResults(input: { query: "", pageSize: 100 }) { ${selection} }`).join(' ');
      const pages = await post({ query: `{ ${twenty} }` });
      expect(pages.status).toBe(400);
      expect(pages.body.errors?.[0].message).toMatch(/complexity \d+ exceeds the limit of 5000/);
      const viaVariable = await post({
        query: `query($n: Int) { results(first: $n) { edges { node { ${RESULT_FIELDS} } } } a: results(first: $n) { edges { node { ${RESULT_FIELDS} } } } }`,
        variables: { n: 100 },
      });
      expect(viaVariable.status).toBe(400);
      expect(viaVariable.body.errors?.[0].message).toMatch(/complexity \d+ exceeds/);
      const small = await post({
        query: `{ searchResults(input: { query: "", pageSize: 5 }) { ${selection} } }`,
      });
      expect(small.body.errors).toBeUndefined();
      const smallVariable = await post({
        query: `query($n: Int) { results(first: $n) { edges { node { ${RESULT_FIELDS} } } } }`,
        variables: { n: 10 },
      });
      expect(smallVariable.body.errors).toBeUndefined();
    });

    it('answers a too-deep query with 400, not 500', async () => {
      let nested = 'id';
      for (let i = 0; i < 6; i++) nested = `conversation { deal { ${nested} } }`;
      const deep = await post({ query: `{ deal(id: "${randomUUID()}") { ${nested} } }` }, admin.token);
      expect(deep.status).toBe(400);
      expect(codes(deep)).toEqual(['BAD_USER_INPUT']);
      expect(deep.body.errors?.[0].message).toMatch(/nested 14 levels deep; the limit is 10/);
    });

    it('refuses several operations without operationName, or an unknown one, with 400 BAD_USER_INPUT', async () => {
      const document = 'query A { industryFields { code } } query B { industryFields { nameZh } }';
      const unnamed = await post({ query: document });
      expect(unnamed.status).toBe(400);
      expect(codes(unnamed)).toEqual(['BAD_USER_INPUT']);
      expect(unnamed.body.errors?.[0].message).toMatch(/operationName/);
      const unknown = await post({ query: document, operationName: 'C' });
      expect(unknown.status).toBe(400);
      expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
      const named = await post({ query: document, operationName: 'B' });
      expect(named.status).toBe(200);
      expect(named.body.errors).toBeUndefined();
    });

    it('codes every error BAD_USER_INPUT when variables carry more than 50 errors', async () => {
      const answer = await post({
        query: 'query($f: DealFilter) { deals(filter: $f) { totalCount } }',
        variables: {
          f: {
            stage: Array.from({ length: 60 }, (_, i) => `NOT_A_STAGE_${i}`),
          },
        },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.length).toBe(51);
      expect(new Set(codes(answer))).toEqual(new Set(['BAD_USER_INPUT']));
    });
  });

  describe('text inputs', () => {
    it('refuses NUL and other control characters in a field, naming it, and stores nothing (register, anonymous)', async () => {
      const users = await count('app_user');
      for (const displayName of ['a\u0000b', 'bell\u0007', 'del\u007f']) {
        const answer = await post({
          query: 'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }',
          variables: {
            input: {
              email: `nul-${randomUUID()}@example.test`,
              password: TEST_PASSWORD,
              displayName,
              organizationName: 'NUL Org',
              organizationKind: 'ENTERPRISE',
            },
          },
        });
        expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
        expect(answer.body.errors?.[0].extensions?.fields).toEqual({
          'input.displayName': ['Must not contain control characters'],
        });
      }
      expect(await count('app_user')).toBe(users);
      // Tabs and line breaks are text.
      const multiline = await post({
        query: 'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }',
        variables: {
          input: {
            email: `tab-${randomUUID()}@example.test`,
            password: TEST_PASSWORD,
            displayName: 'a\tb',
            organizationName: 'Line\nOrg',
            organizationKind: 'ENTERPRISE',
          },
        },
      });
      expect(multiline.body.errors).toBeUndefined();
    });

    it('refuses NUL in a signed-in mutation, in nested lists, in filters and in search queries', async () => {
      const needs = await count('tech_need');
      const title = await t.gql(CREATE_NEED, { input: needInput({ title: '需求\u0000' }) }, enterprise.token);
      expect(title.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'input.title': [expect.any(String)] },
      });
      const keyword = await t.gql(CREATE_NEED, { input: needInput({ keywords: ['ok', 'k\u0000'] }) }, enterprise.token);
      expect(keyword.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'input.keywords.1': [expect.any(String)] },
      });
      expect(await count('tech_need')).toBe(needs);
      const filter = await post({
        query: 'query($f: ResultFilter) { results(filter: $f) { totalCount } }',
        variables: { f: { fieldCodes: ['JL\u0000'] } },
      });
      expect(codes(filter)).toEqual(['BAD_USER_INPUT']);
      const literal = await post({
        query: '{ searchResults(input: { query: "a\\u0000b" }) { totalHits } }',
      });
      expect(codes(literal)).toEqual(['BAD_USER_INPUT']);
      const search = await post({
        query: 'query($q: String!) { searchNeeds(input: { query: $q }) { totalHits } }',
        variables: { q: 'x\u0000' },
      });
      expect(codes(search)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a lone surrogate (login e-mail, anonymous) as BAD_USER_INPUT instead of a URIError', async () => {
      for (const email of ['x\ud800y@example.test', 'x\udc00@example.test']) {
        const answer = await post({
          query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
          variables: { input: { email, password: TEST_PASSWORD } },
        });
        expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
        expect(answer.body.errors?.[0].extensions?.fields).toEqual({
          'input.email': ['Must be well-formed Unicode (no lone surrogate halves)'],
        });
      }
      // A surrogate pair is an ordinary character.
      const emoji = await post({
        query: '{ searchResults(input: { query: "电池🔋" }) { totalHits } }',
      });
      expect(emoji.body.errors).toBeUndefined();
    });

    it('refuses NUL in the chat socket event message:send and stores nothing', async () => {
      const conversationId = await createConversation(t, [enterprise.userId, researcher.userId]);
      const socket = await connectChat(t, enterprise.token);
      try {
        const messages = await count('message');
        for (const payload of [
          {
            conversationId,
            clientMessageId: randomUUID(),
            body: 'hello\u0000',
          },
          { conversationId, clientMessageId: 'id\u0001', body: 'hello' },
          {
            conversationId,
            clientMessageId: randomUUID(),
            body: 'offer',
            offer: {
              amount: '100.00',
              contractType: 'LICENSE',
              terms: 'x\u0000',
            },
          },
          {
            conversationId,
            clientMessageId: randomUUID(),
            body: 'half \ud83d',
          },
        ]) {
          const ack = await call(socket, 'message:send', payload);
          expect(ack).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
        }
        expect(await count('message')).toBe(messages);
        const fine = await call(socket, 'message:send', {
          conversationId,
          clientMessageId: randomUUID(),
          body: 'line one\nline two',
        });
        expect(fine).toMatchObject({ ok: true });
      } finally {
        socket.disconnect();
      }
    });
  });

  describe('cursors', () => {
    const crafted = [
      b64(['x', 'y']),
      b64(['2026-13-45T99:00:00Z', randomUUID()]),
      b64(['not a date', 'zzz']),
      b64(['2026-01-01T00:00:00.000Z', 'zzz']),
      b64([1e300, randomUUID()]),
    ];

    it.each(['results', 'needs', 'events', 'pilotPlatforms', 'organizations', 'deals', 'myNotifications', 'myFollowUps'])(
      'validates a decoded cursor of %s: BAD_USER_INPUT naming `after`',
      async (field) => {
        for (const after of crafted) {
          const answer = await post(
            {
              query: `query($after: String) { ${field}(after: $after) { edges { cursor } } }`,
              variables: { after },
            },
            admin.token,
          );
          expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
          expect(answer.body.errors?.[0].extensions?.fields).toEqual({
            after: ['Cursor is not valid for this list'],
          });
        }
        // A cursor the server gave out still works.
        const valid = b64([new Date().toISOString(), randomUUID()]);
        const answer = await post(
          {
            query: `query($after: String) { ${field}(after: $after) { edges { cursor } } }`,
            variables: { after: valid },
          },
          admin.token,
        );
        expect(answer.body.errors).toBeUndefined();
      },
    );

    it('validates the message history cursor', async () => {
      const conversationId = await createConversation(t, [enterprise.userId, researcher.userId]);
      for (const before of [b64([1e300]), b64([-5]), b64(['1'])]) {
        const answer = await post(
          {
            query: 'query($c: ID!, $before: String) { messages(conversationId: $c, before: $before) { edges { cursor } } }',
            variables: { c: conversationId, before },
          },
          enterprise.token,
        );
        expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      }
    });
  });

  describe('strict scalars', () => {
    it('DateTime takes ISO 8601 with an offset and a real calendar date only', async () => {
      const needs = await count('tech_need');
      for (const deadline of [
        '2027-02-30T10:00:00Z',
        '2027-06-01 10:00',
        1811808000000,
        '2027-06-01T10:00:00',
        '2027-06-01',
        '2027-06-01T24:00:00Z',
        '2027-06-01T10:00:00+25:00',
      ]) {
        const answer = await t.gql(CREATE_NEED, { input: needInput({ deadline }) }, enterprise.token);
        expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
      const literal = await post({
        query: 'query Q($d: DateTime = "2027-02-30T00:00:00Z") { industryFields { code } }',
      });
      expect(new Set(codes(literal))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      expect(literal.body.errors?.some((e) => /ISO 8601/.test(e.message))).toBe(true);
      expect(await count('tech_need')).toBe(needs);
      const created = await t.gql(CREATE_NEED, { input: needInput({ deadline: '2027-06-01T10:00:00+08:00' }) }, enterprise.token);
      expect(created.errors).toBeUndefined();
      expect(created.data?.createNeed.deadline).toBe('2027-06-01T02:00:00.000Z');
    });

    it('Money takes decimal strings only', async () => {
      for (const body of [
        {
          query: 'query($m: Money) { needs(filter: { minBudget: $m }) { totalCount } }',
          variables: { m: 100 },
        },
        {
          query: 'query($m: Money) { needs(filter: { minBudget: $m }) { totalCount } }',
          variables: { m: 0.1 },
        },
        { query: '{ needs(filter: { minBudget: 100 }) { totalCount } }' },
      ]) {
        const answer = await post(body);
        expect(answer.status).toBe(400);
        expect(codes(answer)[0]).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      }
      const fine = await post({
        query: 'query($m: Money) { needs(filter: { minBudget: $m }) { totalCount } }',
        variables: { m: '100' },
      });
      expect(fine.body.errors).toBeUndefined();
    });
  });
});
