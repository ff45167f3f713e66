import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { MailLanguage } from '../templates/mail-templates';

/** How a user wants to hear from TechBridge; a user without a row gets the defaults. */
@Entity('mail_preference')
export class MailPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text', default: 'zh' })
  language: MailLanguage;

  /** Notifications also by mail (false: in the app only). */
  @Column({ name: 'notify_by_mail', type: 'boolean', default: true })
  notifyByMail: boolean;

  /** Notification mails gathered into one mail a day instead of one each. */
  @Column({ name: 'daily_digest', type: 'boolean', default: false })
  dailyDigest: boolean;

  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
