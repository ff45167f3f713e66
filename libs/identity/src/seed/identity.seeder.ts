import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldCodes } from '@techbridge/platform';
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
