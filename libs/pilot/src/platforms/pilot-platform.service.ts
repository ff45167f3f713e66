import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findOrganization, OrganizationKind } from '@techbridge/identity';
import { Connection, ConnectionArgs, FieldCodes, invalidField, isAdmin, OutboxService, paginate, Principal } from '@techbridge/platform';
import { DataSource, In } from 'typeorm';

import { BookingStatus } from '../bookings/booking-status.enum';
import { PilotBookingEntity } from '../bookings/pilot-booking.entity';
import { pilotError } from '../pilot.errors';
import { PilotPlatformInput } from './dto/pilot-platform.input';
import { PilotPlatformUpdateInput } from './dto/pilot-platform-update.input';
import { PilotPlatformEntity } from './pilot-platform.entity';

/** Organization kinds whose members may list a pilot-scale platform they operate. */
export const OPERATOR_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.INNOVATION_PLATFORM,
  OrganizationKind.RESEARCH_INSTITUTE,
  OrganizationKind.ENTERPRISE,
];

/** SQL condition: the platform serves one of `codes`, a chain code (no dot) standing for all its fields and a field matching its own chain. */
export function servesFieldSql(column: string, param: string): string {
  return `(${column} && CAST(:${param} AS text[]) OR EXISTS (SELECT 1 FROM unnest(${column}) AS pf(code) WHERE split_part(pf.code, '.', 1) = ANY(CAST(:${param} AS text[]))))`;
}

@Injectable()
export class PilotPlatformService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fieldCodes: FieldCodes,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Members of innovation platforms, research institutes and enterprises list a platform their own
   * organization operates; administrators name the operating organization (any of those kinds).
   */
  async create(input: PilotPlatformInput, principal: Principal): Promise<PilotPlatformEntity> {
    const admin = isAdmin(principal);
    if (input.operatorId && !admin) throw pilotError('WRONG_ORGANIZATION_KIND', 'Only administrators name the operating organization');
    const operatorId = admin ? input.operatorId : principal.organizationId;
    if (!operatorId) {
      if (admin) throw invalidField('input.operatorId', 'Name the operating organization');
      throw pilotError('WRONG_ORGANIZATION_KIND', 'Only members of an organization list pilot platforms');
    }
    const fieldCodes = [...new Set(input.fieldCodes)];
    this.fieldCodes.assertKnown(fieldCodes, 'input.fieldCodes');
    const capabilities = [...new Set(input.capabilities.filter(Boolean))];
    return this.dataSource.transaction(async (tx) => {
      const operator = await findOrganization(tx, operatorId);
      if (!operator) throw pilotError('OPERATOR_NOT_FOUND', 'No such organization');
      if (!OPERATOR_KINDS.includes(operator.kind)) {
        const message = 'Pilot platforms are operated by innovation platforms, research institutes or enterprises';
        if (admin) throw invalidField('input.operatorId', message);
        throw pilotError('WRONG_ORGANIZATION_KIND', message);
      }
      const platform = await tx.save(
        tx.create(PilotPlatformEntity, {
          name: input.name,
          operatorId,
          fieldCodes,
          capabilities,
          district: input.district ?? operator.district ?? null,
          priceNotes: input.priceNotes?.trim() || null,
          createdBy: principal.userId,
        }),
      );
      await this.outbox.append(tx, {
        type: 'pilot.platform_created',
        aggregateId: platform.id,
        actorId: principal.userId,
        payload: { operatorId, fieldCodes },
      });
      return platform;
    });
  }

  /** Edits a platform: its operator's members or an administrator. */
  async update(id: string, input: PilotPlatformUpdateInput, principal: Principal): Promise<PilotPlatformEntity> {
    const fieldCodes = input.fieldCodes ? [...new Set(input.fieldCodes)] : undefined;
    if (fieldCodes) this.fieldCodes.assertKnown(fieldCodes, 'input.fieldCodes');
    return this.dataSource.transaction(async (tx) => {
      const platform = await tx.findOne(PilotPlatformEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!platform) throw pilotError('PLATFORM_NOT_FOUND', 'No such pilot platform');
      if (!this.isOperator(principal, platform)) throw pilotError('NOT_OPERATOR', "Only the platform's operator or an administrator edits it");
      const changes: Partial<PilotPlatformEntity> = {};
      if (input.name != null) changes.name = input.name;
      if (fieldCodes) changes.fieldCodes = fieldCodes;
      if (input.capabilities) changes.capabilities = [...new Set(input.capabilities.filter(Boolean))];
      if (input.district !== undefined) changes.district = input.district || null;
      if (input.priceNotes !== undefined) changes.priceNotes = input.priceNotes?.trim() || null;
      if (Object.keys(changes).length > 0) {
        await tx.update(PilotPlatformEntity, { id }, changes);
        await this.outbox.append(tx, { type: 'pilot.platform_updated', aggregateId: id, actorId: principal.userId, payload: { fields: Object.keys(changes) } });
      }
      return tx.findOneByOrFail(PilotPlatformEntity, { id });
    });
  }

  /** Newest first; `fieldCode` is a field (platforms of that field or of its whole chain) or a chain (any of its fields). */
  async list(args: ConnectionArgs, filter: { fieldCode?: string | null; operatorId?: string | null }): Promise<Connection<PilotPlatformEntity>> {
    const qb = this.dataSource.getRepository(PilotPlatformEntity).createQueryBuilder('p').where('TRUE');
    if (filter.fieldCode) {
      const code = filter.fieldCode.trim();
      this.fieldCodes.assertKnown([code], 'fieldCode');
      const dot = code.indexOf('.');
      if (dot > 0) {
        qb.andWhere('p.field_codes && CAST(:pfCodes AS text[])', { pfCodes: [code, code.slice(0, dot)] });
      } else {
        qb.andWhere(servesFieldSql('p.field_codes', 'pfChain'), { pfChain: [code] });
      }
    }
    if (filter.operatorId) qb.andWhere('p.operator_id = :operatorId', { operatorId: filter.operatorId });
    return paginate(qb, args, { column: 'p.created_at', value: (p) => p.createdAt, direction: 'DESC', idColumn: 'p.id', id: (p) => p.id });
  }

  async get(id: string): Promise<PilotPlatformEntity> {
    const platform = await this.dataSource.getRepository(PilotPlatformEntity).findOneBy({ id });
    if (!platform) throw pilotError('PLATFORM_NOT_FOUND', 'No such pilot platform');
    return platform;
  }

  async findByIds(ids: readonly string[]): Promise<PilotPlatformEntity[]> {
    return ids.length ? this.dataSource.getRepository(PilotPlatformEntity).findBy({ id: In([...new Set(ids)]) }) : [];
  }

  isOperator(principal: Principal | null, platform: { operatorId: string }): boolean {
    return isAdmin(principal) || (!!principal?.organizationId && principal.organizationId === platform.operatorId);
  }

  /** Every booking of these platforms, by start; callers filter what each principal may see. */
  async bookingsOf(platformIds: readonly string[]): Promise<(PilotBookingEntity & { resultOwnerId: string })[]> {
    if (platformIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(PilotBookingEntity)
      .createQueryBuilder('b')
      .innerJoin('catalog_result_v', 'r', 'r.id = b.result_id')
      .addSelect('r.owner_id', 'result_owner_id')
      .where('b.platform_id IN (:...platformIds)', { platformIds: [...new Set(platformIds)] })
      .orderBy('b.from_at', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((entity, index) => Object.assign(entity, { resultOwnerId: (rows.raw[index] as { result_owner_id: string }).result_owner_id }));
  }

  /** Approved ranges not yet over, for everyone: when a platform is taken, not by whom. */
  async busyRangesOf(platformIds: readonly string[], now = new Date()): Promise<PilotBookingEntity[]> {
    if (platformIds.length === 0) return [];
    return this.dataSource
      .getRepository(PilotBookingEntity)
      .createQueryBuilder('b')
      .where('b.platform_id IN (:...platformIds)', { platformIds: [...new Set(platformIds)] })
      .andWhere('b.status = :approved AND b.to_at > :now', { approved: BookingStatus.APPROVED, now })
      .orderBy('b.from_at', 'ASC')
      .getMany();
  }
}
