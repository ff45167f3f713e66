import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revisions of the concept layer edited by administrators: each edit stores the whole concept
 * set as a new version (a few hundred rows of JSON), so any version can be read back, compared
 * or restored. With no row the reviewed data files of the repository are in force.
 */
export class ConceptRevisions1796221584366 implements MigrationInterface {
  name = 'ConceptRevisions1796221584366';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE concept_revision (
        version        serial PRIMARY KEY,
        concepts       jsonb NOT NULL CHECK (jsonb_typeof(concepts) = 'array'),
        graph_version  text NOT NULL,
        concept_count  int NOT NULL CHECK (concept_count >= 0),
        note           text NOT NULL DEFAULT '',
        created_by     uuid NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE concept_revision`);
  }
}
