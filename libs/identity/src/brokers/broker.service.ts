import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, FieldCodes, OutboxService, Principal, Role } from '@techbridge/platform';
import { DataSource, In } from 'typeorm';

import { identityError } from '../identity.errors';
import { UserEntity } from '../users/user.entity';
import { BrokerProfileEntity } from './broker-profile.entity';
import { BrokerProfileInput } from './dto/broker-profile.input';

@Injectable()
export class BrokerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly fieldCodes: FieldCodes,
  ) {}

  async profilesByUserIds(ids: readonly string[]): Promise<(BrokerProfileEntity | null)[]> {
    const rows = await this.dataSource.getRepository(BrokerProfileEntity).findBy({ userId: In([...ids]) });
    return byKeys(ids, rows, (row) => row.userId);
  }

  /**
   * Certified brokers (BROKER role and a profile), fewest open deals first; `withCapacity` keeps
   * those who can take one more deal now. At most 500: the city's workforce per page of a picker.
   */
  async listCertified(withCapacity: boolean): Promise<UserEntity[]> {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin(BrokerProfileEntity, 'bp', 'bp.user_id = u.id')
      .where(`'BROKER' = ANY (u.roles)`)
      .orderBy('bp.active_deals', 'ASC')
      .addOrderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(500);
    if (withCapacity) qb.andWhere('bp.active_deals < bp.capacity');
    return qb.getMany();
  }

  /** Certifies (or re-certifies) a user as a broker: profile upserted, BROKER role granted. */
  async certify(userId: string, input: BrokerProfileInput, actor: Principal): Promise<UserEntity> {
    this.fieldCodes.assertKnown(input.fieldCodes, 'input.fieldCodes');
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw identityError('USER_NOT_FOUND', 'No such user');
      const existing = await manager.findOneBy(BrokerProfileEntity, { userId });
      await manager.save(
        manager.create(BrokerProfileEntity, {
          ...(existing ?? { activeDeals: 0, lastAssignedAt: null }),
          userId,
          level: input.level,
          certificateNo: input.certificateNo ?? null,
          fieldCodes: [...new Set(input.fieldCodes)],
          trainingHours: input.trainingHours,
          capacity: input.capacity,
          certifiedAt: existing?.certifiedAt ?? new Date(),
          deactivatedAt: null,
        }),
      );
      if (!user.roles.includes(Role.BROKER)) {
        user.roles = [...user.roles, Role.BROKER];
        await manager.save(user);
      }
      await this.outbox.append(manager, {
        type: 'broker.certified',
        aggregateId: userId,
        actorId: actor.userId,
        payload: { level: input.level, fieldCodes: input.fieldCodes, capacity: input.capacity },
      });
      return user;
    });
  }

  /**
   * Withdraws a broker's BROKER role (the profile stays, marked deactivated): no deal is assigned
   * to them any more. A broker still running open deals is refused (CONFLICT): reassign them first.
   */
  async deactivate(userId: string, actor: Principal): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      const profile = user ? await manager.findOne(BrokerProfileEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!user || !profile || !user.roles.includes(Role.BROKER)) throw identityError('BROKER_NOT_FOUND', 'No certified broker with this id');
      if (profile.activeDeals > 0) {
        throw identityError('BROKER_HAS_OPEN_DEALS', `The broker still runs ${profile.activeDeals} open deal(s); reassign them first`);
      }
      user.roles = user.roles.filter((role) => role !== Role.BROKER);
      await manager.save(user);
      await manager.update(BrokerProfileEntity, { userId }, { deactivatedAt: new Date() });
      await this.outbox.append(manager, { type: 'broker.deactivated', aggregateId: userId, actorId: actor.userId });
      return user;
    });
  }

  /** Gives a broker (by e-mail) these field codes when their profile has none; true when it changed. */
  async assignFieldCodesIfNone(email: string, fieldCodes: readonly string[]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE broker_profile SET field_codes = $2, updated_at = now() WHERE field_codes = '{}' AND user_id = (SELECT id FROM app_user WHERE email = $1) RETURNING user_id`,
      [email, [...fieldCodes]],
    );
    return (Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows).length > 0;
  }
}
