import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded search engine's documents. They are derived data, rebuilt from the catalog by
 * the indexer at any time, so they carry no foreign keys: the index may lag behind, and a
 * rebuild must not depend on the order in which rows arrive.
 */
export class SearchDocuments1764200200000 implements MigrationInterface {
  name = 'SearchDocuments1764200200000';

  async up(q: QueryRunner): Promise<void> {
    // Trusted extension since PostgreSQL 13: the database owner may create it.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE search_result_doc (
        id             uuid PRIMARY KEY,
        title          text NOT NULL,
        summary        text NOT NULL,
        keywords       text[] NOT NULL DEFAULT '{}',
        result_class   text NOT NULL CHECK (result_class IN ('MAJOR_INNOVATION','INDUSTRIAL_INNOVATION','ENTERPRISE_DEMAND')),
        field_code     text NOT NULL,
        chain_code     text NOT NULL,
        trl            smallint NOT NULL CHECK (trl BETWEEN 1 AND 9),
        transfer_modes text[] NOT NULL DEFAULT '{}'
                       CHECK (transfer_modes <@ ARRAY['TRANSFER','LICENSE','EQUITY','JOINT_DEVELOPMENT','TECHNICAL_SERVICE']),
        price_min      numeric(15,2) CHECK (price_min >= 0),
        price_max      numeric(15,2) CHECK (price_max >= 0 AND (price_min IS NULL OR price_max >= price_min)),
        negotiable     boolean NOT NULL,
        needs_pilot    boolean NOT NULL,
        district       text,
        owner_id       uuid NOT NULL,
        owner_name     text NOT NULL,
        visibility     text NOT NULL CHECK (visibility IN ('PUBLIC','TEASER','PRIVATE')),
        published_at   timestamptz(3) NOT NULL,
        -- jieba-segmented title (A), keywords (B) and summary (C), built by the application.
        tsv            tsvector NOT NULL,
        -- Latin words of title and keywords, for typo-tolerant trigram matching.
        fuzzy          text NOT NULL,
        indexed_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_result_doc_tsv ON search_result_doc USING gin (tsv)`);
    await q.query(`CREATE INDEX search_result_doc_fuzzy ON search_result_doc USING gin (fuzzy gin_trgm_ops)`);
    await q.query(`CREATE INDEX search_result_doc_newest ON search_result_doc (published_at DESC, id)`);
    await q.query(`CREATE INDEX search_result_doc_price ON search_result_doc (price_min, published_at DESC, id)`);
    await q.query(`CREATE INDEX search_result_doc_field ON search_result_doc (field_code)`);
    await q.query(`
      CREATE TABLE search_need_doc (
        id              uuid PRIMARY KEY,
        title           text NOT NULL,
        summary         text NOT NULL,
        keywords        text[] NOT NULL DEFAULT '{}',
        field_code      text NOT NULL,
        chain_code      text NOT NULL,
        min_trl         smallint CHECK (min_trl BETWEEN 1 AND 9),
        budget_min      numeric(15,2) CHECK (budget_min >= 0),
        budget_max      numeric(15,2) CHECK (budget_max >= 0 AND (budget_min IS NULL OR budget_max >= budget_min)),
        collective      boolean NOT NULL,
        funded          boolean NOT NULL,
        status          text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','IN_NEGOTIATION','SOLVED','CLOSED')),
        enterprise_id   uuid NOT NULL,
        enterprise_name text NOT NULL,
        district        text,
        visibility      text NOT NULL CHECK (visibility IN ('PUBLIC','TEASER','PRIVATE')),
        published_at    timestamptz(3) NOT NULL,
        tsv             tsvector NOT NULL,
        fuzzy           text NOT NULL,
        indexed_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_need_doc_tsv ON search_need_doc USING gin (tsv)`);
    await q.query(`CREATE INDEX search_need_doc_fuzzy ON search_need_doc USING gin (fuzzy gin_trgm_ops)`);
    await q.query(`CREATE INDEX search_need_doc_newest ON search_need_doc (published_at DESC, id)`);
    await q.query(`CREATE INDEX search_need_doc_budget ON search_need_doc (budget_min, published_at DESC, id)`);
    await q.query(`CREATE INDEX search_need_doc_field ON search_need_doc (field_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_need_doc`);
    await q.query(`DROP TABLE search_result_doc`);
    // pg_trgm stays: other libs may use it by then.
  }
}
