import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

import { FollowUpChannel } from '../follow-up-channel.enum';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType('FollowUpInput')
export class FollowUpInput {
  @Field(() => ID, { description: 'The enterprise (an ENTERPRISE organization).' })
  @IsUUID()
  enterpriseId: string;

  @Field({ description: 'Date of the contact, YYYY-MM-DD; not in the future.' })
  @Matches(ISO_DATE, { message: 'happenedOn must be a date YYYY-MM-DD' })
  happenedOn: string;

  @Field(() => FollowUpChannel)
  @IsEnum(FollowUpChannel)
  channel: FollowUpChannel;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'When the next step is due, YYYY-MM-DD; not before happenedOn.' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'nextActionOn must be a date YYYY-MM-DD' })
  nextActionOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  nextAction?: string | null;

  @Field(() => [String], { nullable: true, description: 'Needs discovered in the conversation, up to 20 short titles.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  discoveredNeeds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Industry field of the discovered needs. When given, each discovered need also becomes a DRAFT technical need of the enterprise (visible to its members, who complete and publish it).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  draftNeedFieldCode?: string | null;
}
