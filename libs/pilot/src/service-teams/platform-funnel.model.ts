import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PlatformFunnel', { description: "A key platform's conversion funnel over its research results (all time)." })
export class PlatformFunnelModel {
  @Field(() => Int, { description: 'Results the platform has entered, in any status.' })
  collected: number;

  @Field(() => Int, { description: 'Results evaluated by the administrators (approved or not).' })
  evaluated: number;

  @Field(() => Int, { description: 'Results published on the market.' })
  published: number;

  @Field(() => Int, { description: 'Results with at least one match made (SHORTLISTED or CONVERTED), as the yearly KPIs count them.' })
  matched: number;

  @Field(() => Int, { description: 'Results with a signed contract on one of their deals.' })
  contracted: number;
}
