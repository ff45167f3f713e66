import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('Registration', { description: 'What one organization brought to a matchmaking event: its published results and needs.' })
export class RegistrationModel {
  eventId: string;
  organizationId: string;
  resultIds: string[];
  needIds: string[];

  @Field(() => GraphQLISODateTime, { description: 'When the organization first registered.' })
  registeredAt: Date;
}
