import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailService } from '@techbridge/mail';
import { AppConfig, invalidField, Principal } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { identityError } from '../identity.errors';
import { UserEntity } from '../users/user.entity';
import { AccountTokenStore } from './account-token.store';

/** Verification links work for two days. */
export const VERIFICATION_TTL_SECONDS = 48 * 3600;

/**
 * E-mail verification: a link mailed at registration (and on request) proves the address. What
 * needs a verified address: accepting an NDA, which binds the person the address names (see
 * `assertVerified`; off with EMAIL_VERIFICATION_REQUIRED=false).
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokenStore,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** Mails a verification link, inside the caller's transaction (registration). */
  async send(manager: EntityManager, user: Pick<UserEntity, 'id' | 'email' | 'displayName'>): Promise<void> {
    const token = await this.tokens.issue(manager, user.id, 'EMAIL_VERIFICATION', VERIFICATION_TTL_SECONDS);
    await this.mail.enqueue(manager, { address: user.email, userId: user.id }, 'email-verification', {
      displayName: user.displayName,
      link: `${this.config.APP_URL}/verify-email?token=${encodeURIComponent(token)}`,
      expiresHours: VERIFICATION_TTL_SECONDS / 3600,
    });
  }

  /** Sends the link again to a signed-in user whose address is not verified yet; at most PASSWORD_RESET_MAX_PER_HOUR an hour. */
  async resend(principal: Principal): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { id: principal.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw identityError('USER_NOT_FOUND', 'No such user');
      if (user.emailVerifiedAt) return;
      if ((await this.tokens.issuedSince(manager, user.id, 'EMAIL_VERIFICATION', 3600)) >= this.config.PASSWORD_RESET_MAX_PER_HOUR) {
        throw identityError('TOO_MANY_MAILS', 'Too many verification mails were sent in the last hour; try again later');
      }
      await this.send(manager, user);
    });
    return true;
  }

  /** Uses a verification link's token; a used, expired or unknown token is BAD_USER_INPUT on `token`. */
  async verify(token: string): Promise<boolean> {
    if (token.length > 200) throw invalidField('token', 'The link is invalid or has expired');
    const verified = await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(manager, token, 'EMAIL_VERIFICATION');
      if (!userId) return false;
      await manager.query(`UPDATE app_user SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`, [userId]);
      return true;
    });
    if (!verified)
      throw identityError('ACCOUNT_TOKEN_INVALID', 'The link is invalid, was already used or has expired', { token: ['is invalid, used or expired'] });
    return true;
  }

  /** Refuses callers whose address is not verified yet (when verification is required). */
  async assertVerified(principal: Pick<Principal, 'userId'>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!this.config.EMAIL_VERIFICATION_REQUIRED) return;
    const [row] = (await manager.query(`SELECT email_verified_at IS NOT NULL AS verified FROM app_user WHERE id = $1`, [principal.userId])) as {
      verified: boolean;
    }[];
    if (!row?.verified) throw identityError('EMAIL_NOT_VERIFIED', 'Verify your e-mail address first (see the link we mailed you, or ask for a new one)');
  }
}
