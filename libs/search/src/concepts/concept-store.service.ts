import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldCodes } from '@techbridge/platform';
import { DataSource } from 'typeorm';
import { SearchEngine } from '../search-engine';
import { searchError } from '../search.errors';
import { SearchSynonyms } from '../synonyms';
import { Concept, ConceptGraph } from './concept-graph';
import { seedConceptGraph } from './seed-concepts';

/** How long a process trusts its copy before asking for a newer revision (one indexed query). */
const REFRESH_MS = 30_000;

export interface ConceptRevisionInfo {
  /** 0: the repository's data files, no edit stored yet. */
  version: number;
  graphVersion: string;
  conceptCount: number;
  note: string;
  createdBy: string | null;
  createdAt: Date | null;
}

/**
 * The concept layer in force: the newest stored revision, or the repository's reviewed data
 * files while none exists. Every edit validates the whole set (ids, fields, links, labels) and
 * stores it as a new revision; the process that made it swaps the search synonyms at once
 * (and sends them to Meilisearch), others within REFRESH_MS.
 */
@Injectable()
export class ConceptStore {
  private readonly logger = new Logger('Concepts');
  private cached: {
    graph: ConceptGraph;
    info: ConceptRevisionInfo;
    checkedAt: number;
  } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly synonyms: SearchSynonyms,
    private readonly engine: SearchEngine,
    private readonly fieldCodes: FieldCodes,
  ) {}

  async current(now = Date.now()): Promise<{ graph: ConceptGraph; info: ConceptRevisionInfo }> {
    if (this.cached && now - this.cached.checkedAt < REFRESH_MS) return this.cached;
    const [latest]: { version: number }[] = await this.dataSource.query(`SELECT version FROM concept_revision ORDER BY version DESC LIMIT 1`);
    if (this.cached && this.cached.info.version === (latest?.version ?? 0)) {
      this.cached.checkedAt = now;
      return this.cached;
    }
    const loaded = latest ? await this.load(latest.version) : { graph: seedConceptGraph(), info: seedInfo(seedConceptGraph()) };
    this.install(loaded.graph, loaded.info, now);
    return this.cached!;
  }

  async revisions(limit = 20): Promise<ConceptRevisionInfo[]> {
    const rows: RevisionRow[] = await this.dataSource.query(`SELECT version, graph_version, concept_count, note, created_by, created_at FROM concept_revision ORDER BY version DESC LIMIT $1`, [
      Math.min(100, Math.max(1, limit)),
    ]);
    return rows.map(infoOf);
  }

  /** Adds a concept or replaces the one with its id; the whole set must stay valid. */
  async upsert(concept: Concept, note: string, userId: string | null): Promise<ConceptRevisionInfo> {
    return this.edit(note, userId, (concepts) => {
      const index = concepts.findIndex((existing) => existing.id === concept.id);
      if (index >= 0) concepts[index] = concept;
      else concepts.push(concept);
      return concepts;
    });
  }

  /** Removes a concept; links to it from other concepts must be removed first (the set is validated). */
  async remove(id: string, note: string, userId: string | null): Promise<ConceptRevisionInfo> {
    return this.edit(note, userId, (concepts) => {
      if (!concepts.some((concept) => concept.id === id)) throw searchError('CONCEPT_NOT_FOUND', `No concept ${id}`);
      return concepts.filter((concept) => concept.id !== id);
    });
  }

  private async edit(note: string, userId: string | null, change: (concepts: Concept[]) => Concept[]): Promise<ConceptRevisionInfo> {
    const info = await this.dataSource.transaction(async (manager) => {
      // One edit at a time: each starts from the revision the previous one wrote.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('concepts:edit'))`);
      const [latest]: { version: number; concepts: Concept[] }[] = await manager.query(`SELECT version, concepts FROM concept_revision ORDER BY version DESC LIMIT 1`);
      const base = latest ? latest.concepts : [...seedConceptGraph().concepts];
      const next = change(base.map((concept) => ({ ...concept })));
      const known = this.fieldCodes.loaded ? new Set(next.map((concept) => concept.field).filter((code) => this.fieldCodes.isKnown(code))) : undefined;
      const problems = ConceptGraph.problems(next, known);
      if (problems.length > 0)
        throw searchError('CONCEPT_INVALID', problems.slice(0, 5).join('; '), {
          input: problems.slice(0, 5),
        });
      const graph = new ConceptGraph(next);
      const [row]: RevisionRow[] = await manager.query(
        `INSERT INTO concept_revision (concepts, graph_version, concept_count, note, created_by) VALUES ($1::jsonb, $2, $3, $4, $5)
         RETURNING version, graph_version, concept_count, note, created_by, created_at`,
        [JSON.stringify(next), graph.version, next.length, note.slice(0, 500), userId],
      );
      return { graph, info: infoOf(row) };
    });
    this.install(info.graph, info.info, Date.now());
    if (this.engine.name === 'meilisearch') {
      // The synonyms travel with the index settings; a failure leaves them for the next boot.
      await this.engine.ensureIndexes().catch((error: Error) => this.logger.error(`Synonyms not sent to Meilisearch: ${error.message}`));
    }
    return info.info;
  }

  private async load(version: number): Promise<{ graph: ConceptGraph; info: ConceptRevisionInfo }> {
    const [row]: (RevisionRow & { concepts: Concept[] })[] = await this.dataSource.query(
      `SELECT version, concepts, graph_version, concept_count, note, created_by, created_at FROM concept_revision WHERE version = $1`,
      [version],
    );
    return { graph: new ConceptGraph(row.concepts), info: infoOf(row) };
  }

  private install(graph: ConceptGraph, info: ConceptRevisionInfo, now: number): void {
    this.cached = { graph, info, checkedAt: now };
    if (this.synonyms.version !== graph.version) this.synonyms.update(graph);
  }
}

interface RevisionRow {
  version: number;
  graph_version: string;
  concept_count: number;
  note: string;
  created_by: string | null;
  created_at: Date;
}

function infoOf(row: RevisionRow): ConceptRevisionInfo {
  return {
    version: row.version,
    graphVersion: row.graph_version,
    conceptCount: row.concept_count,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function seedInfo(graph: ConceptGraph): ConceptRevisionInfo {
  return {
    version: 0,
    graphVersion: graph.version,
    conceptCount: graph.size,
    note: 'repository data files',
    createdBy: null,
    createdAt: null,
  };
}
