import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, invalidField, OutboxService, Principal, Role, TokenService } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { identityError } from '../identity.errors';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationKind, RESEARCH_KINDS } from '../organizations/organization-kind.enum';
import { EmailVerificationService } from '../recovery/email-verification.service';
import { UserEntity } from '../users/user.entity';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { PasswordService } from './password.service';
import { assertPasswordAllowed } from './password-policy';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SignInThrottle } from './sign-in-throttle';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
}

/** The role a self-registered member gets from the kind of organization they register. */
export function rolesForKind(kind: OrganizationKind): Role[] {
  if (RESEARCH_KINDS.includes(kind)) return [Role.RESEARCHER];
  if (kind === OrganizationKind.ENTERPRISE) return [Role.ENTERPRISE];
  // Service firms' members become brokers only when an administrator certifies them.
  return [];
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
    private readonly verification: EmailVerificationService,
  ) {}

  async register(input: RegisterInput): Promise<IssuedTokens> {
    if (input.organizationKind === OrganizationKind.GOVERNMENT) {
      throw identityError('SELF_REGISTRATION_REFUSED', 'Government accounts are created by an administrator', {
        'input.organizationKind': ['GOVERNMENT cannot be chosen when registering'],
      });
    }
    assertPasswordAllowed(input.password, input.email);
    const passwordHash = await this.passwords.hash(input.password);
    const user = await this.dataSource.transaction(async (manager) => {
      if (await manager.exists(UserEntity, { where: { email: input.email } })) {
        throw identityError('EMAIL_TAKEN', 'An account with this e-mail already exists', { 'input.email': ['is already registered'] });
      }
      if (input.creditCode && (await manager.exists(OrganizationEntity, { where: { creditCode: input.creditCode } }))) {
        throw identityError('CREDIT_CODE_TAKEN', 'An organization with this credit code is already registered; ask its members to invite you', {
          'input.creditCode': ['is already registered'],
        });
      }
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          name: input.organizationName,
          kind: input.organizationKind,
          district: input.district ?? null,
          creditCode: input.creditCode ?? null,
        }),
      );
      const created = await manager.save(
        manager.create(UserEntity, {
          email: input.email,
          passwordHash,
          displayName: input.displayName,
          roles: rolesForKind(input.organizationKind),
          organizationId: organization.id,
        }),
      );
      await this.outbox.append(
        manager,
        { type: 'organization.registered', aggregateId: organization.id, actorId: created.id, payload: { kind: organization.kind } },
        { type: 'user.registered', aggregateId: created.id, actorId: created.id, payload: { organizationId: organization.id, roles: created.roles } },
      );
      await this.verification.send(manager, created);
      return created;
    });
    return this.issue(this.dataSource.manager, user, randomUUID());
  }

  /** Signs in; `clientAddress` is the caller's address for the sign-in throttle. */
  async login(input: LoginInput, clientAddress = 'unknown'): Promise<IssuedTokens> {
    await this.throttle.attempt(input.email, clientAddress);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: input.email })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok) throw identityError('BAD_CREDENTIALS', 'E-mail or password is incorrect');
    await this.throttle.succeeded(input.email, clientAddress);
    return this.issue(this.dataSource.manager, user, randomUUID());
  }

  /**
   * Rotates a refresh token. The presented token is revoked and replaced; presenting a token that
   * was already used revokes every token of its family (the session is taken to be stolen).
   */
  async refresh(presented: string): Promise<IssuedTokens> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw identityError('REFRESH_TOKEN_INVALID', 'Refresh token is invalid');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token || token.tokenHash !== sha256(secret)) return { error: 'REFRESH_TOKEN_INVALID' as const };
      if (token.revokedAt) {
        await manager
          .createQueryBuilder()
          .update(RefreshTokenEntity)
          .set({ revokedAt: () => 'now()' })
          .where('family_id = :family AND revoked_at IS NULL', { family: token.familyId })
          .execute();
        return { error: 'REFRESH_TOKEN_REUSED' as const };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { error: 'REFRESH_TOKEN_INVALID' as const };
      const user = await manager.findOneBy(UserEntity, { id: token.userId });
      if (!user) return { error: 'REFRESH_TOKEN_INVALID' as const };
      const issued = await this.issue(manager, user, token.familyId);
      await manager.update(RefreshTokenEntity, { id: token.id }, { revokedAt: new Date(), replacedBy: issued.refreshToken.split('.')[0] });
      return { issued, error: undefined };
    });
    if (outcome.error !== undefined) {
      throw identityError(
        outcome.error,
        outcome.error === 'REFRESH_TOKEN_REUSED' ? 'Refresh token was already used; sign in again' : 'Refresh token is invalid or expired',
      );
    }
    return outcome.issued!;
  }

  /**
   * Signs out one session: revokes every refresh token of the presented token's family (the
   * token itself, its predecessors and any successor). Idempotent; an unknown token is refused
   * like a bad refresh. Access tokens already issued end at their expiry (ACCESS_TOKEN_TTL_SECONDS).
   */
  async logout(presented: string): Promise<void> {
    const token = await this.findPresented(this.dataSource.manager, presented);
    if (!token) throw identityError('REFRESH_TOKEN_INVALID', 'Refresh token is invalid');
    await this.revokeWhere(this.dataSource.manager, 'family_id = :family', { family: token.familyId });
  }

  /** Signs the user out of every session: all their refresh tokens are revoked. Returns how many were live. */
  async logoutEverywhere(userId: string): Promise<number> {
    return this.revokeSessions(this.dataSource.manager, userId);
  }

  /** Signs a user in with a new session family (after a password reset). */
  async startSession(manager: EntityManager, user: UserEntity): Promise<IssuedTokens> {
    return this.issue(manager, user, randomUUID());
  }

  /** Ends every session of a user, inside the caller's transaction: all their refresh tokens stop working. */
  async revokeSessions(manager: EntityManager, userId: string): Promise<number> {
    return this.revokeWhere(manager, 'user_id = :user', { user: userId });
  }

  private async findPresented(manager: EntityManager, presented: string): Promise<RefreshTokenEntity | null> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const token = await manager.findOneBy(RefreshTokenEntity, { id });
    return token && token.tokenHash === sha256(secret) ? token : null;
  }

  private async revokeWhere(manager: EntityManager, where: string, params: Record<string, string>): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where(`${where} AND revoked_at IS NULL`, params)
      .execute();
    return result.affected ?? 0;
  }

  principalOf(user: UserEntity): Principal {
    return { userId: user.id, roles: user.roles, organizationId: user.organizationId };
  }

  private async issue(manager: EntityManager, user: UserEntity, familyId: string): Promise<IssuedTokens> {
    const secret = randomBytes(32).toString('base64url');
    const row = await manager.save(
      manager.create(RefreshTokenEntity, {
        userId: user.id,
        familyId,
        tokenHash: sha256(secret),
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
      }),
    );
    const { token } = this.tokens.signAccess(this.principalOf(user));
    return { accessToken: token, refreshToken: `${row.id}.${secret}`, user };
  }

  /** Validates a token string's shape before any lookup; used by the resolver. */
  static assertTokenShape(token: string): void {
    if (token.length > 200) throw invalidField('token', 'Refresh token is too long');
  }
}
