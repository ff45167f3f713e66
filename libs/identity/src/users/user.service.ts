import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, Connection, ConnectionArgs, paginate, Principal } from '@techbridge/platform';
import { DataSource, In } from 'typeorm';

import { identityError } from '../identity.errors';
import { UserFilter } from './dto/user-filter.input';
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

  /** Administrators' directory, newest first. */
  async list(args: ConnectionArgs, filter: UserFilter | null | undefined): Promise<Connection<UserEntity>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').where('TRUE');
    if (filter?.role) qb.andWhere('CAST(:role AS text) = ANY (u.roles)', { role: filter.role });
    if (filter?.withoutRole) qb.andWhere('NOT (CAST(:withoutRole AS text) = ANY (u.roles))', { withoutRole: filter.withoutRole });
    if (filter?.organizationId) qb.andWhere('u.organization_id = :organizationId', { organizationId: filter.organizationId });
    const search = filter?.search?.trim();
    if (search) {
      // LIKE's own wildcards typed by a person are taken literally.
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.display_name ILIKE :search OR u.email ILIKE :search)', { search: pattern });
    }
    return paginate(qb, args, { column: 'u.created_at', value: (u) => u.createdAt, direction: 'DESC', idColumn: 'u.id', id: (u) => u.id });
  }
}
