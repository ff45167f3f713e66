import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailService } from '@techbridge/mail';
import { AppConfig, OutboxService } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { AuthService, IssuedTokens } from '../auth/auth.service';
import { PasswordService } from '../auth/password.service';
import { assertPasswordAllowed } from '../auth/password-policy';
import { identityError } from '../identity.errors';
import { UserEntity } from '../users/user.entity';
import { AccountTokenStore } from './account-token.store';

/** Reset links work for one hour, once. */
export const RESET_TTL_SECONDS = 3600;

/**
 * Forgotten passwords. A request always answers true (whether the address exists is never told)
 * and mails a link to a known address at most PASSWORD_RESET_MAX_PER_HOUR times an hour. Using
 * the link sets the password, ends every session of the account (its refresh tokens are revoked)
 * and signs in; it also proves the address.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokenStore,
    private readonly mail: MailService,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async request(email: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { email: email.trim().toLowerCase() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) return;
      if ((await this.tokens.issuedSince(manager, user.id, 'PASSWORD_RESET', 3600)) >= this.config.PASSWORD_RESET_MAX_PER_HOUR) {
        this.logger.warn(`Password reset for user ${user.id} not sent: hourly limit reached`);
        return;
      }
      const token = await this.tokens.issue(manager, user.id, 'PASSWORD_RESET', RESET_TTL_SECONDS);
      await this.mail.enqueue(manager, { address: user.email, userId: user.id }, 'password-reset', {
        displayName: user.displayName,
        link: `${this.config.APP_URL}/reset-password?token=${encodeURIComponent(token)}`,
        expiresMinutes: RESET_TTL_SECONDS / 60,
      });
      await this.outbox.append(manager, {
        type: 'user.password_reset_requested',
        aggregateId: user.id,
        payload: {},
      });
    });
    return true;
  }

  async reset(token: string, password: string): Promise<IssuedTokens> {
    // Hashed before the transaction: argon2 takes tens of milliseconds and holds no lock.
    const passwordHash = await this.passwords.hash(password);
    const issued = await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(manager, token, 'PASSWORD_RESET');
      if (!userId) return null;
      const { email } = await manager.findOneByOrFail(UserEntity, { id: userId });
      // Refused inside the transaction, so the token stays usable for a better password.
      assertPasswordAllowed(password, email, 'password');
      await manager.query(`UPDATE app_user SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`, [
        userId,
        passwordHash,
      ]);
      await this.auth.revokeSessions(manager, userId);
      await this.outbox.append(manager, {
        type: 'user.password_reset',
        aggregateId: userId,
        actorId: userId,
        payload: {},
      });
      const user = await manager.findOneByOrFail(UserEntity, { id: userId });
      return this.auth.startSession(manager, user);
    });
    if (!issued)
      throw identityError('ACCOUNT_TOKEN_INVALID', 'The reset link is invalid, was already used or has expired', { token: ['is invalid, used or expired'] });
    return issued;
  }
}
