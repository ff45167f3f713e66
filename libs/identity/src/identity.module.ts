import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@techbridge/mail';
import { AppConfig, AuditService, OutboxHandlerRegistry } from '@techbridge/platform';

import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { PasswordService } from './auth/password.service';
import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { SignInThrottle } from './auth/sign-in-throttle';
import { BrokerService } from './brokers/broker.service';
import { BrokerProfileEntity } from './brokers/broker-profile.entity';
import { IdentityLoaders } from './identity.loaders';
import { OrganizationEntity } from './organizations/organization.entity';
import { OrganizationResolver } from './organizations/organization.resolver';
import { OrganizationService } from './organizations/organization.service';
import { AccountTokenStore } from './recovery/account-token.store';
import { EmailVerificationService } from './recovery/email-verification.service';
import { PasswordResetService } from './recovery/password-reset.service';
import { RecoveryResolver } from './recovery/recovery.resolver';
import { ServiceTeamEntity } from './service-teams/service-team.entity';
import { ServiceTeamResolver } from './service-teams/service-team.resolver';
import { ServiceTeamService } from './service-teams/service-team.service';
import { AdminAccountService } from './users/admin-account.service';
import { UserEntity } from './users/user.entity';
import { UserResolver } from './users/user.resolver';
import { UserService } from './users/user.service';

@Module({
  imports: [MailModule, TypeOrmModule.forFeature([OrganizationEntity, UserEntity, BrokerProfileEntity, RefreshTokenEntity, ServiceTeamEntity])],
  providers: [
    AuthService,
    SignInThrottle,
    PasswordService,
    OrganizationService,
    UserService,
    BrokerService,
    IdentityLoaders,
    AdminAccountService,
    AuthResolver,
    UserResolver,
    OrganizationResolver,
    ServiceTeamService,
    ServiceTeamResolver,
    AccountTokenStore,
    EmailVerificationService,
    PasswordResetService,
    RecoveryResolver,
  ],
  exports: [
    AuthService,
    OrganizationService,
    UserService,
    BrokerService,
    IdentityLoaders,
    AdminAccountService,
    PasswordService,
    ServiceTeamService,
    EmailVerificationService,
  ],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly audit: AuditService,
    private readonly admins: AdminAccountService,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.ADMIN_EMAIL && this.config.ADMIN_PASSWORD) await this.admins.ensureAdmin(this.config.ADMIN_EMAIL, this.config.ADMIN_PASSWORD);
    // Account and organization changes are kept in the audit log.
    this.handlers.register(
      'identity.audit',
      ['user.registered', 'organization.registered', 'organization.verified', 'broker.certified', 'user.password_reset_requested', 'user.password_reset'],
      (jobs) => this.audit.recordEvents(jobs, (job) => job.payload),
    );
  }
}
