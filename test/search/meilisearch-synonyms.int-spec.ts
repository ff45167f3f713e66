import { MeilisearchSearchEngine, SearchSynonyms, Segmenter, SynonymSet } from '@techbridge/search';

import { FakeMeilisearch, startFakeMeilisearch } from './fake-meilisearch';

/**
 * What the Meilisearch adapter sends when the synonym set changes (a concept dictionary
 * publication). Against a stand-in: no Meilisearch server can run on this machine, so this
 * proves the requests, not Meilisearch's expansion (the conformance suite does that with MEILI_HOST).
 */
describe('Meilisearch adapter: synonyms follow the synonym set', () => {
  let server: FakeMeilisearch;
  let synonyms: SearchSynonyms;
  let current: SynonymSet;
  let engine: MeilisearchSearchEngine;
  const added = '钠基电芯';

  beforeAll(async () => {
    server = await startFakeMeilisearch();
    synonyms = new SearchSynonyms();
    current = synonyms.current();
    synonyms.useSource({ current: async () => current });
    engine = new MeilisearchSearchEngine({ host: `http://127.0.0.1:${server.port}`, taskTimeoutMs: 5000 }, new Segmenter(), synonyms);
  });
  afterAll(async () => {
    await server.close();
  });

  const synonymUpdates = () => server.received.filter((request) => request.method === 'PUT' && request.path.endsWith('/settings/synonyms'));

  it('applies the set in use with the settings at boot, and sends nothing more while its version stays', async () => {
    await engine.ensureIndexes();
    const settings = server.received.filter((request) => request.method === 'PATCH' && request.path.endsWith('/settings'));
    expect(settings.map((request) => request.path).sort()).toEqual(['/indexes/needs/settings', '/indexes/results/settings']);
    for (const request of settings) expect((request.body as { synonyms: Record<string, string[]> }).synonyms['钠电']).toContain('钠离子电池');
    await engine.search('results', { query: '钠电' });
    expect(synonymUpdates()).toEqual([]);
  });

  it('re-applies the synonyms of both indexes once when a new version arrives, before searching', async () => {
    current = { version: 'v2', groups: current.groups.map((group) => (group.includes('钠离子电池') ? [...group, added] : group)) };
    await engine.search('results', { query: added });
    const updates = synonymUpdates();
    expect(updates.map((request) => request.path).sort()).toEqual(['/indexes/needs/settings/synonyms', '/indexes/results/settings/synonyms']);
    for (const request of updates) {
      const body = request.body as Record<string, string[]>;
      expect(body[added]).toContain('钠离子电池');
      expect(body['钠离子电池']).toContain(added);
    }
    // The search itself came after the update.
    const order = server.received.map((request) => request.path);
    expect(order.lastIndexOf('/indexes/results/search')).toBeGreaterThan(order.lastIndexOf('/indexes/results/settings/synonyms'));
    await engine.search('needs', { query: added });
    expect(synonymUpdates()).toHaveLength(2);
  });

  it('keeps searching when the update fails, and tries again on the next search', async () => {
    current = { version: 'v3', groups: current.groups.map((group) => group.filter((word) => word !== added)) };
    server.failTasks = true;
    await expect(engine.search('results', { query: added })).resolves.toMatchObject({ hits: [] });
    const failed = synonymUpdates().length;
    expect(failed).toBeGreaterThan(2);
    server.failTasks = false;
    await engine.search('results', { query: added });
    const retried = synonymUpdates().slice(failed);
    expect(retried).toHaveLength(2);
    for (const request of retried) expect((request.body as Record<string, string[]>)[added]).toBeUndefined();
  });
});
