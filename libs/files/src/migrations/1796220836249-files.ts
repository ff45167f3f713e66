import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files: their metadata and checksum here, their bytes in the storage adapter. A file is
 * attached to at most one target (a result, a need or a deal-room conversation); one attached to
 * nothing after FILES_ORPHAN_HOURS is deleted by the cleanup job.
 */
export class Files1796220836249 implements MigrationInterface {
  name = 'Files1796220836249';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stored_file (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        uploader_id    uuid NOT NULL,
        name           text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 255),
        content_type   text NOT NULL,
        size_bytes     bigint NOT NULL CHECK (size_bytes >= 0),
        sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key    text NOT NULL UNIQUE,
        thumbnail_key  text,
        width          int,
        height         int,
        target_type    text CHECK (target_type IN ('RESULT','NEED','CONVERSATION')),
        target_id      uuid,
        access         text NOT NULL DEFAULT 'PUBLIC' CHECK (access IN ('PUBLIC','DETAILS_ONLY')),
        message_id     uuid,
        attached_at    timestamptz,
        created_at     timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((target_type IS NULL) = (target_id IS NULL)),
        CHECK ((target_type IS NULL) = (attached_at IS NULL))
      )`);
    await q.query(`CREATE INDEX stored_file_target ON stored_file (target_type, target_id, created_at, id) WHERE target_id IS NOT NULL`);
    await q.query(`CREATE INDEX stored_file_orphans ON stored_file (created_at) WHERE target_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stored_file`);
  }
}
