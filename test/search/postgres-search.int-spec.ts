import { dataSourceOptions } from '@techbridge/platform';
import { PostgresSearchEngine, ResultSearchDocument, SearchSynonyms, Segmenter } from '@techbridge/search';
import { FIXTURE_RESULTS } from '@techbridge/search/testing';
import { DataSource } from 'typeorm';

import { createTestDatabase } from '../support';
import { searchConformance } from './conformance';

searchConformance('PostgreSQL adapter', async () => {
  const database = await createTestDatabase();
  const dataSource = await new DataSource(dataSourceOptions(database.url, 3)).initialize();
  const synonyms = new SearchSynonyms();
  return {
    engine: new PostgresSearchEngine(dataSource, new Segmenter(), synonyms),
    synonyms,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
});

describe('PostgreSQL adapter: search as you type', () => {
  let engine: PostgresSearchEngine;
  let close: () => Promise<void>;
  const text = (doc: ResultSearchDocument): string => `${doc.title} ${doc.summary} ${doc.keywords.join(' ')}`.toLowerCase();

  beforeAll(async () => {
    const database = await createTestDatabase();
    const dataSource = await new DataSource(dataSourceOptions(database.url, 3)).initialize();
    engine = new PostgresSearchEngine(dataSource, new Segmenter(), new SearchSynonyms());
    await engine.ensureIndexes();
    await engine.upsert('results', FIXTURE_RESULTS);
    close = async () => {
      await dataSource.destroy();
      await database.drop();
    };
  });
  afterAll(() => close());

  // jieba cuts 钙钛, a word typed half-way, into 钙 and 钛, which the index never holds alone.
  it('finds 钙钛矿 results while only 钙钛 is typed, and highlights what was typed', async () => {
    const expected = FIXTURE_RESULTS.filter((doc) => text(doc).includes('钙钛矿'));
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const response = await engine.search('results', { query: '钙钛', pageSize: 100 });
    expect(response.hits.map((hit) => hit.id).sort()).toEqual(expected.map((doc) => doc.id).sort());
    expect(response.hits.some((hit) => hit.highlightTitle.includes('<em>钙钛</em>'))).toBe(true);
  });

  it('keeps the words before a half-typed one as conditions', async () => {
    const expected = FIXTURE_RESULTS.filter((doc) => text(doc).includes('钙钛矿') && text(doc).includes('叠层'));
    expect(expected.length).toBeGreaterThanOrEqual(1);
    expect(expected.length).toBeLessThan(FIXTURE_RESULTS.filter((doc) => text(doc).includes('钙钛矿')).length);
    const response = await engine.search('results', { query: '叠层 钙钛', pageSize: 100 });
    expect(response.hits.map((hit) => hit.id).sort()).toEqual(expected.map((doc) => doc.id).sort());
  });
});

describe('PostgreSQL adapter: remembered answers', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  // Two engines on one database stand for two processes (an API and the worker that indexes).
  let api: PostgresSearchEngine;
  let worker: PostgresSearchEngine;
  const ids = async (query: string) => (await api.search('results', { query, pageSize: 100 })).hits.map((hit) => hit.id).sort();

  beforeAll(async () => {
    const database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 3)).initialize();
    api = new PostgresSearchEngine(dataSource, new Segmenter(), new SearchSynonyms());
    worker = new PostgresSearchEngine(dataSource, new Segmenter(), new SearchSynonyms());
    await worker.upsert('results', FIXTURE_RESULTS);
    drop = async () => {
      await dataSource.destroy();
      await database.drop();
    };
  });
  afterAll(() => drop());

  it('answers a repeated search from memory until the index is written, by any process', async () => {
    const perovskite = FIXTURE_RESULTS.filter((doc) => doc.title.includes('钙钛矿'));
    const before = await ids('钙钛矿');
    expect(before).toEqual(expect.arrayContaining(perovskite.map((doc) => doc.id)));
    // Changed behind the engine's back (no write count): the remembered answer still stands.
    await dataSource.query(`UPDATE search_result_doc SET tsv = to_tsvector('simple', 'placeholder') WHERE id = $1`, [perovskite[0].id]);
    expect(await ids('钙钛矿')).toEqual(before);
    // Written by the other process: the count moved, so the statement runs again.
    await worker.upsert('results', [perovskite[0]]);
    expect(await ids('钙钛矿')).toEqual(before);
    await worker.delete('results', [perovskite[0].id]);
    expect(await ids('钙钛矿')).toEqual(before.filter((id) => id !== perovskite[0].id));
    await worker.upsert('results', [{ ...perovskite[0], title: '全新标题的储氢合金', summary: '镁基储氢合金的吸放氢动力学改进。', keywords: ['储氢'] }]);
    expect(await ids('钙钛矿')).toEqual(before.filter((id) => id !== perovskite[0].id));
    expect(await ids('储氢合金')).toContain(perovskite[0].id);
    await worker.clear('results');
    expect(await ids('钙钛矿')).toEqual([]);
  });

  it('always runs lean requests (matching’s candidates)', async () => {
    await worker.upsert('results', FIXTURE_RESULTS);
    const lean = async () => (await api.search('results', { query: '钙钛矿', pageSize: 100, lean: true })).hits.map((hit) => hit.id).sort();
    const before = await lean();
    const target = FIXTURE_RESULTS.find((doc) => doc.title.includes('钙钛矿'))!;
    await dataSource.query(`UPDATE search_result_doc SET tsv = to_tsvector('simple', 'placeholder') WHERE id = $1`, [target.id]);
    expect(await lean()).toEqual(before.filter((id) => id !== target.id));
  });

  it('runs every statement when told not to remember (the benchmarks’ raw comparison)', async () => {
    await worker.upsert('results', FIXTURE_RESULTS);
    const before = await ids('钙钛矿');
    const target = FIXTURE_RESULTS.find((doc) => doc.title.includes('钙钛矿'))!;
    await dataSource.query(`UPDATE search_result_doc SET tsv = to_tsvector('simple', 'placeholder') WHERE id = $1`, [target.id]);
    api.rememberAnswers = false;
    try {
      expect(await ids('钙钛矿')).toEqual(before.filter((id) => id !== target.id));
    } finally {
      api.rememberAnswers = true;
    }
  });
});
