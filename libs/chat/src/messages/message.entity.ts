import { ContractType } from '@techbridge/brokerage';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { MessageKind } from './message-kind.enum';

/** An offer as stored in the message's jsonb column; the amount stays a decimal string. */
export interface StoredOffer {
  amount: string;
  contractType: ContractType;
  terms: string | null;
}

/** What a message shows of a file sent with it; the file and its download rules live in libs/files. */
export interface StoredAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

@Entity('message')
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @Column({ type: 'int' })
  seq: number;

  /** Null for SYSTEM messages. */
  @Column({ name: 'sender_id', type: 'uuid', nullable: true })
  senderId: string | null;

  @Column({ name: 'client_message_id', type: 'text', nullable: true })
  clientMessageId: string | null;

  @Column({ type: 'text' })
  kind: MessageKind;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', nullable: true })
  offer: StoredOffer | null;

  /** Files sent with the message, in the order given; null when none. */
  @Column({ type: 'jsonb', nullable: true })
  attachments: StoredAttachment[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
