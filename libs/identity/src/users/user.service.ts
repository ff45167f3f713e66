import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, Principal } from '@techbridge/platform';
import { DataSource, In } from 'typeorm';
import { identityError } from '../identity.errors';
import { UserEntity } from './user.entity';

@Injectable()
export class UserService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw identityError('USER_NOT_FOUND', 'No such user');
    return user;
  }

  async findByIds(ids: readonly string[]): Promise<(UserEntity | null)[]> {
    const rows = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (row) => row.id);
  }

  async findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
  }

  /** Ids of the members of an organization. */
  async memberIds(organizationId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(UserEntity).find({ select: { id: true }, where: { organizationId } });
    return rows.map((row) => row.id);
  }

  /** The principals of the users with these e-mail addresses, by address (seeders act as the demo logins). */
  async principalsByEmail(emails: readonly string[]): Promise<Map<string, Principal>> {
    const rows = emails.length ? await this.dataSource.getRepository(UserEntity).findBy({ email: In(emails.map((email) => email.toLowerCase())) }) : [];
    return new Map(rows.map((row) => [row.email, { userId: row.id, roles: row.roles, organizationId: row.organizationId }]));
  }
}
