import { MigrationInterface, QueryRunner } from 'typeorm';

export class Chat1764200500000 implements MigrationInterface {
  name = 'Chat1764200500000';

  async up(q: QueryRunner): Promise<void> {
    // deal_id gets its foreign key when the deal pipeline's table exists.
    await q.query(`
      CREATE TABLE conversation (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id    uuid UNIQUE,
        last_seq   int NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE conversation_participant (
        conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        user_id         uuid NOT NULL REFERENCES app_user (id),
        last_read_seq   int NOT NULL DEFAULT 0 CHECK (last_read_seq >= 0),
        joined_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, user_id)
      )`);
    await q.query(`CREATE INDEX conversation_participant_user ON conversation_participant (user_id)`);
    await q.query(`
      CREATE TABLE message (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id   uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        seq               int NOT NULL CHECK (seq >= 1),
        sender_id         uuid REFERENCES app_user (id),
        client_message_id text CHECK (char_length(client_message_id) BETWEEN 1 AND 64),
        kind              text NOT NULL CHECK (kind IN ('TEXT','OFFER','SYSTEM')),
        body              text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
        offer             jsonb,
        created_at        timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT message_seq_unique UNIQUE (conversation_id, seq),
        CONSTRAINT message_client_id_unique UNIQUE (conversation_id, sender_id, client_message_id),
        CONSTRAINT message_offer_kind CHECK ((kind = 'OFFER') = (offer IS NOT NULL)),
        CONSTRAINT message_system_sender CHECK ((kind = 'SYSTEM') = (sender_id IS NULL)),
        CONSTRAINT message_client_id_sent CHECK (sender_id IS NULL OR client_message_id IS NOT NULL)
      )`);
    // Latest offer of a conversation.
    await q.query(`CREATE INDEX message_offer_latest ON message (conversation_id, seq DESC) WHERE kind = 'OFFER'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE message`);
    await q.query(`DROP TABLE conversation_participant`);
    await q.query(`DROP TABLE conversation`);
  }
}
