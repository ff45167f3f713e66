import { ResultEventPayload } from '@techbridge/catalog';
import { OutboxHandlerRegistry, OutboxService, WorkerRunner } from '@techbridge/platform';
import {
  LoadedDocuments,
  MeilisearchSearchEngine,
  NeedSearchDocument,
  PostgresSearchEngine,
  registerSearchIndexing,
  ResultSearchDocument,
  SearchDocumentSource,
  SearchEngine,
  SearchIndexer,
  Segmenter,
} from '@techbridge/search';
import { FIXTURE_NEEDS, FIXTURE_RESULTS } from '@techbridge/search/testing';
import { DataSource } from 'typeorm';

import { eventually, startTestApp, TestApp } from '../support';
import { closedPort, FakeMeilisearch, startFakeMeilisearch } from './fake-meilisearch';

/** What the catalog will provide: here an in-memory table of what is searchable right now. */
class FakeSource extends SearchDocumentSource {
  readonly results = new Map<string, ResultSearchDocument & { description?: string }>();
  readonly needs = new Map<string, NeedSearchDocument>();
  loads = 0;

  private load<D>(table: Map<string, D>, ids: string[]): Promise<LoadedDocuments<D>> {
    this.loads++;
    return Promise.resolve({ docs: ids.flatMap((id) => (table.has(id) ? [table.get(id)!] : [])), missing: ids.filter((id) => !table.has(id)) });
  }
  loadResults(ids: string[]) {
    return this.load(this.results, ids);
  }
  loadNeeds(ids: string[]) {
    return this.load(this.needs, ids);
  }
  async *scanResults(batchSize: number) {
    const all = [...this.results.values()];
    for (let i = 0; i < all.length; i += batchSize) yield all.slice(i, i + batchSize);
  }
  async *scanNeeds(batchSize: number) {
    const all = [...this.needs.values()];
    for (let i = 0; i < all.length; i += batchSize) yield all.slice(i, i + batchSize);
  }
}

describe('search indexing through the outbox', () => {
  let t: TestApp;
  let db: DataSource;
  let engine: SearchEngine;
  const source = new FakeSource();
  let meiliPort: number;
  let fake: FakeMeilisearch | null = null;

  // The indexer reads the aggregate id only and loads the rest from its source: the payload stays empty.
  const emit = (type: 'result.published', aggregateId: string): Promise<void> =>
    db.transaction((manager) => t.app.get(OutboxService).append(manager, { type, aggregateId, payload: {} as ResultEventPayload }));
  const found = async (query: string, id: string): Promise<boolean> =>
    (await engine.search('results', { query, pageSize: 100 })).hits.some((hit) => hit.id === id);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    engine = t.app.get(SearchEngine);
    const registry = t.app.get(OutboxHandlerRegistry);
    // The catalog's consumer feeds the PostgreSQL index (test/search/catalog-search.e2e-spec.ts);
    // here a second consumer, on its own queue, feeds a Meilisearch that is not there yet from
    // the in-memory source.
    meiliPort = await closedPort();
    const meili = new MeilisearchSearchEngine({ host: `http://127.0.0.1:${meiliPort}`, requestTimeoutMs: 2000, taskTimeoutMs: 5000 }, t.app.get(Segmenter));
    registerSearchIndexing(registry, new SearchIndexer(meili), source, { queue: 'search.index.meilisearch', retryDelaySeconds: 1, retryLimit: 30 });
    await t.app.get(WorkerRunner).start();
  });
  afterAll(async () => {
    await fake?.close();
    await t.close();
  });

  it('boots with the PostgreSQL adapter chosen by SEARCH_ENGINE', async () => {
    expect(engine).toBeInstanceOf(PostgresSearchEngine);
    await expect(engine.health()).resolves.toEqual({ engine: 'postgres', ok: true });
  });

  const sync = (index: 'results' | 'needs', ids: string[]) =>
    index === 'results'
      ? t.app.get(SearchIndexer).sync('results', ids, (batch) => source.loadResults(batch))
      : t.app.get(SearchIndexer).sync('needs', ids, (batch) => source.loadNeeds(batch));

  it('indexes a searchable result, follows its update and removes it when it is gone', async () => {
    const doc = { ...FIXTURE_RESULTS[6] };
    source.results.set(doc.id, doc);
    await sync('results', [doc.id]);
    expect(await found('固态电池', doc.id)).toBe(true);

    source.results.set(doc.id, { ...doc, title: '高能量密度全固态锂硫电池' });
    await sync('results', [doc.id]);
    expect(await found('锂硫', doc.id)).toBe(true);

    source.results.delete(doc.id);
    await expect(sync('results', [doc.id])).resolves.toEqual({ upserted: 0, deleted: 1 });
    expect(await found('锂硫', doc.id)).toBe(false);
  });

  it('syncs repeatedly without duplicates, needs included', async () => {
    const need = FIXTURE_NEEDS[0];
    source.needs.set(need.id, need);
    await sync('needs', [need.id, need.id]);
    await sync('needs', [need.id]);
    expect((await engine.search('needs', { query: '钙钛矿', pageSize: 10 })).totalHits).toBe(1);
    const [row] = await db.query(`SELECT count(*)::int AS n FROM search_need_doc WHERE id = $1`, [need.id]);
    expect(row.n).toBe(1);
    source.needs.delete(need.id);
    await sync('needs', [need.id]);
    expect((await engine.search('needs', { query: '钙钛矿', pageSize: 10 })).totalHits).toBe(0);
  });

  it('never stores fields outside the document shape, such as a description', async () => {
    const doc = { ...FIXTURE_RESULTS[12], description: 'CONFIDENTIAL-PROCESS-DETAIL 保密工艺参数' };
    source.results.set(doc.id, doc);
    await sync('results', [doc.id]);
    expect(await found('缺陷检测', doc.id)).toBe(true);
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM search_result_doc d WHERE row_to_json(d)::text LIKE '%CONFIDENTIAL%' OR row_to_json(d)::text LIKE '%保密%'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('retries while Meilisearch is unreachable and catches up when it returns, the write having succeeded', async () => {
    const doc = { ...FIXTURE_RESULTS[3], description: 'CONFIDENTIAL-RECIPE' };
    source.results.set(doc.id, doc);
    await emit('result.published', doc.id);
    // The catalog's transaction committed; the event is there whatever the engine does.
    const [event] = await db.query(`SELECT id FROM outbox_event WHERE type = 'result.published' AND aggregate_id = $1`, [doc.id]);
    expect(event).toBeDefined();
    // The Meilisearch consumer fails and is retried (the PostgreSQL one is unaffected).
    await eventually(async () => {
      const jobs = await db.query(
        `SELECT retry_count FROM pgboss.job WHERE name = 'search.index.meilisearch' AND data->'outboxEvents' @> jsonb_build_array(jsonb_build_object('aggregateId', $1::text))`,
        [doc.id],
      );
      return jobs.some((job: { retry_count: number }) => job.retry_count >= 1) ? true : undefined;
    }, 30_000);

    fake = await startFakeMeilisearch(meiliPort);
    const sent = await eventually(async () => {
      const hit = fake!.received.find((request) => request.path === '/indexes/results/documents' && JSON.stringify(request.body).includes(doc.id));
      return hit;
    }, 30_000);
    expect(JSON.stringify(sent.body)).not.toContain('CONFIDENTIAL');
    expect(Object.keys((sent.body as Record<string, unknown>[])[0]).sort()).toEqual(Object.keys(FIXTURE_RESULTS[3]).sort());
    await eventually(async () => {
      const jobs = await db.query(
        `SELECT state FROM pgboss.job WHERE name = 'search.index.meilisearch' AND data->'outboxEvents' @> jsonb_build_array(jsonb_build_object('aggregateId', $1::text))`,
        [doc.id],
      );
      return jobs.length > 0 && jobs.every((job: { state: string }) => job.state === 'completed') ? true : undefined;
    }, 30_000);
  }, 90_000);

  it('surfaces a failed Meilisearch task as an error', async () => {
    const server = await startFakeMeilisearch();
    try {
      const meili = new MeilisearchSearchEngine({ host: `http://127.0.0.1:${server.port}` }, new Segmenter());
      server.failTasks = true;
      await expect(meili.upsert('results', [FIXTURE_RESULTS[0]])).rejects.toThrow(/task \d+ \(documentAdditionOrUpdate\) failed: invalid_document_id/);
      server.failTasks = false;
      await expect(meili.upsert('results', FIXTURE_RESULTS.slice(0, 5))).resolves.toBeUndefined();
      await expect(meili.delete('needs', [FIXTURE_NEEDS[0].id])).resolves.toBeUndefined();
      expect(server.received.map((request) => request.path)).toContain('/indexes/needs/documents/delete-batch');
    } finally {
      await server.close();
    }
  });

  it('rebuilds an index from the source without emptying it first, deleting what the source no longer has', async () => {
    source.results.clear();
    for (const doc of FIXTURE_RESULTS.slice(0, 30)) source.results.set(doc.id, doc);
    await t.app.get(SearchIndexer).upsert('results', FIXTURE_RESULTS.slice(25, 40));
    const analysed = async (): Promise<Date | null> =>
      (await db.query(`SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'search_result_doc'`))[0].last_analyze;
    const before = await analysed();
    const outcome = await t.app.get(SearchIndexer).rebuildWithOutcome('results', source.scanResults(7));
    expect(outcome).toEqual({ upserted: 30, deleted: 10 });
    expect((await engine.search('results', { query: '', pageSize: 1 })).totalHits).toBe(30);
    // The rebuilt table has fresh planner statistics.
    const after = await analysed();
    expect(after).toBeInstanceOf(Date);
    if (before) expect(after!.getTime()).toBeGreaterThan(before.getTime());
  });
});
