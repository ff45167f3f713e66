import { ConceptDictionaryService, ConceptSet, MatchScorerService } from '@techbridge/matching';
import { DomainError, loadConfig, OutboxService, Principal, Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { createAdmin, startTestApp, TestApp } from '../support';

/** The versioned concept dictionary against a real PostgreSQL: seeding, edits, publication, rollback. */
describe('concept dictionary (PostgreSQL)', () => {
  let t: TestApp;
  let dictionary: ConceptDictionaryService;
  let scorer: MatchScorerService;
  let db: DataSource;
  let admin: Principal;

  beforeAll(async () => {
    t = await startTestApp();
    dictionary = t.app.get(ConceptDictionaryService);
    scorer = t.app.get(MatchScorerService);
    db = t.app.get(DataSource);
    const signedIn = await createAdmin(t);
    admin = { userId: signedIn.userId, roles: [Role.ADMIN], organizationId: null };
  });

  afterAll(async () => {
    await t?.close();
  });

  const count = async (sql: string): Promise<number> => Number((await db.query<{ n: number }[]>(sql))[0].n);
  const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
    const error = await work.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };

  it('loads the repository files as version 1 once, however many callers race for it', async () => {
    expect(await count(`SELECT count(*) AS n FROM concept_dictionary_version`)).toBe(0);
    const seeded = await Promise.all([dictionary.seedIfEmpty(), dictionary.seedIfEmpty(), dictionary.seedIfEmpty(), dictionary.seedIfEmpty()]);
    expect(seeded.filter(Boolean)).toHaveLength(1);
    expect(await count(`SELECT count(*) AS n FROM concept_dictionary_version`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM concept_dictionary_concept`)).toBe(ConceptSet.default().size);
    const set = await dictionary.ensureCurrent(true);
    // The same concepts as the files, so the same matching as before the tables existed.
    expect(set.version).toBe(ConceptSet.default().version);
    expect(scorer.conceptVersionNumber).toBe(1);
    expect(await dictionary.seedIfEmpty()).toBe(false);
  });

  it('publishes an edit atomically: the matcher finds the new synonym, the history says who changed what', async () => {
    const before = scorer.concepts.scan('寻求钠基电芯');
    expect(before.map((hit) => hit.id)).not.toContain('ssb.sodium-ion');
    const current = scorer.concepts.concepts.get('ssb.sodium-ion')!;
    await dictionary.saveConcept(admin, { ...current, syn: [...current.syn, '钠基电芯'] });
    // A draft changes nothing until it is published.
    expect(scorer.concepts.scan('寻求钠基电芯').map((hit) => hit.id)).not.toContain('ssb.sodium-ion');
    const version = await dictionary.publish(admin, '钠基电芯 is how the two-wheeler trade says it');
    expect(version).toMatchObject({ number: 2, published: true, basedOn: 1, publishedBy: admin.userId });
    expect(scorer.conceptVersionNumber).toBe(2);
    expect(scorer.concepts.scan('寻求钠基电芯').map((hit) => hit.id)).toContain('ssb.sodium-ion');
    const changes = await dictionary.changes(version.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ action: 'UPDATE', conceptId: 'ssb.sodium-ion', actorId: admin.userId });
    expect(changes[0].before!.syn).not.toContain('钠基电芯');
    expect(changes[0].after!.syn).toContain('钠基电芯');
    // The publication is an outbox event: the worker re-scores the needs with it.
    expect(await count(`SELECT count(*) AS n FROM outbox_event WHERE type = 'concept_dictionary.published'`)).toBe(1);
  });

  it('refuses a broader cycle, an unknown link, a term the field already has and an empty name, changing nothing', async () => {
    const rowsBefore = await db.query(
      `SELECT * FROM concept_dictionary_concept c JOIN concept_dictionary_version v ON v.id = c.version_id ORDER BY v.number, c.position`,
    );
    const storage = scorer.concepts.concepts.get('ssb.storage-battery')!;
    const cycle = await refusal(dictionary.saveConcept(admin, { ...storage, broader: ['ssb.layered-oxide-sib'] }));
    expect(cycle).toMatchObject({ reason: 'CONCEPT_BROADER_CYCLE', code: 'BAD_USER_INPUT' });
    expect(cycle.fields!['input.broader'][0]).toContain('ssb.storage-battery → ssb.layered-oxide-sib → ssb.sodium-ion → ssb.storage-battery');
    const unknown = await refusal(dictionary.saveConcept(admin, { ...storage, broader: ['ssb.no-such-thing'] }));
    expect(unknown).toMatchObject({ reason: 'CONCEPT_UNKNOWN_LINK', fields: { 'input.broader': ['Unknown concept: ssb.no-such-thing'] } });
    const duplicate = await refusal(
      dictionary.saveConcept(admin, { id: 'ssb.sodium-cell', fieldCode: 'JL.SSB', zh: '钠电芯', en: 'sodium cell', syn: ['钠电'] }),
    );
    expect(duplicate).toMatchObject({ reason: 'CONCEPT_DUPLICATE_TERM', code: 'BAD_USER_INPUT' });
    expect(Object.keys(duplicate.fields!)).toEqual(['input.syn']);
    const empty = await refusal(dictionary.saveConcept(admin, { id: 'ssb.sodium-cell', fieldCode: 'JL.SSB', zh: '  ', en: 'sodium cell' }));
    expect(empty).toMatchObject({ reason: 'CONCEPT_INVALID', fields: { 'input.zh': ['The Chinese name is empty'] } });
    const inUse = await refusal(dictionary.removeConcept(admin, 'ssb.sodium-ion'));
    expect(inUse).toMatchObject({ reason: 'CONCEPT_IN_USE', code: 'CONFLICT' });
    // Each refused edit rolled back with its transaction: no draft, no change, the same rows.
    expect(await dictionary.version('draft')).toBeNull();
    expect(
      await db.query(`SELECT * FROM concept_dictionary_concept c JOIN concept_dictionary_version v ON v.id = c.version_id ORDER BY v.number, c.position`),
    ).toEqual(rowsBefore);
    await expect(dictionary.publish(admin, 'nothing')).rejects.toMatchObject({ reason: 'CONCEPT_DRAFT_EMPTY' });
  });

  it('adds and removes concepts in one draft, lists them by field and text, and can discard a draft', async () => {
    await dictionary.saveConcept(admin, {
      id: 'ssb.sodium-binder',
      fieldCode: 'JL.SSB',
      zh: '钠电水系粘结剂',
      en: 'aqueous binder for sodium-ion electrodes',
      syn: ['水系粘结剂'],
      broader: ['ssb.sodium-ion'],
    });
    const draft = (await dictionary.version('draft'))!;
    expect(draft).toMatchObject({ number: null, published: false, conceptCount: ConceptSet.default().size + 1 });
    const found = await dictionary.concepts(draft.id, { fieldCode: 'JL.SSB', text: '水系粘结剂' });
    expect(found.edges.map((edge) => edge.node.id)).toEqual(['ssb.sodium-binder']);
    const page = await dictionary.concepts(draft.id, { fieldCode: 'JL.SSB' }, 5);
    const next = await dictionary.concepts(draft.id, { fieldCode: 'JL.SSB' }, 5, page.pageInfo.endCursor);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(next.edges[0].node.id).not.toBe(page.edges[4].node.id);
    expect(page.totalCount).toBe(next.totalCount);
    await dictionary.removeConcept(admin, 'ssb.sodium-binder');
    expect((await dictionary.changes(draft.id)).map((change) => change.action)).toEqual(['ADD', 'REMOVE']);
    // A change that leaves out the kind and the links keeps them (a problem stays a problem).
    const nox = scorer.concepts.concepts.get('chem.nox-exceed')!;
    const changed = await dictionary.saveConcept(admin, {
      id: nox.id,
      fieldCode: nox.fieldCode,
      zh: nox.zh,
      en: nox.en,
      syn: [...nox.syn, '氮氧化物排放偏高'],
    });
    expect(changed).toMatchObject({ kind: 'problem', solvedBy: nox.solvedBy, broader: nox.broader, abbr: nox.abbr });
    expect(changed.syn).toEqual([...nox.syn, '氮氧化物排放偏高']);
    expect(await dictionary.discardDraft()).toBe(true);
    expect(await dictionary.version('draft')).toBeNull();
    expect(scorer.conceptVersionNumber).toBe(2);
  });

  it('rolls back by publishing a copy of an earlier version, its differences in the change log', async () => {
    const version = await dictionary.rollback(admin, 1, null);
    expect(version).toMatchObject({ number: 3, rolledBackTo: 1, basedOn: 2, note: 'Rollback to version 1' });
    expect(scorer.concepts.concepts.version).toBe(ConceptSet.default().version);
    expect(scorer.concepts.scan('寻求钠基电芯').map((hit) => hit.id)).not.toContain('ssb.sodium-ion');
    const changes = await dictionary.changes(version.id);
    expect(changes.map((change) => [change.action, change.conceptId])).toEqual([['UPDATE', 'ssb.sodium-ion']]);
    expect(changes[0].after!.syn).not.toContain('钠基电芯');
    const history = await dictionary.versions();
    expect(history.edges.map((edge) => edge.node.number)).toEqual([3, 2, 1]);
    await expect(dictionary.rollback(admin, 3, null)).rejects.toMatchObject({ reason: 'CONCEPT_DRAFT_EMPTY' });
    await expect(dictionary.rollback(admin, 9, null)).rejects.toMatchObject({ reason: 'CONCEPT_VERSION_NOT_FOUND', code: 'NOT_FOUND' });
  });

  it('serves another process the current version: it loads it from the tables on first use', async () => {
    // A second process: its own scorer (on the data files until it loads) and its own service.
    const otherScorer = new MatchScorerService(loadConfig({}), scorer.tokenizer);
    const other = new ConceptDictionaryService(db, otherScorer, t.app.get(OutboxService));
    expect(otherScorer.conceptVersionNumber).toBeNull();
    await other.ensureCurrent();
    expect(otherScorer.conceptVersionNumber).toBe(3);
    await dictionary.rollback(admin, 2, 'the synonym was right after all');
    await other.ensureCurrent(true);
    expect(otherScorer.conceptVersionNumber).toBe(4);
    expect(otherScorer.concepts.scan('寻求钠基电芯').map((hit) => hit.id)).toContain('ssb.sodium-ion');
  });
});
