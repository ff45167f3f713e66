/**
 * The one rule that numbers messages: a new message takes its conversation's `last_seq + 1`, the
 * UPDATE that raises `last_seq` and the INSERT that uses it being one statement. The row lock
 * orders concurrent senders on every instance and a rollback takes the increment back, so seqs
 * have no gap and no repeat. (A group commit numbers its batch the same way inside
 * `chat_store_messages`: `last_seq` plus the message's position, then `last_seq` raised once.)
 *
 * `$1` is the conversation id; with a sender, `$2` is the sender, who must be a participant (no
 * row is inserted otherwise), and `$3..$6` are client message id, kind, body and offer; without
 * one (a SYSTEM message), `$2` is the body.
 */
export function insertWithNextSeq(options: { sender: boolean; returning: string }): string {
  const bumped = options.sender
    ? `UPDATE conversation c SET last_seq = c.last_seq + 1
        WHERE c.id = $1 AND EXISTS (SELECT 1 FROM conversation_participant p WHERE p.conversation_id = c.id AND p.user_id = $2)
        RETURNING c.id, c.last_seq`
    : `UPDATE conversation c SET last_seq = c.last_seq + 1 WHERE c.id = $1 RETURNING c.id, c.last_seq`;
  const insert = options.sender
    ? `INSERT INTO message (conversation_id, seq, sender_id, client_message_id, kind, body, offer)
       SELECT bumped.id, bumped.last_seq, $2, $3, $4, $5, $6 FROM bumped`
    : `INSERT INTO message (conversation_id, seq, kind, body) SELECT bumped.id, bumped.last_seq, 'SYSTEM', $2 FROM bumped`;
  return `WITH bumped AS (${bumped}) ${insert} RETURNING ${options.returning}`;
}
