import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp } from '../support';

const CONCEPTS = `query ($fieldCode: String!) { concepts(fieldCode: $fieldCode) { id nameZh nameEn abbreviations addressedBy } conceptRevision { version conceptCount } }`;
const UPSERT = `mutation ($input: ConceptInput!, $note: String) { upsertConcept(input: $input, note: $note) { version graphVersion conceptCount note } }`;
const REMOVE = `mutation ($id: String!) { removeConcept(id: $id) { version conceptCount } }`;
const SEARCH = `query ($input: ResultSearchInput!) { searchResults(input: $input) { totalHits } }`;

describe('the concept layer over HTTP', () => {
  let t: TestApp;
  let admin: SignedIn;
  let enterprise: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createAdmin(t);
    enterprise = await registerAccount(t, 'ENTERPRISE');
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('serves the repository’s concepts as revision 0, to administrators only among these callers', async () => {
    const response = await t.gql<{ concepts: { id: string; addressedBy: string[] }[]; conceptRevision: { version: number; conceptCount: number } }>(CONCEPTS, { fieldCode: 'QL.CHEM' }, admin.token);
    expect(response.errors).toBeUndefined();
    expect(response.data!.conceptRevision.version).toBe(0);
    expect(response.data!.conceptRevision.conceptCount).toBeGreaterThan(200);
    expect(response.data!.concepts.find((concept) => concept.id === 'nox-exceed')!.addressedBy).toEqual(expect.arrayContaining(['scr', 'low-nox-combustion']));
    expect(errorCode(await t.gql(CONCEPTS, { fieldCode: 'QL.CHEM' }, enterprise.token))).toBe('FORBIDDEN');
  });

  it('refuses an edit that would break the layer, and changes nothing', async () => {
    const input = { id: 'kiln-flux', fieldCode: 'QL.CHEM', kind: 'technique', nameZh: '矿化剂', nameEn: 'kiln mineraliser', broader: ['no-such-concept'] };
    const broken = await t.gql(UPSERT, { input }, admin.token);
    expect(errorCode(broken)).toBe('BAD_USER_INPUT');
    const clash = await t.gql(UPSERT, { input: { ...input, broader: [], synonyms: ['SCR'] } }, admin.token);
    expect(errorCode(clash)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(UPSERT, { input: { ...input, broader: [] } }, enterprise.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPSERT, { input: { ...input, id: 'Not A Slug' } }, admin.token))).toBe('BAD_USER_INPUT');
    const after = await t.gql<{ conceptRevision: { version: number } }>(CONCEPTS, { fieldCode: 'QL.CHEM' }, admin.token);
    expect(after.data!.conceptRevision.version).toBe(0);
  });

  it('stores each valid edit as a new revision and lists it at once; a removal is a revision too', async () => {
    const before = await t.gql<{ searchResults: { totalHits: number } }>(SEARCH, { input: { query: '窑用矿化剂' } });
    expect(before.data!.searchResults.totalHits).toBe(0);
    const input = { id: 'kiln-flux', fieldCode: 'QL.CHEM', kind: 'technique', nameZh: '矿化剂', nameEn: 'kiln mineraliser', synonyms: ['窑用矿化剂'], broader: ['catalyst'] };
    const saved = await t.gql<{ upsertConcept: { version: number; conceptCount: number; note: string } }>(UPSERT, { input, note: 'new concept' }, admin.token);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.upsertConcept).toMatchObject({ version: 1, note: 'new concept' });
    const listed = await t.gql<{ concepts: { id: string }[]; conceptRevision: { version: number; conceptCount: number } }>(CONCEPTS, { fieldCode: 'QL.CHEM' }, admin.token);
    expect(listed.data!.concepts.map((concept) => concept.id)).toContain('kiln-flux');
    expect(listed.data!.conceptRevision).toEqual({ version: 1, conceptCount: saved.data!.upsertConcept.conceptCount });
    const removed = await t.gql<{ removeConcept: { version: number; conceptCount: number } }>(REMOVE, { id: 'kiln-flux' }, admin.token);
    expect(removed.data!.removeConcept).toEqual({ version: 2, conceptCount: saved.data!.upsertConcept.conceptCount - 1 });
    expect(errorCode(await t.gql(REMOVE, { id: 'kiln-flux' }, admin.token))).toBe('NOT_FOUND');
  });
});
