import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { EventStatus } from './event-status.enum';
import { MatchmakingEventEntity } from './matchmaking-event.entity';

@ObjectType('MatchmakingEvent', {
  description:
    'A matchmaking event (产学研对接活动). Its public facts are visible to everyone once it is no longer a draft; registrations and meetings are shown to administrators in full and to a member only for their own organization.',
})
export class MatchmakingEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [String], { description: 'Industry-field codes the event is about.' })
  fieldCodes: string[];

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where it is held; null for an online event.' })
  venue: string | null;

  @Field(() => Int, { description: 'Length of one 1:1 meeting, in minutes.' })
  slotMinutes: number;

  @Field(() => Int, { description: 'Tables in the room: meetings that run at the same time.' })
  tables: number;

  @Field(() => EventStatus)
  status: EventStatus;

  @Field(() => Int, { nullable: true, description: 'Most organizations that may register; null for no limit.' })
  capacity: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last instant to register; null: until the event starts.' })
  registrationDeadline: Date | null;

  static from(entity: MatchmakingEventEntity): MatchmakingEventModel {
    return Object.assign(new MatchmakingEventModel(), {
      id: entity.id,
      title: entity.title,
      fieldCodes: entity.fieldCodes,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      venue: entity.venue,
      slotMinutes: entity.slotMinutes,
      tables: entity.tables,
      status: entity.status,
      capacity: entity.capacity,
      registrationDeadline: entity.registrationDeadline,
    });
  }
}

export const { Edge: MatchmakingEventEdge, Connection: MatchmakingEventConnection } = connectionTypes(MatchmakingEventModel, 'MatchmakingEvent');
