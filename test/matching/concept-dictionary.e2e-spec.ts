import { ConceptSet } from '@techbridge/matching';
import { DataSource } from 'typeorm';

import { Cast, cast, publishedNeed, publishedResult } from '../catalog/catalog-fixtures';
import { errorCode, eventually, GraphQLResponse, startTestApp, TestApp } from '../support';
import { NEW_SYNONYM, PUBLISH, ROLLBACK, SAVE_CONCEPT, SODIUM_RESULT } from './concept-dictionary-fixtures';
import { CATALOGUE, indexResults, MATCHES_FOR_NEED, REFRESH_MATCHES } from './matching-helpers';

interface MatchView {
  id: string;
  score: number;
  factors: { factor: string; value: number; reasonZh: string; reasonEn: string }[];
  result: { id: string; title: string; fieldCode: string };
}

const DICTIONARY = `query($draft: Boolean, $text: String, $fieldCode: String) {
  conceptDictionary(draft: $draft) {
    id number published conceptCount
    concepts(text: $text, fieldCode: $fieldCode, first: 10) { totalCount edges { node { id zh en synonyms abbreviations broader kind } } }
  }
}`;
const HISTORY = `{ conceptDictionaryVersions(first: 10) {
  totalCount
  edges { node { number note basedOn rolledBackTo publishedBy publishedAt changes { action conceptId actorId before { synonyms } after { synonyms } } } }
} }`;

/** A need in the vehicles field that shares no word with the sodium-ion result and names it only by the new synonym. */
const NEED = {
  title: `两轮车换电柜用${NEW_SYNONYM}`,
  summary: `寻求适用于换电柜的${NEW_SYNONYM}，低温可用、循环寿命长、成本低于现有方案。`,
  keywords: [NEW_SYNONYM, '换电柜'],
  fieldCode: 'QL.NEV',
  minTrl: 4,
};

describe('the concept dictionary over HTTP', () => {
  let t: TestApp;
  let people: Cast;
  let sodiumResultId: string;
  let needId: string;

  beforeAll(async () => {
    // The worker runs the outbox relay: a publication reaches the re-scoring job.
    t = await startTestApp({ worker: true });
    people = await cast(t);
    const ids = [await publishedResult(t, people.researcher, people.admin, SODIUM_RESULT)];
    sodiumResultId = ids[0];
    for (const overrides of CATALOGUE) ids.push(await publishedResult(t, people.researcher, people.admin, overrides));
    await indexResults(t, ids);
    needId = await publishedNeed(t, people.enterprise, NEED);
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  const ok = <T>(response: GraphQLResponse<T>): T => {
    if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const refresh = async (): Promise<MatchView[]> =>
    ok(await t.gql<{ refreshMatches: MatchView[] }>(REFRESH_MATCHES, { needId }, people.enterprise.token)).refreshMatches;
  const suggested = async (): Promise<string[]> =>
    ok(await t.gql<{ matchesForNeed: MatchView[] }>(MATCHES_FOR_NEED, { needId, first: 50 }, people.enterprise.token)).matchesForNeed.map(
      (match) => match.result.id,
    );
  const dictionary = async (variables: Record<string, unknown> = {}, token = people.admin.token) =>
    ok(
      await t.gql<{
        conceptDictionary: {
          id: string;
          number: number | null;
          conceptCount: number;
          concepts: { totalCount: number; edges: { node: { id: string; synonyms: string[]; broader: string[] } }[] };
        } | null;
      }>(DICTIONARY, variables, token),
    ).conceptDictionary;
  const sodium = async () => (await dictionary({ text: '钠电', fieldCode: 'JL.SSB' }))!.concepts.edges.find((edge) => edge.node.id === 'ssb.sodium-ion')!.node;

  it('serves the repository files as version 1, searchable by field and text, to brokers too', async () => {
    const current = await dictionary({ text: '钠电', fieldCode: 'JL.SSB' }, people.broker.token);
    // Version 1 is the data files as they are: every concept of the default set.
    expect(current).toMatchObject({ number: 1, conceptCount: ConceptSet.default().size });
    expect(current!.concepts.edges.map((edge) => edge.node.id)).toContain('ssb.sodium-ion');
    expect((await sodium()).synonyms).not.toContain(NEW_SYNONYM);
    // Without the synonym the need has no word in common with the sodium-ion result: not a candidate.
    expect((await refresh()).map((match) => match.result.id)).not.toContain(sodiumResultId);
  });

  it('refuses edits and the draft to everyone but administrators', async () => {
    const current = await sodium();
    for (const caller of [people.broker, people.enterprise, people.researcher]) {
      const saved = await t.gql(
        SAVE_CONCEPT,
        { input: { id: 'ssb.sodium-ion', fieldCode: 'JL.SSB', zh: '钠离子电池', en: 'sodium-ion battery', synonyms: [NEW_SYNONYM] } },
        caller.token,
      );
      expect(errorCode(saved)).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(PUBLISH, {}, caller.token))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(ROLLBACK, { number: 1 }, caller.token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.gql(DICTIONARY, { draft: true }, people.broker.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DICTIONARY, {}, people.enterprise.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DICTIONARY, {}))).toBe('UNAUTHENTICATED');
    expect(await dictionary({ draft: true })).toBeNull();
    expect(await sodium()).toEqual(current);
  });

  it('refuses a broader cycle and bad input with stable codes and fields, and changes nothing', async () => {
    const cycle = await t.gql(
      SAVE_CONCEPT,
      { input: { id: 'ssb.storage-battery', fieldCode: 'JL.SSB', zh: '储能电池', en: 'energy storage battery', broader: ['ssb.sodium-ion'] } },
      people.admin.token,
    );
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONCEPT_BROADER_CYCLE' });
    expect((cycle.errors![0].extensions!.fields as Record<string, string[]>)['input.broader'][0]).toMatch(
      /cycle: ssb\.storage-battery → ssb\.sodium-ion → ssb\.storage-battery/,
    );
    const unknown = await t.gql(
      SAVE_CONCEPT,
      { input: { id: 'ssb.sodium-ion', fieldCode: 'JL.SSB', zh: '钠离子电池', en: 'sodium-ion battery', broader: ['ssb.nothing'] } },
      people.admin.token,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONCEPT_UNKNOWN_LINK',
      fields: { 'input.broader': ['Unknown concept: ssb.nothing'] },
    });
    const empty = await t.gql(SAVE_CONCEPT, { input: { id: 'ssb.sodium-ion', fieldCode: 'JL.SSB', zh: '', en: 'sodium-ion battery' } }, people.admin.token);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(Object.keys(empty.errors![0].extensions!.fields as object)).toEqual(['input.zh']);
    const duplicate = await t.gql(
      SAVE_CONCEPT,
      { input: { id: 'ssb.sodium-cell', fieldCode: 'JL.SSB', zh: '钠电芯', en: 'sodium cell', synonyms: ['SIB'] } },
      people.admin.token,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONCEPT_DUPLICATE_TERM' });
    expect(await dictionary({ draft: true })).toBeNull();
    expect(ok(await t.gql<{ conceptDictionaryVersions: { totalCount: number } }>(HISTORY, {}, people.admin.token)).conceptDictionaryVersions.totalCount).toBe(
      1,
    );
  });

  it('matches the need to the sodium-ion result once an administrator adds the synonym and publishes', async () => {
    const current = await sodium();
    const saved = ok(
      await t.gql<{ saveConcept: { synonyms: string[] } }>(
        SAVE_CONCEPT,
        {
          input: {
            id: 'ssb.sodium-ion',
            fieldCode: 'JL.SSB',
            zh: '钠离子电池',
            en: 'sodium-ion battery',
            abbreviations: ['SIB'],
            synonyms: [...current.synonyms, NEW_SYNONYM],
            broader: current.broader,
          },
        },
        people.admin.token,
      ),
    ).saveConcept;
    expect(saved.synonyms).toContain(NEW_SYNONYM);
    // Saved to the draft only: the matcher still uses version 1.
    expect((await dictionary({ draft: true }))!.number).toBeNull();
    expect((await refresh()).map((match) => match.result.id)).not.toContain(sodiumResultId);
    const published = ok(
      await t.gql<{ publishConceptDictionary: { number: number; publishedBy: string } }>(
        PUBLISH,
        { note: 'trade name of sodium-ion cells' },
        people.admin.token,
      ),
    );
    expect(published.publishConceptDictionary).toMatchObject({ number: 2, publishedBy: people.admin.userId });
    // The outbox job re-scores the published needs with version 2, without anyone asking.
    await eventually(async () => ((await suggested()).includes(sodiumResultId) ? true : undefined), 30_000);
    const matches = await refresh();
    const match = matches.find((entry) => entry.result.id === sodiumResultId);
    expect(match).toBeDefined();
    const concept = match!.factors.find((factor) => factor.factor === 'concept')!;
    expect(concept.value).toBeGreaterThan(0);
    expect(concept.reasonZh).toContain(NEW_SYNONYM);
    expect(concept.reasonZh).toContain('钠离子电池');
  });

  it('restores the earlier behaviour on rollback, and lists who changed what in the history', async () => {
    const rolledBack = ok(await t.gql<{ rollbackConceptDictionary: { number: number; rolledBackTo: number } }>(ROLLBACK, { number: 1 }, people.admin.token));
    expect(rolledBack.rollbackConceptDictionary).toEqual(expect.objectContaining({ number: 3, rolledBackTo: 1 }));
    expect((await sodium()).synonyms).not.toContain(NEW_SYNONYM);
    await eventually(async () => ((await suggested()).includes(sodiumResultId) ? undefined : true), 30_000);
    expect((await refresh()).map((match) => match.result.id)).not.toContain(sodiumResultId);
    const history = ok(
      await t.gql<{
        conceptDictionaryVersions: {
          totalCount: number;
          edges: {
            node: {
              number: number;
              rolledBackTo: number | null;
              publishedBy: string | null;
              changes: { action: string; conceptId: string; actorId: string; before: { synonyms: string[] }; after: { synonyms: string[] } }[];
            };
          }[];
        };
      }>(HISTORY, {}, people.broker.token),
    ).conceptDictionaryVersions;
    expect(history.totalCount).toBe(3);
    expect(history.edges.map((edge) => [edge.node.number, edge.node.rolledBackTo])).toEqual([
      [3, 1],
      [2, null],
      [1, null],
    ]);
    const [v3, v2, v1] = history.edges.map((edge) => edge.node);
    expect(v2.changes.map((change) => [change.action, change.conceptId, change.actorId])).toEqual([['UPDATE', 'ssb.sodium-ion', people.admin.userId]]);
    expect(v2.changes[0].after.synonyms).toContain(NEW_SYNONYM);
    expect(v3.changes[0].before.synonyms).toContain(NEW_SYNONYM);
    expect(v3.changes[0].after.synonyms).not.toContain(NEW_SYNONYM);
    expect(v1).toMatchObject({ publishedBy: null, changes: [] });
    // Both publications reach the audit log through the outbox.
    const audited = await eventually(async () => {
      const rows = await t.app
        .get(DataSource)
        .query<{ actor_id: string; details: { number: number } }[]>(
          `SELECT actor_id, details FROM audit_log WHERE action = 'concept_dictionary.published' ORDER BY (details->>'number')::int`,
        );
      return rows.length === 2 ? rows : undefined;
    });
    expect(audited.map((row) => [row.actor_id, row.details.number])).toEqual([
      [people.admin.userId, 2],
      [people.admin.userId, 3],
    ]);
  });
});
