import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isAdmin, Principal } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { chatError } from '../chat.errors';

/**
 * Who may do what in a conversation: participants read and write; administrators and the broker
 * of record of the conversation's deal read (the broker is also made a participant by the deal
 * room, so normally writes too).
 */
@Injectable()
export class ConversationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The conversation's state for a caller allowed to read it; NOT_FOUND / FORBIDDEN otherwise. */
  async assertCanRead(principal: Pick<Principal, 'userId' | 'roles'>, conversationId: string): Promise<{ lastSeq: number; participant: boolean }> {
    const rows: { last_seq: number; participant: boolean; broker: boolean }[] = await this.dataSource.query(
      `SELECT c.last_seq,
              EXISTS (SELECT 1 FROM conversation_participant p WHERE p.conversation_id = c.id AND p.user_id = $2) AS participant,
              EXISTS (SELECT 1 FROM brokerage_deal_v d WHERE d.id = c.deal_id AND d.broker_id = $2) AS broker
         FROM conversation c WHERE c.id = $1`,
      [conversationId, principal.userId],
    );
    if (rows.length === 0) throw chatError('CONVERSATION_NOT_FOUND', 'No such conversation');
    const [row] = rows;
    if (!row.participant && !row.broker && !isAdmin(principal as Principal))
      throw chatError('NOT_A_PARTICIPANT', 'You are not a participant of this conversation');
    return { lastSeq: row.last_seq, participant: row.participant };
  }

  /** Participants only (sending, marking read, typing). */
  async assertParticipant(userId: string, conversationId: string): Promise<void> {
    const rows: { participant: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM conversation_participant p WHERE p.conversation_id = c.id AND p.user_id = $2) AS participant FROM conversation c WHERE c.id = $1`,
      [conversationId, userId],
    );
    if (rows.length === 0) throw chatError('CONVERSATION_NOT_FOUND', 'No such conversation');
    if (!rows[0].participant) throw chatError('NOT_A_PARTICIPANT', 'You are not a participant of this conversation');
  }

  async isParticipant(conversationId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM conversation_participant WHERE conversation_id = $1 AND user_id = $2`, [
      conversationId,
      userId,
    ]);
    return rows.length > 0;
  }
}
