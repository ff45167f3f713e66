import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('conversation_participant')
export class ConversationParticipantEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** Highest seq this participant has read; only ever moves forward. */
  @Column({ name: 'last_read_seq', type: 'int' })
  lastReadSeq: number;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
