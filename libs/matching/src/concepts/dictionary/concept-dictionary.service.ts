import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, invalidField, OutboxService, Principal } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { MatchScorerService } from '../../match-scorer.service';
import { matchingError } from '../../matching.errors';
import { conceptKey, ConceptKind, ConceptSet, DEFAULT_CONCEPT_FILES } from '../concept-set';
import { checkEdit, conceptSetOf, conceptsOfFiles, DictionaryConcept, DictionaryProblem, linksTo, sameConcept, toRecord } from './concept-dictionary.rules';

/** One version of the dictionary (a draft has no number). */
export interface DictionaryVersion {
  id: string;
  number: number | null;
  published: boolean;
  basedOn: number | null;
  rolledBackTo: number | null;
  note: string;
  createdBy: string | null;
  createdAt: Date;
  publishedBy: string | null;
  publishedAt: Date | null;
  conceptCount: number;
}

export type ConceptChangeAction = 'ADD' | 'UPDATE' | 'REMOVE';

export interface DictionaryChange {
  id: string;
  versionId: string;
  action: ConceptChangeAction;
  conceptId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actorId: string | null;
  createdAt: Date;
}

/** A concept as an administrator writes it: the data files' record with its field. */
export interface ConceptEdit {
  id: string;
  fieldCode: string;
  zh: string;
  en: string;
  kind?: ConceptKind | null;
  abbr?: string[] | null;
  syn?: string[] | null;
  broader?: string[] | null;
  solvedBy?: string[] | null;
  partlySolvedBy?: string[] | null;
}

export interface ConceptFilter {
  fieldCode?: string | null;
  /** Part of a name, abbreviation or synonym (compared as the extractor compares: `conceptKey`). */
  text?: string | null;
}

/** How often a process checks whether another one published a newer version. */
const STALE_AFTER_MS = 5_000;
const SEED_NOTE = 'Loaded from the repository data files (libs/matching/src/concepts/data)';
const VERSION_COLUMNS = `v.id, v.number, v.published, v.based_on, v.rolled_back_to, v.note, v.created_by, v.created_at, v.published_by, v.published_at,
  (SELECT count(*)::int FROM concept_dictionary_concept c WHERE c.version_id = v.id) AS concept_count`;

type VersionRow = {
  id: string;
  number: number | null;
  published: boolean;
  based_on: number | null;
  rolled_back_to: number | null;
  note: string;
  created_by: string | null;
  created_at: Date;
  published_by: string | null;
  published_at: Date | null;
  concept_count: number;
};
type ConceptRow = {
  concept_id: string;
  position: number;
  field_code: string;
  zh: string;
  en: string;
  kind: ConceptKind;
  abbr: string[];
  syn: string[];
  broader: string[];
  solved_by: string[];
  partly_solved_by: string[];
};

/**
 * The concept dictionary as versioned data: the current published version is what the matcher
 * and the candidate expansion use (held in memory by the scorer, reloaded when a version is
 * published here or, in another process, seen to be newer); administrators edit one shared
 * draft, publish it atomically as the next version, and roll back by publishing a copy of an
 * earlier one. The change log keeps who changed which concept and how.
 */
@Injectable()
export class ConceptDictionaryService {
  private readonly logger = new Logger(ConceptDictionaryService.name);
  private loadedNumber: number | null = null;
  private checkedAt = 0;
  private inFlight: Promise<ConceptSet> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scorer: MatchScorerService,
    private readonly outbox: OutboxService,
  ) {}

  /** The number of the version the scorer uses (null before the first load). */
  get currentNumber(): number | null {
    return this.loadedNumber;
  }

  /**
   * Makes sure the scorer uses the current published version: the first call loads it (seeding
   * version 1 from the data files when the tables are empty), later calls look for a newer
   * number at most every few seconds. Concurrent callers share one load.
   */
  async ensureCurrent(force = false): Promise<ConceptSet> {
    if (!force && this.loadedNumber !== null && Date.now() - this.checkedAt < STALE_AFTER_MS) return this.scorer.concepts.concepts;
    if (force) {
      // A load already under way may have read the number before a publication just committed.
      await this.inFlight?.catch(() => undefined);
      return this.load(true);
    }
    this.inFlight ??= this.load(false).finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async load(force: boolean): Promise<ConceptSet> {
    if (this.loadedNumber === null) await this.seedIfEmpty();
    const [current] = await this.dataSource.query<{ id: string; number: number }[]>(
      `SELECT id, number FROM concept_dictionary_version WHERE published ORDER BY number DESC LIMIT 1`,
    );
    this.checkedAt = Date.now();
    if (!force && current.number === this.loadedNumber) return this.scorer.concepts.concepts;
    const { concepts, sources } = await this.conceptsOf(this.dataSource.manager, current.id);
    const set = conceptSetOf(concepts, sources);
    this.scorer.useConcepts(set, current.number);
    if (this.loadedNumber !== null) this.logger.log(`Concept dictionary version ${current.number} in use (${set.size} concepts, ${set.version})`);
    this.loadedNumber = current.number;
    return set;
  }

  /**
   * Version 1 from the repository's data files when no version exists yet. Safe to run from
   * every process at once: the first transaction to take the lock writes, the others find it.
   */
  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [{ exists }] = await manager.query<{ exists: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM concept_dictionary_version) AS exists`);
      if (exists) return false;
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('concept_dictionary'))`);
      const [{ again }] = await manager.query<{ again: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM concept_dictionary_version) AS again`);
      if (again) return false;
      const sources = Object.fromEntries(DEFAULT_CONCEPT_FILES.map((file) => [file.chain, file.sources]));
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO concept_dictionary_version (number, published, note, sources, published_at) VALUES (1, true, $1, $2, now()) RETURNING id`,
        [SEED_NOTE, JSON.stringify(sources)],
      );
      await this.insertConcepts(manager, id, conceptsOfFiles(DEFAULT_CONCEPT_FILES));
      return true;
    });
  }

  // ---- reads -------------------------------------------------------------------------------

  /** The current published version, or the open draft (null when none is open). */
  async version(which: 'current' | 'draft'): Promise<DictionaryVersion | null> {
    await this.ensureCurrent();
    const where = which === 'draft' ? 'NOT v.published' : 'v.published ORDER BY v.number DESC LIMIT 1';
    const [row] = await this.dataSource.query<VersionRow[]>(`SELECT ${VERSION_COLUMNS} FROM concept_dictionary_version v WHERE ${where}`);
    return row ? versionOf(row) : null;
  }

  /** Published versions, newest first (keyset on the number). */
  async versions(first = DEFAULT_PAGE_SIZE, after?: string | null): Promise<Connection<DictionaryVersion>> {
    await this.ensureCurrent();
    const before = after ? integerCursor(after) : null;
    const rows = await this.dataSource.query<VersionRow[]>(
      `SELECT ${VERSION_COLUMNS} FROM concept_dictionary_version v
        WHERE v.published AND ($1::int IS NULL OR v.number < $1) ORDER BY v.number DESC LIMIT $2`,
      [before, first + 1],
    );
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM concept_dictionary_version WHERE published`);
    return connectionOf(rows.map(versionOf), first, (version) => version.number!, total);
  }

  /** A version's concepts in order, filtered by field and by text, a page at a time. */
  async concepts(
    versionId: string,
    filter: ConceptFilter,
    first = DEFAULT_PAGE_SIZE,
    after?: string | null,
  ): Promise<Connection<DictionaryConcept & { position: number }>> {
    const from = after ? integerCursor(after) : null;
    const text = filter.text?.trim() ? `%${likeEscape(conceptKey(filter.text))}%` : null;
    const where = `c.version_id = $1 AND ($2::text IS NULL OR c.field_code = $2)
        AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM unnest(ARRAY[lower(c.zh), lower(c.en), c.concept_id] || c.abbr || c.syn) AS s(term) WHERE lower(s.term) LIKE $3))`;
    const rows = await this.dataSource.query<ConceptRow[]>(
      `SELECT * FROM concept_dictionary_concept c WHERE ${where} AND ($4::int IS NULL OR c.position > $4) ORDER BY c.position LIMIT $5`,
      [versionId, filter.fieldCode ?? null, text, from, first + 1],
    );
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM concept_dictionary_concept c WHERE ${where}`, [
      versionId,
      filter.fieldCode ?? null,
      text,
    ]);
    return connectionOf(
      rows.map((row) => ({ ...conceptOf(row), position: row.position })),
      first,
      (concept) => concept.position,
      total,
    );
  }

  /** The change log of a version, oldest first. */
  async changes(versionId: string): Promise<DictionaryChange[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        version_id: string;
        action: ConceptChangeAction;
        concept_id: string;
        before: never;
        after: never;
        actor_id: string | null;
        created_at: Date;
      }[]
    >(`SELECT * FROM concept_dictionary_change WHERE version_id = $1 ORDER BY created_at, id`, [versionId]);
    return rows.map((row) => ({
      id: row.id,
      versionId: row.version_id,
      action: row.action,
      conceptId: row.concept_id,
      before: row.before,
      after: row.after,
      actorId: row.actor_id,
      createdAt: row.created_at,
    }));
  }

  // ---- edits (administrators; the resolver states the role) -----------------------------------

  /** Adds a concept to the draft, or changes one (opening the draft from the current version if none is open). */
  async saveConcept(principal: Principal, input: ConceptEdit): Promise<DictionaryConcept> {
    const id = input.id.trim();
    return this.inDraft(principal, async (manager, draftId, concepts) => {
      // On a change, what the input leaves out (null) stays as it is; an empty list clears.
      const current = concepts.get(id);
      const list = (given: string[] | null | undefined, kept: string[] | undefined) => cleanList(given ?? kept);
      const edited: DictionaryConcept = {
        id,
        fieldCode: input.fieldCode.trim(),
        zh: input.zh.trim(),
        en: input.en.trim(),
        kind: input.kind ?? current?.kind ?? 'technique',
        abbr: list(input.abbr, current?.abbr),
        syn: list(input.syn, current?.syn),
        broader: list(input.broader, current?.broader),
        solvedBy: list(input.solvedBy, current?.solvedBy),
        partlySolvedBy: list(input.partlySolvedBy, current?.partlySolvedBy),
      };
      const problem = checkEdit(concepts, edited);
      if (problem) throw refused(problem);
      const before = concepts.get(edited.id);
      if (before && sameConcept(before, edited)) return before;
      concepts.set(edited.id, edited);
      checkLoads([...concepts.values()]);
      if (before) {
        await manager.query(
          `UPDATE concept_dictionary_concept SET field_code = $3, chain = split_part($3, '.', 1), zh = $4, en = $5, kind = $6, abbr = $7, syn = $8, broader = $9, solved_by = $10, partly_solved_by = $11
            WHERE version_id = $1 AND concept_id = $2`,
          [
            draftId,
            edited.id,
            edited.fieldCode,
            edited.zh,
            edited.en,
            edited.kind,
            edited.abbr,
            edited.syn,
            edited.broader,
            edited.solvedBy,
            edited.partlySolvedBy,
          ],
        );
      } else {
        await this.insertConcepts(manager, draftId, [edited], await this.nextPosition(manager, draftId));
      }
      await this.logChange(manager, draftId, principal.userId, before ?? null, edited);
      return edited;
    });
  }

  /** Removes a concept from the draft; refused while other concepts link to it. */
  async removeConcept(principal: Principal, id: string): Promise<DictionaryConcept> {
    return this.inDraft(principal, async (manager, draftId, concepts) => {
      const before = concepts.get(id);
      if (!before) throw matchingError('CONCEPT_NOT_FOUND', `No concept ${id} in the dictionary`, { id: [`No concept ${id}`] });
      const users = linksTo(concepts, id);
      if (users.length > 0) {
        const message = `Linked from ${users.join(', ')}: remove those links first`;
        throw matchingError('CONCEPT_IN_USE', message, { id: [message] });
      }
      await manager.query(`DELETE FROM concept_dictionary_concept WHERE version_id = $1 AND concept_id = $2`, [draftId, id]);
      await this.logChange(manager, draftId, principal.userId, before, null);
      return before;
    });
  }

  /** Publishes the open draft as the next version, atomically; matches are recomputed through the outbox. */
  async publish(principal: Principal, note: string | null | undefined): Promise<DictionaryVersion> {
    const versionId = await this.dataSource.transaction(async (manager) => {
      await lockDictionary(manager);
      const [draft] = await manager.query<{ id: string }[]>(`SELECT id FROM concept_dictionary_version WHERE NOT published FOR UPDATE`);
      if (!draft) throw matchingError('CONCEPT_DRAFT_EMPTY', 'No draft is open: edit a concept first');
      const [{ n }] = await manager.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM concept_dictionary_change WHERE version_id = $1`, [draft.id]);
      if (n === 0) throw matchingError('CONCEPT_DRAFT_EMPTY', 'The draft changes nothing');
      const number = await this.nextNumber(manager);
      await manager.query(
        `UPDATE concept_dictionary_version SET number = $2, published = true, published_by = $3, published_at = now(), note = COALESCE(NULLIF($4, ''), note) WHERE id = $1`,
        [draft.id, number, principal.userId, note?.trim() ?? ''],
      );
      await this.outbox.append(manager, {
        type: 'concept_dictionary.published',
        aggregateId: draft.id,
        actorId: principal.userId,
        payload: { number, rolledBackTo: null },
      });
      return draft.id;
    });
    await this.ensureCurrent(true);
    return (await this.versionById(versionId))!;
  }

  /** Drops the open draft and its changes. */
  async discardDraft(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await lockDictionary(manager);
      const removed: [unknown[], number] = await manager.query(`DELETE FROM concept_dictionary_version WHERE NOT published`);
      return removed[1] > 0;
    });
  }

  /**
   * Publishes a copy of an earlier version as the next one (history stays linear: the rollback is
   * a version of its own, with its differences from the current one in its change log). Refused
   * while a draft is open: it was started from the version being replaced.
   */
  async rollback(principal: Principal, toNumber: number, note: string | null | undefined): Promise<DictionaryVersion> {
    const versionId = await this.dataSource.transaction(async (manager) => {
      await lockDictionary(manager);
      const [draft] = await manager.query<{ id: string }[]>(`SELECT id FROM concept_dictionary_version WHERE NOT published`);
      if (draft) throw matchingError('CONCEPT_DRAFT_OPEN', 'A draft is open: publish or discard it before rolling back');
      const [target] = await manager.query<{ id: string; sources: Record<string, string[]> }[]>(
        `SELECT id, sources FROM concept_dictionary_version WHERE published AND number = $1`,
        [toNumber],
      );
      if (!target) throw matchingError('CONCEPT_VERSION_NOT_FOUND', `No published version ${toNumber}`, { number: [`No published version ${toNumber}`] });
      const [current] = await manager.query<{ id: string; number: number }[]>(
        `SELECT id, number FROM concept_dictionary_version WHERE published ORDER BY number DESC LIMIT 1`,
      );
      if (current.number === toNumber)
        throw matchingError('CONCEPT_DRAFT_EMPTY', `Version ${toNumber} is already the current one`, { number: ['Already current'] });
      const number = await this.nextNumber(manager);
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO concept_dictionary_version (number, published, based_on, rolled_back_to, note, sources, created_by, published_by, published_at)
         VALUES ($1, true, $2, $3, $4, $5, $6, $6, now()) RETURNING id`,
        [number, current.number, toNumber, note?.trim() || `Rollback to version ${toNumber}`, JSON.stringify(target.sources), principal.userId],
      );
      await manager.query(
        `INSERT INTO concept_dictionary_concept (version_id, concept_id, position, chain, field_code, zh, en, kind, abbr, syn, broader, solved_by, partly_solved_by)
         SELECT $1, concept_id, position, chain, field_code, zh, en, kind, abbr, syn, broader, solved_by, partly_solved_by FROM concept_dictionary_concept WHERE version_id = $2`,
        [id, target.id],
      );
      const before = (await this.conceptsOf(manager, current.id)).byId;
      const after = (await this.conceptsOf(manager, id)).byId;
      for (const [conceptId, concept] of after) {
        const old = before.get(conceptId);
        if (!old || !sameConcept(old, concept)) await this.logChange(manager, id, principal.userId, old ?? null, concept);
      }
      for (const [conceptId, concept] of before) if (!after.has(conceptId)) await this.logChange(manager, id, principal.userId, concept, null);
      await this.outbox.append(manager, {
        type: 'concept_dictionary.published',
        aggregateId: id,
        actorId: principal.userId,
        payload: { number, rolledBackTo: toNumber },
      });
      return id;
    });
    await this.ensureCurrent(true);
    return (await this.versionById(versionId))!;
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** Runs an edit on the open draft (opened from the current version if none), under the dictionary lock. */
  private async inDraft<T>(
    principal: Principal,
    edit: (manager: EntityManager, draftId: string, concepts: Map<string, DictionaryConcept>) => Promise<T>,
  ): Promise<T> {
    await this.ensureCurrent();
    return this.dataSource.transaction(async (manager) => {
      await lockDictionary(manager);
      let [draft] = await manager.query<{ id: string }[]>(`SELECT id FROM concept_dictionary_version WHERE NOT published`);
      if (!draft) {
        const [current] = await manager.query<{ id: string; number: number; sources: Record<string, string[]> }[]>(
          `SELECT id, number, sources FROM concept_dictionary_version WHERE published ORDER BY number DESC LIMIT 1`,
        );
        [draft] = await manager.query<{ id: string }[]>(
          `INSERT INTO concept_dictionary_version (published, based_on, sources, created_by) VALUES (false, $1, $2, $3) RETURNING id`,
          [current.number, JSON.stringify(current.sources), principal.userId],
        );
        await manager.query(
          `INSERT INTO concept_dictionary_concept (version_id, concept_id, position, chain, field_code, zh, en, kind, abbr, syn, broader, solved_by, partly_solved_by)
           SELECT $1, concept_id, position, chain, field_code, zh, en, kind, abbr, syn, broader, solved_by, partly_solved_by FROM concept_dictionary_concept WHERE version_id = $2`,
          [draft.id, current.id],
        );
      }
      const { byId } = await this.conceptsOf(manager, draft.id);
      return edit(manager, draft.id, byId);
    });
  }

  private async versionById(id: string): Promise<DictionaryVersion | null> {
    const [row] = await this.dataSource.query<VersionRow[]>(`SELECT ${VERSION_COLUMNS} FROM concept_dictionary_version v WHERE v.id = $1`, [id]);
    return row ? versionOf(row) : null;
  }

  private async conceptsOf(
    manager: EntityManager,
    versionId: string,
  ): Promise<{ concepts: DictionaryConcept[]; byId: Map<string, DictionaryConcept>; sources: Record<string, string[]> }> {
    const rows = await manager.query<ConceptRow[]>(`SELECT * FROM concept_dictionary_concept WHERE version_id = $1 ORDER BY position`, [versionId]);
    const [{ sources }] = await manager.query<{ sources: Record<string, string[]> }[]>(`SELECT sources FROM concept_dictionary_version WHERE id = $1`, [
      versionId,
    ]);
    const concepts = rows.map(conceptOf);
    return { concepts, byId: new Map(concepts.map((concept) => [concept.id, concept])), sources };
  }

  private async insertConcepts(manager: EntityManager, versionId: string, concepts: readonly DictionaryConcept[], from = 0): Promise<void> {
    await manager.query(
      `INSERT INTO concept_dictionary_concept (version_id, concept_id, position, chain, field_code, zh, en, kind, abbr, syn, broader, solved_by, partly_solved_by)
       SELECT $1, t.id, $2 + t.ord - 1, split_part(t.field_code, '.', 1), t.field_code, t.zh, t.en, t.kind,
              ARRAY(SELECT jsonb_array_elements_text(t.abbr)), ARRAY(SELECT jsonb_array_elements_text(t.syn)),
              ARRAY(SELECT jsonb_array_elements_text(t.broader)), ARRAY(SELECT jsonb_array_elements_text(t.solved_by)),
              ARRAY(SELECT jsonb_array_elements_text(t.partly_solved_by))
         FROM jsonb_to_recordset($3::jsonb)
              AS t(id text, field_code text, zh text, en text, kind text, abbr jsonb, syn jsonb, broader jsonb, solved_by jsonb, partly_solved_by jsonb, ord int)`,
      [
        versionId,
        from,
        JSON.stringify(
          concepts.map((c, index) => ({
            ord: index + 1,
            id: c.id,
            field_code: c.fieldCode,
            zh: c.zh,
            en: c.en,
            kind: c.kind,
            abbr: c.abbr,
            syn: c.syn,
            broader: c.broader,
            solved_by: c.solvedBy,
            partly_solved_by: c.partlySolvedBy,
          })),
        ),
      ],
    );
  }

  private async nextPosition(manager: EntityManager, versionId: string): Promise<number> {
    const [{ next }] = await manager.query<{ next: number }[]>(
      `SELECT COALESCE(max(position) + 1, 0)::int AS next FROM concept_dictionary_concept WHERE version_id = $1`,
      [versionId],
    );
    return next;
  }

  private async nextNumber(manager: EntityManager): Promise<number> {
    const [{ next }] = await manager.query<{ next: number }[]>(`SELECT COALESCE(max(number), 0)::int + 1 AS next FROM concept_dictionary_version`);
    return next;
  }

  private async logChange(
    manager: EntityManager,
    versionId: string,
    actorId: string,
    before: DictionaryConcept | null,
    after: DictionaryConcept | null,
  ): Promise<void> {
    const action: ConceptChangeAction = !before ? 'ADD' : !after ? 'REMOVE' : 'UPDATE';
    await manager.query(`INSERT INTO concept_dictionary_change (version_id, action, concept_id, before, after, actor_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
      versionId,
      action,
      (after ?? before)!.id,
      before ? JSON.stringify(toRecord(before)) : null,
      after ? JSON.stringify(toRecord(after)) : null,
      actorId,
    ]);
  }
}

/** Edits and publications of the dictionary serialise on one transaction-scoped lock. */
async function lockDictionary(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('concept_dictionary'))`);
}

function refused(problem: DictionaryProblem) {
  return matchingError(problem.reason, problem.message, problem.fields);
}

/** The whole draft still loads as a concept set (the same checks the data files pass). */
function checkLoads(concepts: DictionaryConcept[]): void {
  try {
    conceptSetOf(concepts);
  } catch (error) {
    throw matchingError('CONCEPT_INVALID', (error as Error).message, { input: [(error as Error).message] });
  }
}

function cleanList(list: readonly string[] | null | undefined): string[] {
  const out: string[] = [];
  for (const item of list ?? []) {
    const value = item.trim();
    if (!out.includes(value)) out.push(value);
  }
  return out;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function integerCursor(cursor: string): number {
  const [value] = decodeCursor(cursor, 1);
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw invalidField('after', 'Cursor is not valid for this list');
  return value;
}

function connectionOf<T>(rows: T[], first: number, key: (row: T) => number, totalCount: number): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor([key(node)]), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

function conceptOf(row: ConceptRow): DictionaryConcept {
  return {
    id: row.concept_id,
    fieldCode: row.field_code,
    zh: row.zh,
    en: row.en,
    kind: row.kind,
    abbr: row.abbr,
    syn: row.syn,
    broader: row.broader,
    solvedBy: row.solved_by,
    partlySolvedBy: row.partly_solved_by,
  };
}

function versionOf(row: VersionRow): DictionaryVersion {
  return {
    id: row.id,
    number: row.number,
    published: row.published,
    basedOn: row.based_on,
    rolledBackTo: row.rolled_back_to,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
    conceptCount: row.concept_count,
  };
}
