import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A write counter per index of the embedded engine, raised in the transaction of every write
 * (upsert, delete, clear, a new cut): a search answer remembered under one count is current for
 * as long as the count stays, in every process on the database.
 */
export class SearchIndexWrites1796600040000 implements MigrationInterface {
  name = 'SearchIndexWrites1796600040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_index_write (
        index_name text PRIMARY KEY CHECK (index_name IN ('results', 'needs')),
        version    bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`INSERT INTO search_index_write (index_name) VALUES ('results'), ('needs')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_index_write`);
  }
}
