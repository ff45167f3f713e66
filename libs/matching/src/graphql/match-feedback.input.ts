import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

import { MatchStatus } from './match-status.enum';

@InputType('MatchFeedbackInput', { description: 'Feedback on a match by the need’s side, an administrator or a broker.' })
export class MatchFeedbackInput {
  @Field(() => MatchStatus, { description: 'SHORTLISTED or DISMISSED; other values are refused.' })
  @IsEnum(MatchStatus)
  status: MatchStatus;

  @Field(() => String, { nullable: true, description: 'Required to dismiss: WRONG_FIELD, TRL_TOO_EARLY, PRICE, IP, ALREADY_KNOWN or OTHER.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  reasonCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, at most 1000 characters, kept in the feedback history.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;
}
