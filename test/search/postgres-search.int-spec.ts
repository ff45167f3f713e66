import { dataSourceOptions } from '@techbridge/platform';
import { PostgresSearchEngine, SearchSynonyms, Segmenter } from '@techbridge/search';
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
