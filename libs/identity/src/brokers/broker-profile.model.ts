import { Field, Int, ObjectType } from '@nestjs/graphql';

import { BrokerLevel } from './broker-level.enum';

@ObjectType('BrokerProfile', { description: 'Certification and workload of a technology broker.' })
export class BrokerProfileModel {
  @Field(() => BrokerLevel)
  level: BrokerLevel;

  @Field(() => String, { nullable: true })
  certificateNo: string | null;

  @Field(() => [String], { description: 'Industry fields the broker covers (taxonomy codes).' })
  fieldCodes: string[];

  @Field(() => Int)
  trainingHours: number;

  @Field(() => Int, { description: 'Open deals the broker runs now.' })
  activeDeals: number;

  @Field(() => Int, { description: 'How many open deals the broker can run at once.' })
  capacity: number;
}
