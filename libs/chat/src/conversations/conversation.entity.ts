import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('conversation')
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The deal this conversation belongs to, if any (at most one conversation per deal). */
  @Column({ name: 'deal_id', type: 'uuid', nullable: true })
  dealId: string | null;

  /** Highest seq assigned so far; incremented under the row lock when a message is stored. */
  @Column({ name: 'last_seq', type: 'int' })
  lastSeq: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
