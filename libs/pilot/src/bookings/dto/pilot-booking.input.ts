import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType('PilotBookingInput')
export class PilotBookingInput {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field(() => ID, { description: "A published result of the caller's organization." })
  @IsUUID()
  resultId: string;

  @Field(() => GraphQLISODateTime, { description: 'Start, in the future.' })
  @IsDate()
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'End (exclusive), after `from`.' })
  @IsDate()
  to: Date;

  @Field(() => String, { nullable: true, description: 'What the trial needs; at most 2,000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
