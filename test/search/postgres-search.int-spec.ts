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
