import { NeedSearchDocument, ResultSearchDocument, SearchEngine, SearchResponse, SearchSynonyms } from '@techbridge/search';
import { FIXTURE_NEEDS, FIXTURE_RESULTS, TRICKY_DISTRICT } from '@techbridge/search/testing';

/**
 * One set of cases for every SearchEngine adapter: the same fixture, the same expected hits and
 * facet counts. Expectations are computed from the fixture in the test, never from the engine.
 * `synonyms` is the SearchSynonyms the engine was built with (the run-time synonym case swaps its source).
 */
export function searchConformance(label: string, open: () => Promise<{ engine: SearchEngine; synonyms: SearchSynonyms; close(): Promise<void> }>): void {
  describe(`search conformance: ${label}`, () => {
    let engine: SearchEngine;
    let synonyms: SearchSynonyms;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ engine, synonyms, close } = await open());
      await engine.ensureIndexes();
      await engine.clear('results');
      await engine.clear('needs');
      // Twice, and in two calls: upserts are idempotent and last-write-wins.
      await engine.upsert('results', FIXTURE_RESULTS.slice(0, 20));
      await engine.upsert('results', FIXTURE_RESULTS);
      await engine.upsert('needs', FIXTURE_NEEDS);
    });
    afterAll(async () => {
      await close();
    });

    const ids = (response: SearchResponse): string[] => response.hits.map((hit) => hit.id);
    const text = (doc: ResultSearchDocument | NeedSearchDocument): string => `${doc.title} ${doc.summary} ${doc.keywords.join(' ')}`.toLowerCase();
    const newest = <T extends { publishedAt: number; id: string }>(docs: T[]): T[] =>
      [...docs].sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1));
    const countBy = (values: (string | null)[]): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const value of values) if (value !== null) counts[value] = (counts[value] ?? 0) + 1;
      return counts;
    };
    const facet = (response: SearchResponse, attribute: string): Record<string, number> =>
      Object.fromEntries((response.facets.find((f) => f.attribute === attribute)?.values ?? []).map((v) => [v.value, v.count]));

    it('finds 钙钛矿太阳能电池 results with 钙钛矿', async () => {
      const response = await engine.search('results', { query: '钙钛矿', pageSize: 100 });
      const expected = FIXTURE_RESULTS.filter((doc) => text(doc).includes('钙钛矿'));
      expect(expected.length).toBeGreaterThanOrEqual(4);
      expect(ids(response).sort()).toEqual(expected.map((doc) => doc.id).sort());
      expect(response.totalHits).toBe(expected.length);
      expect(ids(response)).toContain(FIXTURE_RESULTS.find((doc) => doc.title.includes('钙钛矿太阳能电池'))!.id);
    });

    it('finds the same solid-state battery documents for 固态电池 and 固态 电池', async () => {
      const whole = await engine.search('results', { query: '固态电池', pageSize: 100 });
      const spaced = await engine.search('results', { query: '固态 电池', pageSize: 100 });
      const expected = FIXTURE_RESULTS.filter((doc) => text(doc).includes('固态电池'));
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(ids(whole).sort()).toEqual(expected.map((doc) => doc.id).sort());
      expect(ids(spaced).sort()).toEqual(ids(whole).sort());
    });

    it.each(['perovskit', 'perovskte', 'Perovskite'])('tolerates the English spelling %s', async (query) => {
      const response = await engine.search('results', { query, pageSize: 100 });
      const inTitleOrKeywords = FIXTURE_RESULTS.filter((doc) => `${doc.title} ${doc.keywords.join(' ')}`.toLowerCase().includes('perovskite'));
      expect(inTitleOrKeywords.length).toBeGreaterThanOrEqual(2);
      expect(ids(response)).toEqual(expect.arrayContaining(inTitleOrKeywords.map((doc) => doc.id)));
      for (const id of ids(response)) expect(text(FIXTURE_RESULTS.find((doc) => doc.id === id)!)).toContain('perovskite');
    });

    it('expands synonyms both ways (AI ↔ 人工智能)', async () => {
      const english = await engine.search('results', { query: 'AI', pageSize: 100 });
      const chinese = await engine.search('results', { query: '人工智能', pageSize: 100 });
      const expected = FIXTURE_RESULTS.filter((doc) => /\bai\b|人工智能/.test(text(doc)));
      expect(ids(english).sort()).toEqual(expected.map((doc) => doc.id).sort());
      expect(ids(chinese).sort()).toEqual(ids(english).sort());
    });

    it('expands a concept’s other names from the concept layer: 钠电 finds 钠离子电池 results', async () => {
      const short = await engine.search('results', { query: '钠电', pageSize: 100 });
      const full = await engine.search('results', { query: '钠离子电池', pageSize: 100 });
      const expected = FIXTURE_RESULTS.filter((doc) => /钠电|钠离子电池/.test(text(doc)));
      expect(expected.length).toBeGreaterThanOrEqual(2);
      // None of them says 钠电: only the concept's synonym group can find them for it.
      expect(expected.filter((doc) => text(doc).includes('钠电'))).toEqual([]);
      expect(ids(short).sort()).toEqual(expected.map((doc) => doc.id).sort());
      expect(ids(full).sort()).toEqual(ids(short).sort());
    });

    it('follows a synonym set published at run time: a new name of 钠离子电池 finds its results, and not once removed', async () => {
      // A form no fixture document uses, that the index's dictionary cuts into pieces.
      const added = '钠基储能芯';
      const expected = FIXTURE_RESULTS.filter((doc) => /钠电|钠离子电池/.test(text(doc)));
      expect(FIXTURE_RESULTS.filter((doc) => text(doc).includes('钠基'))).toEqual([]);
      const files = synonyms.current();
      const edited = { version: `${files.version}+${added}`, groups: files.groups.map((group) => (group.includes('钠离子电池') ? [...group, added] : group)) };
      expect(edited.groups.some((group) => group.includes(added))).toBe(true);
      let current = files;
      synonyms.useSource({ current: async () => current });
      try {
        expect(ids(await engine.search('results', { query: added, pageSize: 100 }))).toEqual([]);
        current = edited;
        const found = await engine.search('results', { query: added, pageSize: 100 });
        expect(ids(found).sort()).toEqual(expected.map((doc) => doc.id).sort());
        // Also as one word of a longer query, with another term that must match too.
        const sodium = expected.find((doc) => text(doc).includes('储能'));
        if (sodium) expect(ids(await engine.search('results', { query: `${added} 储能`, pageSize: 100 }))).toContain(sodium.id);
        current = files;
        expect(ids(await engine.search('results', { query: added, pageSize: 100 }))).toEqual([]);
      } finally {
        current = files;
        await engine.search('results', { query: added, pageSize: 1 });
      }
    });

    it('filters by class + field + TRL range + max price', async () => {
      const filters = {
        resultClass: ['MAJOR_INNOVATION', 'INDUSTRIAL_INNOVATION'],
        fieldCodes: ['JL.PSC', 'JL.SSB', 'JL.H2'],
        minTrl: 4,
        maxTrl: 6,
        maxPrice: 1_000_000,
      };
      const response = await engine.search('results', { query: '', filters, sort: 'NEWEST', pageSize: 100 });
      const expected = newest(
        FIXTURE_RESULTS.filter(
          (doc) =>
            filters.resultClass.includes(doc.resultClass) &&
            filters.fieldCodes.includes(doc.fieldCode) &&
            doc.trl >= 4 &&
            doc.trl <= 6 &&
            doc.priceMin !== null &&
            doc.priceMin <= 1_000_000,
        ),
      );
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(ids(response)).toEqual(expected.map((doc) => doc.id));
      expect(response.totalHits).toBe(expected.length);
    });

    it('combines a text query with filters (any-of transfer modes, pilot)', async () => {
      const response = await engine.search('results', { query: '钙钛矿', filters: { transferModes: ['LICENSE', 'EQUITY'], needsPilot: true }, pageSize: 100 });
      const expected = FIXTURE_RESULTS.filter(
        (doc) => text(doc).includes('钙钛矿') && doc.needsPilot && doc.transferModes.some((mode) => ['LICENSE', 'EQUITY'].includes(mode)),
      );
      expect(expected.length).toBeGreaterThanOrEqual(1);
      expect(ids(response).sort()).toEqual(expected.map((doc) => doc.id).sort());
    });

    it('counts facets over the filtered set exactly as the fixture does', async () => {
      const response = await engine.search('results', {
        query: '',
        filters: { minTrl: 5 },
        facets: ['resultClass', 'fieldCode', 'chainCode', 'trl', 'transferModes', 'district', 'needsPilot'],
        pageSize: 1,
      });
      const docs = FIXTURE_RESULTS.filter((doc) => doc.trl >= 5);
      expect(response.totalHits).toBe(docs.length);
      expect(facet(response, 'resultClass')).toEqual(countBy(docs.map((doc) => doc.resultClass)));
      expect(facet(response, 'fieldCode')).toEqual(countBy(docs.map((doc) => doc.fieldCode)));
      expect(facet(response, 'chainCode')).toEqual(countBy(docs.map((doc) => doc.chainCode)));
      expect(facet(response, 'trl')).toEqual(countBy(docs.map((doc) => String(doc.trl))));
      expect(facet(response, 'transferModes')).toEqual(countBy(docs.flatMap((doc) => doc.transferModes)));
      expect(facet(response, 'district')).toEqual(countBy(docs.map((doc) => doc.district)));
      expect(facet(response, 'needsPilot')).toEqual(countBy(docs.map((doc) => String(doc.needsPilot))));
      const values = response.facets.find((f) => f.attribute === 'fieldCode')!.values.map((v) => v.count);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    });

    it('counts facets over a text query’s hits', async () => {
      const response = await engine.search('results', { query: '电池', facets: ['fieldCode', 'transferModes'], pageSize: 100 });
      const hits = FIXTURE_RESULTS.filter((doc) => ids(response).includes(doc.id));
      expect(hits.length).toBe(response.totalHits);
      expect(hits.length).toBeGreaterThanOrEqual(5);
      expect(facet(response, 'fieldCode')).toEqual(countBy(hits.map((doc) => doc.fieldCode)));
      expect(facet(response, 'transferModes')).toEqual(countBy(hits.flatMap((doc) => doc.transferModes)));
    });

    it('sorts NEWEST with the id as the tie-break', async () => {
      const response = await engine.search('results', { query: '', sort: 'NEWEST', pageSize: 100 });
      expect(ids(response)).toEqual(newest(FIXTURE_RESULTS).map((doc) => doc.id));
    });

    it('sorts a text query NEWEST and PRICE_ASC (typo-tolerant terms included)', async () => {
      const relevance = await engine.search('results', { query: 'perovskit', pageSize: 100 });
      expect(relevance.totalHits).toBeGreaterThan(1);
      const matched = FIXTURE_RESULTS.filter((doc) => ids(relevance).includes(doc.id));
      const byNewest = await engine.search('results', { query: 'perovskit', sort: 'NEWEST', pageSize: 100 });
      expect(ids(byNewest)).toEqual(newest(matched).map((doc) => doc.id));
      const byPrice = await engine.search('results', { query: '钙钛矿 电池', sort: 'PRICE_ASC', facets: ['trl'], pageSize: 100 });
      const prices = byPrice.hits.map((hit) => FIXTURE_RESULTS.find((doc) => doc.id === hit.id)!.priceMin ?? Infinity);
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
      expect(byPrice.facets[0].values.reduce((sum, value) => sum + value.count, 0)).toBe(byPrice.totalHits);
    });

    it('sorts PRICE_ASC and PRICE_DESC with unpriced documents last', async () => {
      const priced = FIXTURE_RESULTS.filter((doc) => doc.priceMin !== null);
      const unpriced = newest(FIXTURE_RESULTS.filter((doc) => doc.priceMin === null));
      const byPrice = (direction: 1 | -1) =>
        [...priced].sort((a, b) => direction * (a.priceMin! - b.priceMin!) || b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1));
      const ascending = await engine.search('results', { query: '', sort: 'PRICE_ASC', pageSize: 100 });
      expect(ids(ascending)).toEqual([...byPrice(1), ...unpriced].map((doc) => doc.id));
      const descending = await engine.search('results', { query: '', sort: 'PRICE_DESC', pageSize: 100 });
      expect(ids(descending)).toEqual([...byPrice(-1), ...unpriced].map((doc) => doc.id));
    });

    it('pages: page 2 follows page 1 without overlap', async () => {
      const first = await engine.search('results', { query: '', sort: 'NEWEST', page: 1, pageSize: 10 });
      const second = await engine.search('results', { query: '', sort: 'NEWEST', page: 2, pageSize: 10 });
      const all = newest(FIXTURE_RESULTS).map((doc) => doc.id);
      expect(ids(first)).toEqual(all.slice(0, 10));
      expect(ids(second)).toEqual(all.slice(10, 20));
      expect(second.page).toBe(2);
      expect(second.totalHits).toBe(FIXTURE_RESULTS.length);
    });

    it('lists everything filtered for an empty query', async () => {
      const response = await engine.search('results', { query: '', filters: { fieldCodes: ['JL.H2'] }, pageSize: 100 });
      expect(ids(response).sort()).toEqual(
        FIXTURE_RESULTS.filter((doc) => doc.fieldCode === 'JL.H2')
          .map((doc) => doc.id)
          .sort(),
      );
      const everything = await engine.search('results', { query: '   ', pageSize: 5 });
      expect(everything.totalHits).toBe(FIXTURE_RESULTS.length);
    });

    it('answers a lean request with the same hits in the same order, without highlights or facets', async () => {
      const request = { query: '电池, 钙钛矿, 氢', matchingStrategy: 'any' as const, filters: { minTrl: 2 }, pageSize: 100 };
      const full = await engine.search('results', request);
      const lean = await engine.search('results', { ...request, facets: ['fieldCode'], lean: true });
      expect(full.hits.length).toBeGreaterThan(1);
      expect(ids(lean)).toEqual(ids(full));
      expect(lean.facets).toEqual([]);
      expect(lean.hits.every((hit) => hit.highlightTitle === '' && hit.highlightSummary === '')).toBe(true);
      expect(lean.totalHits).toBeGreaterThanOrEqual(lean.hits.length);
      // A lean page may be larger than an ordinary one; an ordinary one may not.
      const big = await engine.search('results', { query: '', sort: 'NEWEST', pageSize: 300, lean: true });
      expect(ids(big)).toEqual(
        newest(FIXTURE_RESULTS)
          .slice(0, 300)
          .map((doc) => doc.id),
      );
      await expect(engine.search('results', { query: '', pageSize: 300 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('highlights the matched term in the original text', async () => {
      const chinese = await engine.search('results', { query: '钙钛矿', pageSize: 100 });
      const hit = chinese.hits.find((h) => h.id === FIXTURE_RESULTS[0].id)!;
      expect(hit.highlightTitle).toBe('高效<em>钙钛矿</em>太阳能电池制备技术');
      expect(hit.highlightSummary).toContain('<em>钙钛矿</em>薄膜');
      const english = await engine.search('results', { query: 'perovskite solar', pageSize: 100 });
      const stable = english.hits.find((h) => h.id === FIXTURE_RESULTS[3].id)!;
      expect(stable.highlightTitle).toBe('Stable <em>perovskite</em> <em>solar</em> modules');
    });

    it('treats quotes, OR, brackets and backslashes in filter values literally', async () => {
      const exact = await engine.search('results', { query: '', filters: { district: TRICKY_DISTRICT }, pageSize: 100 });
      expect(ids(exact)).toEqual(FIXTURE_RESULTS.filter((doc) => doc.district === TRICKY_DISTRICT).map((doc) => doc.id));
      expect(exact.hits[0].highlightTitle).toBe('碳纤维复合材料叶片');
      const injected = await engine.search('results', { query: '', filters: { district: 'x" OR district != "x' }, pageSize: 100 });
      expect(injected.totalHits).toBe(0);
      const injectedList = await engine.search('results', { query: '', filters: { fieldCodes: ['JL.AI"] OR fieldCode IN ["JL.H2'] }, pageSize: 100 });
      expect(injectedList.totalHits).toBe(0);
    });

    it('searches needs with their own filters and facets', async () => {
      const response = await engine.search('needs', {
        query: '',
        filters: { collective: true, minBudget: 2_000_000 },
        facets: ['status', 'fieldCode', 'collective'],
        sort: 'NEWEST',
        pageSize: 100,
      });
      const expected = newest(FIXTURE_NEEDS.filter((need) => need.collective && need.budgetMax !== null && need.budgetMax >= 2_000_000));
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(ids(response)).toEqual(expected.map((need) => need.id));
      expect(facet(response, 'status')).toEqual(countBy(expected.map((need) => need.status)));
      expect(facet(response, 'collective')).toEqual({ true: expected.length });
      const hydrogen = await engine.search('needs', { query: '氢能', filters: { status: ['PUBLISHED', 'IN_NEGOTIATION'] }, pageSize: 100 });
      const expectedHydrogen = FIXTURE_NEEDS.filter((need) => /氢能|hydrogen/.test(text(need)) && ['PUBLISHED', 'IN_NEGOTIATION'].includes(need.status));
      expect(ids(hydrogen).sort()).toEqual(expectedHydrogen.map((need) => need.id).sort());
    });

    it('deletes by id and ignores unknown ids', async () => {
      const victim = FIXTURE_NEEDS[FIXTURE_NEEDS.length - 1];
      await engine.delete('needs', [victim.id, '00000000-0000-4000-8000-0000000fffff']);
      const after = await engine.search('needs', { query: '', pageSize: 100 });
      expect(after.totalHits).toBe(FIXTURE_NEEDS.length - 1);
      expect(ids(after)).not.toContain(victim.id);
      await engine.upsert('needs', [victim]);
    });
  });
}
