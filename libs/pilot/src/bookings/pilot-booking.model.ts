import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { BookingStatus } from './booking-status.enum';
import { PilotBookingEntity } from './pilot-booking.entity';

@ObjectType('PilotBooking', { description: 'A request to run a result on a pilot-scale platform for a time range.' })
export class PilotBookingModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'End of the range (exclusive: the next booking may start here).' })
  to: Date;

  @Field(() => BookingStatus)
  status: BookingStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  requestedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  resultId: string;
  platformId: string;

  static from(entity: PilotBookingEntity): PilotBookingModel {
    return Object.assign(new PilotBookingModel(), {
      id: entity.id,
      from: entity.fromAt,
      to: entity.toAt,
      status: entity.status,
      note: entity.note,
      requestedAt: entity.createdAt,
      decidedAt: entity.decidedAt,
      completedAt: entity.completedAt,
      resultId: entity.resultId,
      platformId: entity.platformId,
    });
  }
}

@ObjectType('BusyRange', { description: 'A time range taken by an approved booking (no detail of who).' })
export class BusyRangeModel {
  @Field(() => GraphQLISODateTime)
  from: Date;

  @Field(() => GraphQLISODateTime)
  to: Date;
}

export const { Edge: PilotBookingEdge, Connection: PilotBookingConnection } = connectionTypes(PilotBookingModel, 'PilotBooking');
