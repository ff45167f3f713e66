import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The group commit of chat messages as one function, so that a batch costs one round trip (and
 * one implicit transaction) instead of BEGIN, lock, look-up, insert and COMMIT.
 *
 * Two statements, which is why it is a function and not one CTE: the first locks the batch's
 * conversations in id order (batches and single sends on every instance queue behind each other
 * and never deadlock); the second runs on a new snapshot (a VOLATILE function takes one per
 * statement under READ COMMITTED), so it sees every message committed by whoever held a lock
 * before. It skips senders that are not participants (the caller explains those), acks resends
 * with the stored row without taking a seq, numbers the new messages after their conversation's
 * last_seq in batch order, bumps each last_seq once and inserts every new row in one go.
 *
 * One row per accepted item (`item` is its 1-based position): `created` is true for the item
 * that stored the row, false for a resend or a repeat of a key earlier in the same batch.
 */
export class ChatStoreMessages1764200520000 implements MigrationInterface {
  name = 'ChatStoreMessages1764200520000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION chat_store_messages(p_conversation uuid[], p_sender uuid[], p_client text[], p_kind text[], p_body text[], p_offer jsonb[])
      RETURNS TABLE (item int, created boolean, id uuid, conversation_id uuid, seq int, sender_id uuid, client_message_id text, kind text, body text, offer jsonb, created_at timestamptz)
      LANGUAGE plpgsql VOLATILE AS $$
      #variable_conflict use_column
      BEGIN
        PERFORM 1 FROM conversation c WHERE c.id = ANY (p_conversation) ORDER BY c.id FOR UPDATE;
        RETURN QUERY
        WITH items AS (
          SELECT i.item::int AS item, i.conversation_id, i.sender_id, i.client_message_id, i.kind, i.body, i.offer
            FROM unnest(p_conversation, p_sender, p_client, p_kind, p_body, p_offer)
                 WITH ORDINALITY AS i (conversation_id, sender_id, client_message_id, kind, body, offer, item)
           WHERE EXISTS (SELECT 1 FROM conversation_participant p WHERE p.conversation_id = i.conversation_id AND p.user_id = i.sender_id)
        ),
        existing AS (
          SELECT m.id, m.conversation_id, m.seq, m.sender_id, m.client_message_id, m.kind, m.body, m.offer, m.created_at
            FROM message m
           WHERE (m.conversation_id, m.sender_id, m.client_message_id) IN (SELECT i.conversation_id, i.sender_id, i.client_message_id FROM items i)
        ),
        fresh AS (
          SELECT DISTINCT ON (i.conversation_id, i.sender_id, i.client_message_id) i.*
            FROM items i
           WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.conversation_id = i.conversation_id AND e.sender_id = i.sender_id AND e.client_message_id = i.client_message_id)
           ORDER BY i.conversation_id, i.sender_id, i.client_message_id, i.item
        ),
        numbered AS (
          SELECT f.*, (c.last_seq + row_number() OVER (PARTITION BY f.conversation_id ORDER BY f.item))::int AS seq
            FROM fresh f JOIN conversation c ON c.id = f.conversation_id
        ),
        bumped AS (
          UPDATE conversation c SET last_seq = n.last_seq
            FROM (SELECT conversation_id, max(seq) AS last_seq FROM numbered GROUP BY conversation_id) n
           WHERE c.id = n.conversation_id
        ),
        inserted AS (
          INSERT INTO message (conversation_id, seq, sender_id, client_message_id, kind, body, offer)
          SELECT n.conversation_id, n.seq, n.sender_id, n.client_message_id, n.kind, n.body, n.offer FROM numbered n ORDER BY n.item
          RETURNING message.id, message.conversation_id, message.seq, message.sender_id, message.client_message_id, message.kind, message.body, message.offer, message.created_at
        ),
        stored AS (
          SELECT * FROM inserted UNION ALL SELECT * FROM existing
        )
        SELECT i.item, EXISTS (SELECT 1 FROM numbered n WHERE n.item = i.item), s.id, s.conversation_id, s.seq, s.sender_id, s.client_message_id, s.kind, s.body, s.offer, s.created_at
          FROM items i
          JOIN stored s ON s.conversation_id = i.conversation_id AND s.sender_id = i.sender_id AND s.client_message_id = i.client_message_id
         ORDER BY i.item;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION chat_store_messages(uuid[], uuid[], text[], text[], text[], jsonb[])`);
  }
}
