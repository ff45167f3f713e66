import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { FollowUpChannel } from './follow-up-channel.enum';

@ObjectType('FollowUp', { description: "A broker's contact with an enterprise, with the next step agreed." })
export class FollowUpModel {
  @Field(() => ID)
  id: string;

  brokerId: string;
  enterpriseId: string;

  @Field({ description: 'Date of the contact, YYYY-MM-DD.' })
  happenedOn: string;

  @Field(() => FollowUpChannel)
  channel: FollowUpChannel;

  @Field()
  notes: string;

  @Field(() => String, { nullable: true, description: 'When the next step is due, YYYY-MM-DD.' })
  nextActionOn: string | null;

  @Field(() => String, { nullable: true })
  nextAction: string | null;

  @Field(() => [String], { description: 'Technical needs the enterprise mentioned (candidates for draft needs).' })
  discoveredNeeds: string[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const { Edge: FollowUpEdge, Connection: FollowUpConnection } = connectionTypes(FollowUpModel, 'FollowUp');
