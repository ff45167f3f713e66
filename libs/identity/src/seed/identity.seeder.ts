import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldCodes, Role } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { PasswordService } from '../auth/password.service';
import { BrokerProfileEntity } from '../brokers/broker-profile.entity';
import { creditCodeCheckChar } from '../organizations/credit-code';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationKind } from '../organizations/organization-kind.enum';
import { UserEntity } from '../users/user.entity';
import { DEMO_ACCOUNTS } from './demo-accounts';

@Injectable()
export class IdentitySeeder {
  private readonly logger = new Logger(IdentitySeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly fieldCodes: FieldCodes,
  ) {}

  /**
   * Ensures an administrator account for ADMIN_EMAIL exists. Idempotent; the password is set only
   * when the account is created, never reset on a later boot.
   */
  async ensureAdmin(email: string, password: string): Promise<boolean> {
    const normalised = email.trim().toLowerCase();
    const exists = await this.dataSource.getRepository(UserEntity).existsBy({ email: normalised });
    if (exists) return false;
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const organization = await this.organization(manager, {
        name: '系统管理',
        kind: OrganizationKind.GOVERNMENT,
        district: null,
        creditCode: null,
        keyPlatform: false,
      });
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

  /** Creates the documented demo accounts once; returns false when they already exist. */
  async seedDemoAccounts(brokerFieldCodes: string[][] = []): Promise<boolean> {
    if (await this.dataSource.getRepository(UserEntity).existsBy({ email: DEMO_ACCOUNTS[0].email })) return false;
    const hashes = await Promise.all(DEMO_ACCOUNTS.map((account) => this.passwords.hash(account.password)));
    await this.dataSource.transaction(async (manager) => {
      let brokerIndex = 0;
      for (const [index, account] of DEMO_ACCOUNTS.entries()) {
        const org = account.organization;
        const organization = await this.organization(manager, {
          name: org.name,
          kind: org.kind,
          district: org.district,
          creditCode: org.creditCodePrefix + creditCodeCheckChar(org.creditCodePrefix),
          keyPlatform: org.keyPlatform,
          verified: true,
        });
        const user = await manager.save(
          manager.create(UserEntity, {
            email: account.email,
            passwordHash: hashes[index],
            displayName: account.displayName,
            roles: account.roles,
            organizationId: organization.id,
            emailVerifiedAt: new Date(),
          }),
        );
        if (account.broker) {
          const fieldCodes = brokerFieldCodes[brokerIndex] ?? account.broker.fieldCodes;
          brokerIndex += 1;
          this.fieldCodes.assertKnown(fieldCodes, 'broker.fieldCodes');
          await manager.insert(BrokerProfileEntity, { userId: user.id, ...account.broker, fieldCodes, certifiedAt: new Date() });
        }
      }
    });
    this.logger.log(`Seeded ${DEMO_ACCOUNTS.length} demo accounts`);
    return true;
  }

  private async organization(
    manager: EntityManager,
    values: { name: string; kind: OrganizationKind; district: string | null; creditCode: string | null; keyPlatform: boolean; verified?: boolean },
  ): Promise<OrganizationEntity> {
    if (values.creditCode) {
      const existing = await manager.findOneBy(OrganizationEntity, { creditCode: values.creditCode });
      if (existing) return existing;
    }
    const verified = values.verified ?? true;
    return manager.save(manager.create(OrganizationEntity, { ...values, verified, verifiedAt: verified ? new Date() : null }));
  }
}
