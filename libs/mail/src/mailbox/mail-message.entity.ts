import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { MailLanguage } from '../templates/mail-templates';

export type MailStatus = 'QUEUED' | 'SENT' | 'KEPT' | 'FAILED';

/**
 * One outgoing mail. Written with the change that causes it (same transaction) and sent by the
 * `mail.send` job. With SMTP the bodies are cleared once sent (they may hold single-use links);
 * without SMTP the row is the message, kept for the administrators' mailbox.
 */
@Entity('mail_message')
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ name: 'to_user_id', type: 'uuid', nullable: true })
  toUserId: string | null;

  @Column({ type: 'text' })
  language: MailLanguage;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text', nullable: true })
  textBody: string | null;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'text', default: 'QUEUED' })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
