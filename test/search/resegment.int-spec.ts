import { dataSourceOptions } from '@techbridge/platform';
import { PostgresSearchEngine, Segmenter } from '@techbridge/search';
import { FIXTURE_RESULTS } from '@techbridge/search/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { createTestDatabase, eventually, startTestApp, TestDatabase } from '../support';

/** A compound the default dictionary splits (琥珀 + 晶格), kept whole by a dictionary that lists it. */
const NEW_TERM = '琥珀晶格';

describe('embedded engine: documents cut again after a segmentation change', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 3)).initialize();
  });
  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const state = async (): Promise<Record<string, string>> =>
    Object.fromEntries(
      ((await dataSource.query(`SELECT index_name, segmentation FROM search_index_state`)) as { index_name: string; segmentation: string }[]).map((row) => [
        row.index_name,
        row.segmentation,
      ]),
    );
  const doc = { ...FIXTURE_RESULTS[0], title: `${NEW_TERM}储能材料中试验证` };

  it('records a new, empty index as current; a changed dictionary makes it stale until every document is cut again', async () => {
    const before = new PostgresSearchEngine(dataSource, new Segmenter());
    await expect(before.staleSegmentation()).resolves.toEqual([]);
    expect(await state()).toEqual({ results: before['segmenter'].fingerprint, needs: before['segmenter'].fingerprint });
    await before.upsert('results', [doc]);

    const after = new PostgresSearchEngine(dataSource, new Segmenter([NEW_TERM]));
    expect(after['segmenter'].fingerprint).not.toBe(before['segmenter'].fingerprint);
    await expect(after.staleSegmentation()).resolves.toEqual(['results', 'needs']);
    // Cut by the old dictionary, the document has 琥珀 and 晶格 but not the new word.
    expect((await after.search('results', { query: NEW_TERM })).hits).toEqual([]);

    await expect(after.resegment('results')).resolves.toBe(1);
    await expect(after.resegment('needs')).resolves.toBe(0);
    expect((await after.search('results', { query: NEW_TERM })).hits.map((hit) => hit.id)).toEqual([doc.id]);
    await expect(after.staleSegmentation()).resolves.toEqual([]);
    expect(await state()).toEqual({ results: after['segmenter'].fingerprint, needs: after['segmenter'].fingerprint });
  });

  it('an index with documents but no record is stale (a database from before the record)', async () => {
    const engine = new PostgresSearchEngine(dataSource, new Segmenter());
    await engine.upsert('results', [doc]);
    await expect(engine.staleSegmentation()).resolves.toEqual(['results']);
    expect(await state()).toEqual({ needs: engine['segmenter'].fingerprint });
  });

  it('one process at a time: while another holds the lock, nothing is rewritten and nothing recorded', async () => {
    const engine = new PostgresSearchEngine(dataSource, new Segmenter());
    await engine.upsert('results', [doc]);
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtext('search.resegment:results'))`);
      await expect(engine.resegment('results')).resolves.toBeNull();
      expect(await state()).toEqual({});
      await other.query(`SELECT pg_advisory_unlock(hashtext('search.resegment:results'))`);
      await expect(engine.resegment('results')).resolves.toBe(1);
    } finally {
      await other.end();
    }
  });

  it('a document written while its batch was being cut keeps what its upsert wrote', async () => {
    const engine = new PostgresSearchEngine(dataSource, new Segmenter());
    await engine.upsert('results', [doc]);
    const rewritten = { ...doc, title: '并发写入的新标题' };
    // An upsert lands between the batch's read and its update.
    const create = dataSource.createQueryRunner.bind(dataSource);
    jest.spyOn(dataSource, 'createQueryRunner').mockImplementationOnce(() => {
      const runner = create();
      const query = runner.query.bind(runner);
      runner.query = (async (sql: string, parameters?: unknown[]) => {
        if (/UPDATE \S+ d SET tsv/.test(sql)) await engine.upsert('results', [rewritten]);
        return query(sql, parameters);
      }) as typeof runner.query;
      return runner;
    });
    await expect(engine.resegment('results')).resolves.toBe(0);
    expect((await engine.search('results', { query: '并发写入' })).hits.map((hit) => hit.id)).toEqual([doc.id]);
    expect((await engine.search('results', { query: NEW_TERM.slice(0, 2) })).hits).toEqual([]);
  });

  it('the API cuts stale documents again at boot, in the background, and records it', async () => {
    const engine = new PostgresSearchEngine(dataSource, new Segmenter());
    await engine.staleSegmentation();
    await engine.upsert('results', [{ ...FIXTURE_RESULTS[0] }]);
    // As if cut by another dictionary: the stored text vector no longer holds the title's words.
    await dataSource.query(`UPDATE search_result_doc SET tsv = to_tsvector('simple', 'placeholder')`);
    await dataSource.query(`UPDATE search_index_state SET segmentation = 'another-dictionary' WHERE index_name = 'results'`);
    const t = await startTestApp({ database });
    try {
      // The catalog has no such result, so the API would drop the hit: ask the engine itself.
      const found = await eventually(async () => {
        const { hits } = await engine.search('results', { query: '钙钛矿' });
        return hits.length > 0 ? hits.map((hit) => hit.id) : undefined;
      });
      expect(found).toEqual([FIXTURE_RESULTS[0].id]);
      await eventually(async () => ((await state()).results === engine['segmenter'].fingerprint ? true : undefined));
    } finally {
      await t.close();
    }
  });
});
