import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, Connection, ConnectionArgs, OutboxService, paginate, Principal } from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { identityError } from '../identity.errors';
import { OrganizationEntity } from './organization.entity';
import { OrganizationKind } from './organization-kind.enum';

/**
 * SQL condition: the user (an SQL expression for their id) belongs to a verified organization.
 * Other libs embed it where verification gates confidential details (NDAs, deal openings), so
 * the rule lives beside the table it reads.
 */
export function verifiedMemberSql(userSql: string): string {
  return `EXISTS (SELECT 1 FROM app_user vm_u JOIN organization vm_o ON vm_o.id = vm_u.organization_id WHERE vm_u.id = ${userSql} AND vm_o.verified)`;
}

@Injectable()
export class OrganizationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async findById(id: string): Promise<OrganizationEntity | null> {
    return this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
  }

  /** Batch lookup in key order, for DataLoaders. */
  async findByIds(ids: readonly string[]): Promise<(OrganizationEntity | null)[]> {
    const rows = await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (row) => row.id);
  }

  /** Ids among `ids` of organizations that are verified, read in the caller's transaction. */
  async verifiedIds(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(`SELECT id FROM organization WHERE id = ANY($1::uuid[]) AND verified`, [[...new Set(ids)]]);
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Bulk-registers verified organizations by credit code (the demo catalogue's), keeping those
   * already there; returns the id of every given credit code.
   */
  async registerVerified(
    organizations: readonly { name: string; kind: OrganizationKind; district: string | null; creditCode: string; keyPlatform: boolean }[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    if (organizations.length === 0) return new Map();
    const rows: { id: string; credit_code: string }[] = await manager.query(
      `WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(name text, kind text, district text, credit_code text, key_platform boolean)),
            inserted AS (
              INSERT INTO organization (name, kind, district, credit_code, key_platform, verified, verified_at)
              SELECT name, kind, district, credit_code, key_platform, true, now() FROM input
              ON CONFLICT (credit_code) DO NOTHING RETURNING id, credit_code)
       SELECT id, credit_code FROM inserted
       UNION ALL SELECT o.id, o.credit_code FROM organization o JOIN input ON input.credit_code = o.credit_code`,
      [
        JSON.stringify(
          organizations.map((org) => ({ name: org.name, kind: org.kind, district: org.district, credit_code: org.creditCode, key_platform: org.keyPlatform })),
        ),
      ],
    );
    return new Map(rows.map((row) => [row.credit_code, row.id]));
  }

  async list(args: ConnectionArgs, filter: OrganizationListFilter = {}): Promise<Connection<OrganizationEntity>> {
    const qb = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o').where('TRUE');
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.verified != null) qb.andWhere('o.verified = :verified', { verified: filter.verified });
    if (filter.keyPlatform != null) qb.andWhere('o.key_platform = :keyPlatform', { keyPlatform: filter.keyPlatform });
    if (filter.active != null) qb.andWhere(filter.active ? 'o.deactivated_at IS NULL' : 'o.deactivated_at IS NOT NULL');
    const search = filter.search?.trim();
    if (search) {
      // LIKE's own wildcards typed by a person are taken literally.
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(o.name ILIKE :search OR o.credit_code ILIKE :search)', { search: pattern });
    }
    return paginate(qb, args, { column: 'o.created_at', value: (o) => o.createdAt, direction: 'DESC', idColumn: 'o.id', id: (o) => o.id });
  }

  async verify(id: string, actor: Principal): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw identityError('ORGANIZATION_NOT_FOUND', 'No such organization');
      if (organization.verified) return organization;
      organization.verified = true;
      organization.verifiedAt = new Date();
      organization.deactivatedAt = null;
      await manager.save(organization);
      await this.outbox.append(manager, { type: 'organization.verified', aggregateId: id, actorId: actor.userId });
      return organization;
    });
  }

  /**
   * Deactivates an organization: it loses its verification, so its members lose what verification
   * gives (NDAs, deal openings, event registrations) until an administrator verifies it again.
   * Deactivating an inactive organization changes nothing.
   */
  async deactivate(id: string, actor: Principal): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw identityError('ORGANIZATION_NOT_FOUND', 'No such organization');
      if (organization.deactivatedAt) return organization;
      organization.deactivatedAt = new Date();
      organization.verified = false;
      await manager.save(organization);
      await this.outbox.append(manager, { type: 'organization.deactivated', aggregateId: id, actorId: actor.userId });
      return organization;
    });
  }
}

export interface OrganizationListFilter {
  kind?: OrganizationKind | null;
  verified?: boolean | null;
  keyPlatform?: boolean | null;
  active?: boolean | null;
  search?: string | null;
}
