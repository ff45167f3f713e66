import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '@techbridge/platform';

import { BrokerService } from './brokers/broker.service';
import { BrokerProfileEntity } from './brokers/broker-profile.entity';
import { OrganizationEntity } from './organizations/organization.entity';
import { OrganizationService } from './organizations/organization.service';
import { UserEntity } from './users/user.entity';
import { UserService } from './users/user.service';

/** Request-scoped batch loading of users, organizations and broker profiles, for any lib's field resolvers. */
@Injectable()
export class IdentityLoaders {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
    private readonly brokers: BrokerService,
  ) {}

  organization(loaders: RequestLoaders, id: string): Promise<OrganizationEntity | null> {
    return loaders.get<string, OrganizationEntity | null>('identity.organization', (ids) => this.organizations.findByIds(ids)).load(id);
  }

  user(loaders: RequestLoaders, id: string): Promise<UserEntity | null> {
    return loaders.get<string, UserEntity | null>('identity.user', (ids) => this.users.findByIds(ids)).load(id);
  }

  brokerProfile(loaders: RequestLoaders, userId: string): Promise<BrokerProfileEntity | null> {
    return loaders.get<string, BrokerProfileEntity | null>('identity.brokerProfile', (ids) => this.brokers.profilesByUserIds(ids)).load(userId);
  }
}
