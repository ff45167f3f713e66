import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outgoing mail (queue, record and the embedded mailbox) and each user's mail preferences. */
export class Mail1796219790287 implements MigrationInterface {
  name = 'Mail1796219790287';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_message (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address   text NOT NULL CHECK (char_length(to_address) BETWEEN 3 AND 254),
        to_user_id   uuid,
        language     text NOT NULL CHECK (language IN ('zh','en')),
        template     text NOT NULL,
        subject      text NOT NULL,
        text_body    text,
        html_body    text,
        status       text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','SENT','KEPT','FAILED')),
        attempts     int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error   text,
        message_id   text,
        created_at   timestamptz(3) NOT NULL DEFAULT now(),
        sent_at      timestamptz
      )`);
    await q.query(`CREATE INDEX mail_message_created ON mail_message (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX mail_message_to ON mail_message (to_address, created_at DESC)`);
    await q.query(`
      CREATE TABLE mail_preference (
        user_id          uuid PRIMARY KEY,
        language         text NOT NULL DEFAULT 'zh' CHECK (language IN ('zh','en')),
        notify_by_mail   boolean NOT NULL DEFAULT true,
        daily_digest     boolean NOT NULL DEFAULT false,
        last_digest_at   timestamptz,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mail_preference_digest ON mail_preference (user_id) WHERE daily_digest AND notify_by_mail`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_preference`);
    await q.query(`DROP TABLE mail_message`);
  }
}
