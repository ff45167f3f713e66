import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CatalogAccessService, findResult, ResultStatus } from '@techbridge/catalog';
import { memberIdsOf } from '@techbridge/identity';
import { Connection, ConnectionArgs, invalidField, OutboxService, paginate, Principal } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { pilotError } from '../pilot.errors';
import { BookingEventType } from '../pilot.events';
import { PilotPlatformEntity } from '../platforms/pilot-platform.entity';
import { PilotPlatformService } from '../platforms/pilot-platform.service';
import { BookingStatus } from './booking-status.enum';
import { canMoveBooking } from './booking-status.machine';
import { PilotBookingInput } from './dto/pilot-booking.input';
import { PilotBookingEntity } from './pilot-booking.entity';

/**
 * Bookings of pilot platforms: the result's owner requests, the platform's operator (or an
 * administrator) approves or declines, then marks the trial completed once it has ended.
 * Overlapping approvals are refused by the database's exclusion constraint (SQLSTATE 23P01, CONFLICT
 * at the edge), so the rule holds across concurrent requests and API instances without a lock here.
 */
@Injectable()
export class PilotBookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly platforms: PilotPlatformService,
    private readonly access: CatalogAccessService,
    private readonly outbox: OutboxService,
  ) {}

  async request(input: PilotBookingInput, principal: Principal, now = new Date()): Promise<PilotBookingEntity> {
    if (input.from.getTime() <= now.getTime()) throw invalidField('input.from', 'A booking starts in the future');
    if (input.to.getTime() <= input.from.getTime()) throw invalidField('input.to', 'A booking ends after it starts');
    return this.dataSource.transaction(async (tx) => {
      const platform = await tx.findOneBy(PilotPlatformEntity, { id: input.platformId });
      if (!platform) throw pilotError('PLATFORM_NOT_FOUND', 'No such pilot platform');
      const result = await findResult(tx, input.resultId);
      if (!result) throw pilotError('RESULT_NOT_FOUND', 'No such research result');
      if (!principal.organizationId || result.ownerId !== principal.organizationId) {
        throw pilotError('NOT_RESULT_OWNER', "Only the result's owner organization books a pilot platform for it");
      }
      if (result.status !== ResultStatus.PUBLISHED) throw pilotError('RESULT_NOT_PUBLISHED', 'Only published results are booked on pilot platforms');
      const booking = await tx.save(
        tx.create(PilotBookingEntity, {
          platformId: platform.id,
          resultId: result.id,
          requestedBy: principal.userId,
          fromAt: input.from,
          toAt: input.to,
          status: BookingStatus.REQUESTED,
          note: input.note?.trim() || null,
        }),
      );
      await this.grantOperator(tx, platform, result.id, booking.id);
      await this.event(tx, 'pilot.booking_requested', booking, principal);
      return booking;
    });
  }

  /** Administrators' queue: bookings of every platform, oldest request first. */
  async list(args: ConnectionArgs, filter: { status?: BookingStatus[] | null; platformId?: string | null }): Promise<Connection<PilotBookingEntity>> {
    const qb = this.dataSource.getRepository(PilotBookingEntity).createQueryBuilder('b').where('TRUE');
    if (filter.status?.length) qb.andWhere('b.status IN (:...statuses)', { statuses: filter.status });
    if (filter.platformId) qb.andWhere('b.platform_id = :platformId', { platformId: filter.platformId });
    return paginate(qb, args, { column: 'b.created_at', value: (b) => b.createdAt, direction: 'ASC', idColumn: 'b.id', id: (b) => b.id });
  }

  /** Approves or declines a REQUESTED booking (the platform's operator or an administrator). */
  async decide(id: string, approve: boolean, principal: Principal, now = new Date()): Promise<PilotBookingEntity> {
    return this.dataSource.transaction(async (tx) => {
      const booking = await this.lockForOperator(tx, id, principal);
      const to = approve ? BookingStatus.APPROVED : BookingStatus.DECLINED;
      this.assertMove(booking, to);
      // Approvals of one platform take turns: two overlapping approvals entering the exclusion
      // index at the same instant would wait on each other, and PostgreSQL would break the
      // deadlock with 40P01 instead of refusing the second with 23P01 (CONFLICT). NO KEY UPDATE
      // leaves new bookings of the platform (their foreign key check) free to go on.
      if (approve) await tx.query(`SELECT 1 FROM pilot_platform WHERE id = $1 FOR NO KEY UPDATE`, [booking.platformId]);
      Object.assign(booking, { status: to, decidedBy: principal.userId, decidedAt: now });
      // An overlapping APPROVED booking makes this UPDATE fail with 23P01 (exclusion_violation): CONFLICT.
      await tx.update(PilotBookingEntity, { id }, { status: to, decidedBy: principal.userId, decidedAt: now });
      await this.event(tx, approve ? 'pilot.booking_approved' : 'pilot.booking_declined', booking, principal);
      return booking;
    });
  }

  /** Marks an APPROVED booking COMPLETED once its range has ended (operator or administrator). */
  async complete(id: string, principal: Principal, now = new Date()): Promise<PilotBookingEntity> {
    return this.dataSource.transaction(async (tx) => {
      const booking = await this.lockForOperator(tx, id, principal);
      this.assertMove(booking, BookingStatus.COMPLETED);
      if (booking.toAt.getTime() > now.getTime()) throw pilotError('NOT_FINISHED', 'A booking is completed only after it ends');
      Object.assign(booking, { status: BookingStatus.COMPLETED, completedAt: now });
      await tx.update(PilotBookingEntity, { id }, { status: BookingStatus.COMPLETED, completedAt: now });
      await this.event(tx, 'pilot.booking_completed', booking, principal);
      return booking;
    });
  }

  private async lockForOperator(tx: EntityManager, id: string, principal: Principal): Promise<PilotBookingEntity> {
    const booking = await tx.getRepository(PilotBookingEntity).createQueryBuilder('b').setLock('pessimistic_write').where('b.id = :id', { id }).getOne();
    if (!booking) throw pilotError('BOOKING_NOT_FOUND', 'No such booking');
    const platform = await tx.findOneByOrFail(PilotPlatformEntity, { id: booking.platformId });
    if (!this.platforms.isOperator(principal, platform)) throw pilotError('NOT_OPERATOR', "Only the platform's operator decides its bookings");
    return booking;
  }

  private assertMove(booking: PilotBookingEntity, to: BookingStatus): void {
    if (!canMoveBooking(booking.status, to)) throw pilotError('ILLEGAL_TRANSITION', `A ${booking.status} booking cannot become ${to}`);
  }

  /**
   * The operator must see what it is asked to host, whatever the result's confidentiality: its
   * current members get the same grant a deal party gets (the catalog's access policy reads it).
   */
  private async grantOperator(tx: EntityManager, platform: PilotPlatformEntity, resultId: string, bookingId: string): Promise<void> {
    for (const memberId of await memberIdsOf(tx, [platform.operatorId])) {
      await this.access.grantAccess(tx, { itemType: 'RESULT', itemId: resultId, userId: memberId, reason: `pilot-booking:${bookingId} operator` });
    }
  }

  private async event(tx: EntityManager, type: BookingEventType, booking: PilotBookingEntity, principal: Principal): Promise<void> {
    await this.outbox.append(tx, {
      type,
      aggregateId: booking.id,
      actorId: principal.userId,
      payload: {
        platformId: booking.platformId,
        resultId: booking.resultId,
        status: booking.status,
        from: booking.fromAt.toISOString(),
        to: booking.toAt.toISOString(),
      },
    });
  }
}
