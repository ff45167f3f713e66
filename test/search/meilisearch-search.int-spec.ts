import { randomBytes } from 'node:crypto';

import { MeilisearchSearchEngine, SEARCH_INDEXES, SearchSynonyms, Segmenter } from '@techbridge/search';

import { searchConformance } from './conformance';

const host = process.env.MEILI_HOST;

if (host) {
  searchConformance(`Meilisearch adapter at ${host}`, async () => {
    const prefix = `test_${randomBytes(4).toString('hex')}_`;
    const synonyms = new SearchSynonyms();
    const engine = new MeilisearchSearchEngine({ host, apiKey: process.env.MEILI_API_KEY, indexPrefix: prefix }, new Segmenter(), synonyms);
    return {
      engine,
      synonyms,
      close: async () => {
        const { MeiliSearch } = await import('meilisearch');
        const client = new MeiliSearch({ host, apiKey: process.env.MEILI_API_KEY });
        for (const index of SEARCH_INDEXES) await client.deleteIndex(engine.uid(index)).waitTask();
      },
    };
  });
} else {
  // No Meilisearch server runs on this machine: say so once instead of failing or passing silently.
  process.stdout.write('Meilisearch conformance suite skipped: MEILI_HOST is not set (no Meilisearch server can run on this machine)\n');
  describe.skip('search conformance: Meilisearch adapter (MEILI_HOST unset)', () => {
    it('runs only against a real Meilisearch server', () => undefined);
  });
}
