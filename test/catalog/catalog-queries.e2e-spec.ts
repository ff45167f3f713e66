import { DataSource } from 'typeorm';

import { registerAccount, startTestApp, TestApp } from '../support';

/**
 * A page of 50 with nested owners, evaluations, patents, pledges and pledging organizations costs
 * a bounded number of SQL queries (DataLoaders), whatever the page size.
 */
describe('catalog lists and DataLoaders', () => {
  let t: TestApp;
  let db: DataSource;
  let counting = false;
  const queries: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const logger = db.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (counting) queries.push(query);
      return original(query, parameters, runner);
    };
    const orgs = [];
    for (let i = 0; i < 5; i += 1) orgs.push((await registerAccount(t, i % 2 ? 'ENTERPRISE' : 'UNIVERSITY')).organizationId);
    // 60 results over 5 owners, each with 2 patents and an evaluation; 60 collective needs with 3 pledges each.
    await db.query(
      `INSERT INTO research_result (owner_id, title, summary, description, keywords, result_class, field_code, trl, transfer_modes, price_negotiable, visibility, status, published_at, created_at)
       SELECT ($1::uuid[])[1 + i % 5], '批量成果 ' || i, '摘要', '描述', '{}', 'INDUSTRIAL_INNOVATION', 'JL.AI', 5, '{LICENSE}', true, 'PUBLIC', 'PUBLISHED', now(), now() - i * interval '1 minute'
       FROM generate_series(1, 60) i`,
      [orgs],
    );
    await db.query(
      `INSERT INTO result_patent (result_id, position, number, title, granted) SELECT id, p, 'US' || p || substr(id::text, 1, 8), '专利', true FROM research_result, generate_series(0, 1) p`,
    );
    await db.query(
      `INSERT INTO result_evaluation (result_id, score, technical_maturity, market_potential, approved) SELECT id, 80, 70, 60, true FROM research_result`,
    );
    await db.query(
      `INSERT INTO tech_need (enterprise_id, title, summary, description, keywords, field_code, budget_negotiable, preferred_modes, visibility, status, published_at, collective_target, created_at)
       SELECT ($1::uuid[])[1 + i % 5], '批量需求 ' || i, '摘要', '描述', '{}', 'JL.AI', true, '{}', 'TEASER', 'PUBLISHED', now(), 1000000, now() - i * interval '1 minute'
       FROM generate_series(1, 60) i`,
      [orgs],
    );
    await db.query(
      `INSERT INTO need_pledge (need_id, organization_id, amount) SELECT n.id, o, 1000 FROM tech_need n, unnest($1::uuid[]) o WHERE o <> n.enterprise_id AND o = ANY(($1::uuid[])[1:4])`,
      [orgs],
    );
  });
  afterAll(async () => {
    await t.close();
  });

  async function measure(query: string, token?: string): Promise<{ count: number; data: any }> {
    queries.length = 0;
    counting = true;
    const response = await t.gql(query, {}, token);
    counting = false;
    expect(response.errors).toBeUndefined();
    return { count: queries.length, data: response.data };
  }

  it('results: 50 with owners, evaluations and patents in a handful of queries', async () => {
    const { count, data } = await measure(
      `{ results(first: 50) { totalCount edges { node { id owner { id name } evaluation { score } patents { number } } } } }`,
    );
    expect(data.results.edges).toHaveLength(50);
    expect(data.results.edges.every((edge: any) => edge.node.owner.id && edge.node.patents.length === 2 && edge.node.evaluation.score === 80)).toBe(true);
    // count + page + owners + evaluations + patents (anonymous: no NDA/grant lookup)
    expect(count).toBeGreaterThanOrEqual(5); // the hook sees the queries
    expect(count).toBeLessThanOrEqual(6);
  });

  it('needs: 50 with enterprises, pledges and pledging organizations in a handful of queries, signed in', async () => {
    const viewer = await registerAccount(t, 'ENTERPRISE');
    const { count, data } = await measure(
      `{ needs(first: 50) { edges { node { id description enterprise { id } collective { pledgedAmount pledges { amount organization { id name } } } } } } }`,
      viewer.token,
    );
    expect(data.needs.edges).toHaveLength(50);
    expect(data.needs.edges.every((edge: any) => edge.node.collective.pledges.length >= 2 && edge.node.description === null)).toBe(true);
    // count + page + NDA/grant facts + enterprises + pledges + pledging organizations
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(8);
  });

  it('list filters are validated like every other input: out-of-range or malformed values are refused with their fields', async () => {
    const results = await t.gql(`{ results(filter: { minTrl: 99, maxTrl: 0, fieldCodes: [""] }) { totalCount } }`);
    expect(results.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(results.errors?.[0].extensions?.fields as object).sort()).toEqual(['filter.fieldCodes', 'filter.maxTrl', 'filter.minTrl']);
    const needs = await t.gql(`{ needs(filter: { fieldCodes: ["${'x'.repeat(41)}"] }) { totalCount } }`);
    expect(needs.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(needs.errors?.[0].extensions?.fields as object)).toEqual(['filter.fieldCodes']);
    // A valid filter still answers.
    expect((await t.gql<any>(`{ results(filter: { minTrl: 5, maxTrl: 5 }) { totalCount } }`)).data?.results.totalCount).toBe(60);
  });
});
