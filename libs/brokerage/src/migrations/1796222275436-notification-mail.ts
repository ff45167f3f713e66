import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications that reach people by mail too: the new kinds (an NDA accepted on your result, a
 * deal opened for your need, a meeting proposed to you) and when each went out by mail, which
 * makes a retried mail job and the daily digest send each notification once.
 */
export class NotificationMail1796222275436 implements MigrationInterface {
  name = 'NotificationMail1796222275436';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN mailed_at timestamptz`);
    // Notifications from before mail existed are not mailed now.
    await q.query(`UPDATE notification SET mailed_at = created_at`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check
      CHECK (kind IN ('DEAL_OVERDUE','DEAL_ESCALATED','DEAL_UNASSIGNED','EVENT_MEETING_REMINDER','RESULT_NDA_ACCEPTED','DEAL_OPENED_FOR_NEED','MEETING_PROPOSED'))`);
    await q.query(`CREATE INDEX notification_unmailed ON notification (recipient_id, created_at) WHERE mailed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_unmailed`);
    await q.query(`DELETE FROM notification WHERE kind IN ('RESULT_NDA_ACCEPTED','DEAL_OPENED_FOR_NEED','MEETING_PROPOSED')`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('DEAL_OVERDUE','DEAL_ESCALATED','DEAL_UNASSIGNED','EVENT_MEETING_REMINDER'))`,
    );
    await q.query(`ALTER TABLE notification DROP COLUMN mailed_at`);
  }
}
