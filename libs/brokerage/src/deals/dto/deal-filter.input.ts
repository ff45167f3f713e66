import { Field, ID, InputType } from '@nestjs/graphql';
import { FIELD_CODE_PATTERN } from '@techbridge/platform';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';

import { DealStage } from '../deal-stage.enum';

@InputType('DealFilter')
export class DealFilter {
  @Field(() => [DealStage], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(DealStage, { each: true })
  stage?: DealStage[] | null;

  @Field(() => ID, { nullable: true, description: 'Deals of this broker (admins; brokers see only their own).' })
  @IsOptional()
  @IsUUID()
  brokerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  resultId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  needId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only open deals still waiting for a broker (the admins' queue)." })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Deals in this industry field, or in any field of this chain (a chain code).' })
  @IsOptional()
  @Matches(FIELD_CODE_PATTERN, { message: 'Not an industry field code' })
  fieldCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only open deals past their stage deadline; false: only those that are not.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}
