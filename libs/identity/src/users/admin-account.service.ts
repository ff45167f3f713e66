import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { PasswordService } from '../auth/password.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationKind } from '../organizations/organization-kind.enum';
import { UserEntity } from './user.entity';

/** The operator's first administrator (ADMIN_EMAIL / ADMIN_PASSWORD): production data, not demo data. */
@Injectable()
export class AdminAccountService {
  private readonly logger = new Logger(AdminAccountService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  /**
   * Ensures an administrator account for `email` exists. Idempotent; the password is set only
   * when the account is created, never reset on a later boot.
   */
  async ensureAdmin(email: string, password: string): Promise<boolean> {
    const normalised = email.trim().toLowerCase();
    const exists = await this.dataSource.getRepository(UserEntity).existsBy({ email: normalised });
    if (exists) return false;
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          name: '系统管理',
          kind: OrganizationKind.GOVERNMENT,
          district: null,
          creditCode: null,
          keyPlatform: false,
          verified: true,
          verifiedAt: new Date(),
        }),
      );
      await manager.insert(UserEntity, {
        email: normalised,
        passwordHash,
        displayName: 'Administrator',
        roles: [Role.ADMIN],
        organizationId: organization.id,
        emailVerifiedAt: new Date(),
      });
    });
    this.logger.log(`Created the administrator account ${normalised}`);
    return true;
  }
}
