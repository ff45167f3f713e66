import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How the embedded engine's stored documents of each index were cut (the segmenter's
 * fingerprint): a new dictionary or new token rules make the boot cut them again.
 */
export class SearchIndexState1764200210000 implements MigrationInterface {
  name = 'SearchIndexState1764200210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_index_state (
        index_name   text PRIMARY KEY CHECK (index_name IN ('results', 'needs')),
        segmentation text NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_index_state`);
  }
}
