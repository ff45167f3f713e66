import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files sent with a message: what the room shows of each (id, name, type, size), kept on the
 * message row so that history, sync and broadcasts carry them without reading another lib's
 * table. The files themselves, and who may download them, stay with libs/files.
 */
export class MessageAttachments1796230000000 implements MigrationInterface {
  name = 'MessageAttachments1796230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE message ADD COLUMN attachments jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE message DROP COLUMN attachments`);
  }
}
