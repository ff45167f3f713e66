import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

import { MeetingEntity } from './meeting.entity';
import { MeetingStatus } from './meeting-status.enum';

@ObjectType('Meeting', { description: 'A 1:1 meeting of a matchmaking event between a research result and a technical need.' })
export class MeetingModel {
  @Field(() => ID)
  id: string;

  eventId: string;
  resultId: string;
  needId: string;
  resultOrgId: string;
  needOrgId: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => Int, { description: '1-based table number.' })
  table: number;

  @Field(() => Float, { description: 'Match score 0–100 of the pair, from the matching scorer.' })
  score: number;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => Boolean, { nullable: true, description: "The result side's answer; null until it answers." })
  resultAccepted: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "The need side's answer; null until it answers." })
  needAccepted: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The deal a held meeting opened, if any.' })
  dealId: string | null;

  static from(entity: MeetingEntity): MeetingModel {
    return Object.assign(new MeetingModel(), {
      id: entity.id,
      eventId: entity.eventId,
      resultId: entity.resultId,
      needId: entity.needId,
      resultOrgId: entity.resultOrgId,
      needOrgId: entity.needOrgId,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      table: entity.table,
      score: entity.score,
      status: entity.status,
      resultAccepted: entity.resultAnswer,
      needAccepted: entity.needAnswer,
      dealId: entity.dealId,
    });
  }
}
