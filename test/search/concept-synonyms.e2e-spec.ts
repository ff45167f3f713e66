import { Cast, cast, publishedResult } from '../catalog/catalog-fixtures';
import { NEW_SYNONYM, PUBLISH, ROLLBACK, SAVE_CONCEPT, SODIUM_RESULT } from '../matching/concept-dictionary-fixtures';
import { createTestDatabase, eventually, GraphQLResponse, startTestApp, TestApp, TestDatabase } from '../support';

const SEARCH_RESULT_IDS = `query($input: ResultSearchInput!) { searchResults(input: $input) { totalHits hits { highlightTitle result { id } } } }`;
const SODIUM = `query { conceptDictionary { concepts(text: "钠离子电池", fieldCode: "JL.SSB", first: 10) { edges { node { id synonyms broader } } } } }`;

/**
 * Public search follows the published concept dictionary: in the process that publishes at
 * once, in another app instance serving the same database (its own caches, as another process has) within its version check.
 */
describe('public search with the published concept dictionary (GraphQL over HTTP, two API app instances on one database)', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let people: Cast;
  let resultId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A runs the outbox worker (indexing); B is a second API app on the same database, with caches of its own.
    a = await startTestApp({ worker: true, database });
    b = await startTestApp({ database });
    people = await cast(a);
    resultId = await publishedResult(a, people.researcher, people.admin, SODIUM_RESULT);
    await eventually(async () => ((await found(a, '钠离子电池')).includes(resultId) ? true : undefined), 30_000);
  }, 180_000);

  afterAll(async () => {
    await b?.close();
    await a?.close();
    await database?.drop();
  });

  const ok = <T>(response: GraphQLResponse<T>): T => {
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  /** Ids of the results an anonymous visitor finds. */
  async function found(app: TestApp, query: string): Promise<string[]> {
    const data = ok(await app.gql<{ searchResults: { hits: { result: { id: string } }[] } }>(SEARCH_RESULT_IDS, { input: { query, pageSize: 100 } }));
    return data.searchResults.hits.map((hit) => hit.result.id);
  }

  it('finds nothing for a name the dictionary does not have, in either process', async () => {
    expect(await found(a, NEW_SYNONYM)).toEqual([]);
    expect(await found(b, NEW_SYNONYM)).toEqual([]);
    // The repository's own synonym works from the start: 钠电 is a name of the same concept.
    expect(await found(b, '钠电')).toContain(resultId);
  });

  it('finds the concept’s results for the new name once an administrator adds it and publishes, and not once rolled back', async () => {
    const sodium = ok(
      await a.gql<{ conceptDictionary: { concepts: { edges: { node: { id: string; synonyms: string[]; broader: string[] } }[] } } }>(
        SODIUM,
        {},
        people.admin.token,
      ),
    ).conceptDictionary.concepts.edges.find((edge) => edge.node.id === 'ssb.sodium-ion')!.node;
    expect(sodium.synonyms).not.toContain(NEW_SYNONYM);
    const input = {
      id: 'ssb.sodium-ion',
      fieldCode: 'JL.SSB',
      zh: '钠离子电池',
      en: 'sodium-ion battery',
      abbreviations: ['SIB'],
      synonyms: [...sodium.synonyms, NEW_SYNONYM],
      broader: sodium.broader,
    };
    expect(ok(await a.gql<{ saveConcept: { synonyms: string[] } }>(SAVE_CONCEPT, { input }, people.admin.token)).saveConcept.synonyms).toContain(NEW_SYNONYM);
    // In the draft only: search still uses the published version.
    expect(await found(a, NEW_SYNONYM)).toEqual([]);

    expect(
      ok(await a.gql<{ publishConceptDictionary: { number: number } }>(PUBLISH, { note: 'trade name' }, people.admin.token)).publishConceptDictionary.number,
    ).toBe(2);
    // The publishing process switches at once; the other one at its next version check.
    expect(await found(a, NEW_SYNONYM)).toEqual([resultId]);
    await eventually(async () => ((await found(b, NEW_SYNONYM)).includes(resultId) ? true : undefined), 30_000);
    expect(await found(b, NEW_SYNONYM)).toEqual([resultId]);
    // Also as one word of a longer query whose other word the result has.
    expect(await found(a, `${NEW_SYNONYM} 正极`)).toEqual([resultId]);

    const rolledBack = ok(await a.gql<{ rollbackConceptDictionary: { number: number; rolledBackTo: number } }>(ROLLBACK, { number: 1 }, people.admin.token));
    expect(rolledBack.rollbackConceptDictionary).toEqual({ id: expect.any(String), number: 3, rolledBackTo: 1 });
    expect(await found(a, NEW_SYNONYM)).toEqual([]);
    await eventually(async () => ((await found(b, NEW_SYNONYM)).length === 0 ? true : undefined), 30_000);
    expect(await found(b, '钠电')).toContain(resultId);
  });
});
