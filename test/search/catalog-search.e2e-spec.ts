import { DataSource } from 'typeorm';

import { Cast, cast, CLOSE_NEED, publishedNeed, publishedResult, RESULT_NDA, UPDATE_RESULT, WITHDRAW_RESULT } from '../catalog/catalog-fixtures';
import { errorCode, eventually, startTestApp, TestApp } from '../support';
import { closedPort, FakeMeilisearch, startFakeMeilisearch } from './fake-meilisearch';

const SEARCH_RESULTS = `query($input: ResultSearchInput!) {
  searchResults(input: $input) {
    totalHits page pageSize processingTimeMs
    hits { highlightTitle highlightSummary result { id title description visibility status owner { id } } }
    facets { attribute values { value count } }
  }
}`;
const SEARCH_RESULT_IDS = `query($input: ResultSearchInput!) { searchResults(input: $input) { totalHits hits { result { id } } } }`;
const SEARCH_NEEDS = `query($input: NeedSearchInput!) {
  searchNeeds(input: $input) { totalHits hits { highlightTitle need { id title status enterprise { id } } } facets { attribute values { value count } } }
}`;

/** Ids of the results a search finds, as an anonymous visitor. */
async function resultIds(t: TestApp, input: Record<string, unknown>, token?: string): Promise<string[]> {
  const response = await t.gql(SEARCH_RESULT_IDS, { input: { pageSize: 100, ...input } }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.searchResults.hits.map((hit: { result: { id: string } }) => hit.result.id);
}

/** Waits until every search-index job of the aggregate has completed (the index reflects its last event). */
async function settled(db: DataSource, aggregateId: string): Promise<void> {
  await eventually(async () => {
    const [pending] = await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1 AND dispatched_at IS NULL`, [aggregateId]);
    const jobs: { state: string }[] = await db.query(
      `SELECT state FROM pgboss.job WHERE name = 'search.index' AND data->'outboxEvents' @> jsonb_build_array(jsonb_build_object('aggregateId', $1::text))`,
      [aggregateId],
    );
    return pending.n === 0 && jobs.length > 0 && jobs.every((job) => job.state === 'completed') ? true : undefined;
  });
}

describe('search over the catalog (GraphQL over HTTP, outbox worker on)', () => {
  let t: TestApp;
  let db: DataSource;
  let c: Cast;

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    db = t.app.get(DataSource);
    c = await cast(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds a result once it is published, with highlights, and follows a title edit', async () => {
    const id = await publishedResult(t, c.researcher, c.admin, { title: '钙钛矿叠层太阳能电池量产工艺', keywords: ['钙钛矿', 'perovskite'] });
    const response = await eventually(async () => {
      const found = await t.gql(SEARCH_RESULTS, { input: { query: '钙钛矿' } });
      return found.data?.searchResults.hits.some((hit: { result: { id: string } }) => hit.result.id === id) ? found : undefined;
    });
    const hit = response.data!.searchResults.hits.find((candidate: { result: { id: string } }) => candidate.result.id === id);
    expect(hit.highlightTitle).toContain('<em>钙钛矿</em>');
    expect(hit.result).toMatchObject({
      title: '钙钛矿叠层太阳能电池量产工艺',
      status: 'PUBLISHED',
      visibility: 'PUBLIC',
      owner: { id: c.researcher.organizationId },
    });
    // A PUBLIC result's description is shown (from the catalog, not from the index).
    expect(hit.result.description).toBe('详细工艺参数与配方（保密）。');
    expect(response.data!.searchResults).toMatchObject({ page: 1, pageSize: 20 });

    const updated = await t.gql(UPDATE_RESULT, { id, input: { title: '钙钛矿晶硅叠层组件封装技术' } }, c.researcher.token);
    expect(updated.errors).toBeUndefined();
    await eventually(async () => ((await resultIds(t, { query: '封装' })).includes(id) ? true : undefined));
  });

  it('indexes a TEASER result’s title but never its description; the hit shows the description only after the NDA', async () => {
    const secret = 'TEASER-SECRET-配方温度九百度';
    const id = await publishedResult(t, c.researcher, c.admin, { title: '海水淡化反渗透膜抗污染涂层', visibility: 'TEASER', description: secret });
    await eventually(async () => ((await resultIds(t, { query: '反渗透' })).includes(id) ? true : undefined));
    const [row] = await db.query(`SELECT row_to_json(d)::text AS doc FROM search_result_doc d WHERE id = $1`, [id]);
    expect(row.doc).toContain('海水淡化反渗透膜抗污染涂层');
    expect(row.doc).not.toContain('TEASER-SECRET');
    expect(row.doc).not.toContain('九百度');
    const [anywhere] = await db.query(`SELECT count(*)::int AS n FROM search_result_doc d WHERE row_to_json(d)::text LIKE '%TEASER-SECRET%'`);
    expect(anywhere.n).toBe(0);
    // Nor does the secret find anything.
    expect(await resultIds(t, { query: 'TEASER-SECRET' })).toEqual([]);

    const before = await t.gql(SEARCH_RESULTS, { input: { query: '反渗透' } }, c.enterprise.token);
    expect(before.data!.searchResults.hits.find((hit: { result: { id: string } }) => hit.result.id === id).result.description).toBeNull();
    const nda = await t.gql(RESULT_NDA, { id }, c.enterprise.token);
    expect(nda.errors).toBeUndefined();
    const after = await t.gql(SEARCH_RESULTS, { input: { query: '反渗透' } }, c.enterprise.token);
    expect(after.data!.searchResults.hits.find((hit: { result: { id: string } }) => hit.result.id === id).result.description).toBe(secret);
  });

  it('never indexes a PRIVATE result, and drops a result that turns PRIVATE', async () => {
    const hidden = await publishedResult(t, c.researcher, c.admin, { title: '无人机集群协同控制算法', visibility: 'PRIVATE' });
    await settled(db, hidden);
    const [row] = await db.query(`SELECT count(*)::int AS n FROM search_result_doc WHERE id = $1`, [hidden]);
    expect(row.n).toBe(0);
    expect(await resultIds(t, { query: '无人机' }, c.admin.token)).not.toContain(hidden);

    const turned = await publishedResult(t, c.researcher, c.admin, { title: '碳化硅功率器件封装', visibility: 'PUBLIC' });
    await eventually(async () => ((await resultIds(t, { query: '碳化硅' })).includes(turned) ? true : undefined));
    const updated = await t.gql(UPDATE_RESULT, { id: turned, input: { visibility: 'PRIVATE' } }, c.researcher.token);
    expect(updated.errors).toBeUndefined();
    await eventually(async () => ((await resultIds(t, { query: '碳化硅' })).includes(turned) ? undefined : true));
  });

  it('removes a withdrawn result from the index', async () => {
    const id = await publishedResult(t, c.researcher, c.admin, { title: '氢燃料电池双极板激光焊接' });
    await eventually(async () => ((await resultIds(t, { query: '双极板' })).includes(id) ? true : undefined));
    const withdrawn = await t.gql(WITHDRAW_RESULT, { id }, c.researcher.token);
    expect(withdrawn.data?.withdrawResult.status).toBe('WITHDRAWN');
    // The hit disappears at once (the catalog no longer lists it); the index row follows through the outbox.
    expect(await resultIds(t, { query: '双极板' })).not.toContain(id);
    await eventually(async () => {
      const [row] = await db.query(`SELECT count(*)::int AS n FROM search_result_doc WHERE id = $1`, [id]);
      return row.n === 0 ? true : undefined;
    });
    const [search] = await db.query(`SELECT count(*)::int AS n FROM search_result_doc WHERE title LIKE '%双极板%'`);
    expect(search.n).toBe(0);
  });

  it('applies the catalog filters: owner, chain codes, status outside the market', async () => {
    const other = await publishedResult(t, c.otherResearcher, c.admin, { title: '固态电池电解质界面改性', fieldCode: 'JL.SSB' });
    await eventually(async () => ((await resultIds(t, { query: '界面改性' })).includes(other) ? true : undefined));
    expect(await resultIds(t, { query: '界面改性', filter: { ownerId: c.otherResearcher.organizationId } })).toEqual([other]);
    expect(await resultIds(t, { query: '界面改性', filter: { ownerId: c.researcher.organizationId } })).toEqual([]);
    expect(await resultIds(t, { query: '界面改性', filter: { fieldCodes: ['JL'] } })).toEqual([other]);
    expect(await resultIds(t, { query: '界面改性', filter: { fieldCodes: ['JL', 'XX.NONE'] } })).toEqual([other]);
    expect(await resultIds(t, { query: '界面改性', filter: { status: ['PUBLISHED', 'DRAFT'] } })).toEqual([other]);
    expect(await resultIds(t, { query: '界面改性', filter: { status: ['WITHDRAWN'] } })).toEqual([]);
  });

  it('reports facet counts equal to a SQL count over the catalog', async () => {
    const [expected] = await db.query(`SELECT count(*)::int AS n FROM research_result WHERE status = 'PUBLISHED' AND visibility <> 'PRIVATE'`);
    expect(expected.n).toBeGreaterThan(2);
    // Waits until the index has caught up with every published, non-private result.
    const response = await eventually(async () => {
      const found = await t.gql(SEARCH_RESULTS, { input: { query: '', pageSize: 1 } });
      return found.data?.searchResults.totalHits === expected.n ? found : undefined;
    });
    const rows: { value: string; count: number }[] = await db.query(
      `SELECT result_class AS value, count(*)::int AS count FROM research_result WHERE status = 'PUBLISHED' AND visibility <> 'PRIVATE' GROUP BY 1`,
    );
    const facets = response.data!.searchResults.facets as { attribute: string; values: { value: string; count: number }[] }[];
    const byClass = facets.find((facet) => facet.attribute === 'resultClass')!;
    expect(Object.fromEntries(byClass.values.map((value) => [value.value, value.count]))).toEqual(
      Object.fromEntries(rows.map((row) => [row.value, row.count])),
    );
    const [field] = await db.query(
      `SELECT count(*)::int AS n FROM research_result WHERE status = 'PUBLISHED' AND visibility <> 'PRIVATE' AND field_code = 'JL.SSB'`,
    );
    expect(facets.find((facet) => facet.attribute === 'fieldCode')!.values.find((value) => value.value === 'JL.SSB')?.count).toBe(field.n);
  });

  it('searches needs on the market and removes a closed need', async () => {
    const id = await publishedNeed(t, c.enterprise, { title: '港口起重机远程智能运维需求', keywords: ['起重机', 'crane'] });
    const response = await eventually(async () => {
      const found = await t.gql(SEARCH_NEEDS, { input: { query: '起重机' } });
      return found.data?.searchNeeds.hits.some((hit: { need: { id: string } }) => hit.need.id === id) ? found : undefined;
    });
    expect(response.data!.searchNeeds.hits[0]).toMatchObject({ need: { id, status: 'PUBLISHED', enterprise: { id: c.enterprise.organizationId } } });
    expect(response.data!.searchNeeds.hits[0].highlightTitle).toContain('<em>起重机</em>');
    const statusFacet = response.data!.searchNeeds.facets.find((facet: { attribute: string }) => facet.attribute === 'status');
    expect(statusFacet.values).toEqual([{ value: 'PUBLISHED', count: 1 }]);
    const closedOnly = await t.gql(SEARCH_NEEDS, { input: { query: '起重机', filter: { status: ['CLOSED'] } } });
    expect(closedOnly.data!.searchNeeds).toMatchObject({ totalHits: 0, hits: [] });

    const closed = await t.gql(CLOSE_NEED, { id }, c.enterprise.token);
    expect(closed.data?.closeNeed.status).toBe('CLOSED');
    await eventually(async () => ((await t.gql(SEARCH_NEEDS, { input: { query: '起重机' } })).data?.searchNeeds.totalHits === 0 ? true : undefined));
  });

  it('refuses out-of-range paging and over-long queries with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ query: 'x', pageSize: 101 }, 'input.pageSize'],
      [{ query: 'x', pageSize: 0 }, 'input.pageSize'],
      [{ query: 'x', page: 0 }, 'input.page'],
      [{ query: 'x'.repeat(201) }, 'input.query'],
      [{ query: 'x', filter: { minTrl: 12 } }, 'input.filter.minTrl'],
    ];
    for (const [input, field] of cases) {
      const response = await t.gql(SEARCH_RESULTS, { input });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(Object.keys(response.errors![0].extensions!.fields ?? {})).toContain(field);
    }
    const needs = await t.gql(SEARCH_NEEDS, { input: { query: '电池'.repeat(101) } });
    expect(errorCode(needs)).toBe('BAD_USER_INPUT');
    expect(Object.keys(needs.errors![0].extensions!.fields ?? {})).toContain('input.query');
    // 200 characters are fine.
    const ok = await t.gql(SEARCH_RESULTS, { input: { query: 'x'.repeat(200), pageSize: 100 } });
    expect(ok.errors).toBeUndefined();
  });
});

describe('search while Meilisearch is unreachable', () => {
  let t: TestApp;
  let c: Cast;
  let db: DataSource;
  let port: number;
  let fake: FakeMeilisearch | null = null;

  beforeAll(async () => {
    port = await closedPort();
    t = await startTestApp({ worker: true, env: { SEARCH_ENGINE: 'meilisearch', MEILI_HOST: `http://127.0.0.1:${port}` } });
    db = t.app.get(DataSource);
    c = await cast(t);
  });
  afterAll(async () => {
    await fake?.close();
    await t.close();
  });

  it('keeps catalog writes working, retries the indexing jobs, and catches up when the engine returns', async () => {
    // Every write of the funnel succeeds although the engine is down.
    const id = await publishedResult(t, c.researcher, c.admin, { title: '深海探测声学传感器', visibility: 'TEASER', description: 'MEILI-SECRET 声学参数' });
    const [event] = await db.query(`SELECT id FROM outbox_event WHERE type = 'result.published' AND aggregate_id = $1`, [id]);
    expect(event).toBeDefined();
    await eventually(async () => {
      const jobs: { retry_count: number; state: string }[] = await db.query(
        `SELECT retry_count, state FROM pgboss.job WHERE name = 'search.index' AND data->'outboxEvents' @> jsonb_build_array(jsonb_build_object('aggregateId', $1::text))`,
        [id],
      );
      return jobs.some((job) => job.retry_count >= 1 && job.state !== 'completed') ? true : undefined;
    }, 30_000);

    fake = await startFakeMeilisearch(port);
    const sent = await eventually(
      async () => fake!.received.find((request) => request.path === '/indexes/results/documents' && JSON.stringify(request.body).includes(id)),
      60_000,
      200,
    );
    const doc = (sent.body as Record<string, unknown>[]).find((candidate) => candidate.id === id)!;
    expect(doc).toMatchObject({ id, title: '深海探测声学传感器', visibility: 'TEASER' });
    expect(JSON.stringify(sent.body)).not.toContain('MEILI-SECRET');
    await eventually(
      async () => {
        const jobs: { state: string }[] = await db.query(
          `SELECT state FROM pgboss.job WHERE name = 'search.index' AND data->'outboxEvents' @> jsonb_build_array(jsonb_build_object('aggregateId', $1::text))`,
          [id],
        );
        return jobs.length > 0 && jobs.every((job) => job.state === 'completed') ? true : undefined;
      },
      30_000,
      200,
    );
  }, 120_000);
});
