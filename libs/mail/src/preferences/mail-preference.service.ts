import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { MailLanguage } from '../templates/mail-templates';
import { MailPreferenceEntity } from './mail-preference.entity';

export interface MailPreferences {
  language: MailLanguage;
  notifyByMail: boolean;
  dailyDigest: boolean;
}

export const DEFAULT_MAIL_PREFERENCES: MailPreferences = {
  language: 'zh',
  notifyByMail: true,
  dailyDigest: false,
};

/** Each user's language and how notifications reach them; users without a row get the defaults. */
@Injectable()
export class MailPreferenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<MailPreferences> {
    return (await this.forUsers([userId])).get(userId)!;
  }

  /** Preferences of several users, defaults filled in. */
  async forUsers(userIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, MailPreferences>> {
    const rows: MailPreferenceEntity[] =
      userIds.length === 0
        ? []
        : await manager
            .getRepository(MailPreferenceEntity)
            .createQueryBuilder('p')
            .where('p.user_id = ANY(:ids)', { ids: [...userIds] })
            .getMany();
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    return new Map(
      userIds.map((id) => {
        const row = byUser.get(id);
        return [
          id,
          row
            ? {
                language: row.language,
                notifyByMail: row.notifyByMail,
                dailyDigest: row.dailyDigest,
              }
            : { ...DEFAULT_MAIL_PREFERENCES },
        ];
      }),
    );
  }

  async languages(userIds: readonly string[], manager?: EntityManager): Promise<Map<string, MailLanguage>> {
    const preferences = await this.forUsers(userIds, manager);
    return new Map([...preferences].map(([id, preference]) => [id, preference.language]));
  }

  /** Changes some of a user's preferences; the others keep their value. */
  async update(userId: string, patch: Partial<MailPreferences>): Promise<MailPreferences> {
    const current = await this.get(userId);
    const next = {
      ...current,
      ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined && value !== null)),
    } as MailPreferences;
    await this.dataSource.query(
      `INSERT INTO mail_preference (user_id, language, notify_by_mail, daily_digest) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET language = EXCLUDED.language, notify_by_mail = EXCLUDED.notify_by_mail,
         daily_digest = EXCLUDED.daily_digest, updated_at = now()`,
      [userId, next.language, next.notifyByMail, next.dailyDigest],
    );
    return next;
  }

  /** Remembers when the user's last digest was queued, in the caller's transaction (the digest's own). */
  async recordDigestSent(userId: string, at: Date, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO mail_preference (user_id, last_digest_at) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET last_digest_at = EXCLUDED.last_digest_at`,
      [userId, at],
    );
  }
}
