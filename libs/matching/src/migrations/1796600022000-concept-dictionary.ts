import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The concept dictionary as versioned data administrators edit: each version is a complete
 * snapshot of the concepts (names, abbreviations, synonyms, broader links, application links),
 * so the current one loads in one query and a rollback copies an earlier one; the change log
 * says who changed what in each version. At most one draft (unpublished, no number) is open;
 * publishing gives it the next number. The repository's data files are version 1 of a fresh
 * install.
 */
export class ConceptDictionary1796600022000 implements MigrationInterface {
  name = 'ConceptDictionary1796600022000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE concept_dictionary_version (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- 1, 2, 3 … once published; null while a draft.
        number        integer UNIQUE CHECK (number >= 1),
        published     boolean NOT NULL DEFAULT false,
        -- The version whose concepts the draft started from (or a rollback copied).
        based_on      integer,
        rolled_back_to integer,
        note          text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
        -- Chain code → the sources of its concepts (standards, reviews), as the data files note them.
        sources       jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(sources) = 'object'),
        created_by    uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at    timestamptz(3) NOT NULL DEFAULT now(),
        published_by  uuid REFERENCES app_user (id) ON DELETE SET NULL,
        published_at  timestamptz(3),
        CHECK (published = (number IS NOT NULL)),
        CHECK (published = (published_at IS NOT NULL))
      )`);
    // One open draft at a time: every administrator edits the same one.
    await q.query(`CREATE UNIQUE INDEX concept_dictionary_one_draft ON concept_dictionary_version ((true)) WHERE NOT published`);
    await q.query(`
      CREATE TABLE concept_dictionary_concept (
        version_id  uuid NOT NULL REFERENCES concept_dictionary_version (id) ON DELETE CASCADE,
        concept_id  text NOT NULL CHECK (concept_id ~ '^[a-z0-9]+(\\.[a-z0-9-]+)+$'),
        -- Order within the version (the data files' order, new concepts last).
        position    integer NOT NULL,
        chain       text NOT NULL,
        field_code  text NOT NULL,
        zh          text NOT NULL CHECK (char_length(btrim(zh)) BETWEEN 1 AND 100),
        en          text NOT NULL CHECK (char_length(btrim(en)) BETWEEN 1 AND 200),
        kind        text NOT NULL DEFAULT 'technique' CHECK (kind IN ('technique', 'problem')),
        abbr        text[] NOT NULL DEFAULT '{}',
        syn         text[] NOT NULL DEFAULT '{}',
        broader     text[] NOT NULL DEFAULT '{}',
        solved_by   text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (version_id, concept_id),
        CHECK (kind = 'problem' OR cardinality(solved_by) = 0)
      )`);
    await q.query(`CREATE INDEX concept_dictionary_concept_field ON concept_dictionary_concept (version_id, field_code, position)`);
    await q.query(`
      CREATE TABLE concept_dictionary_change (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id  uuid NOT NULL REFERENCES concept_dictionary_version (id) ON DELETE CASCADE,
        action      text NOT NULL CHECK (action IN ('ADD', 'UPDATE', 'REMOVE')),
        concept_id  text NOT NULL,
        -- The concept before and after (null for an add / a remove), as its data-file record.
        before      jsonb,
        after       jsonb,
        actor_id    uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at  timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CHECK ((action = 'ADD') = (before IS NULL) AND (action = 'REMOVE') = (after IS NULL))
      )`);
    await q.query(`CREATE INDEX concept_dictionary_change_version ON concept_dictionary_change (version_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE concept_dictionary_change`);
    await q.query(`DROP TABLE concept_dictionary_concept`);
    await q.query(`DROP TABLE concept_dictionary_version`);
  }
}
