import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { DealStage } from '../deal-stage.enum';

@InputType('DealTransitionInput', { description: 'A move of a deal to another stage.' })
export class DealTransitionInput {
  @Field(() => DealStage, { description: 'Target stage; CONTRACT_SIGNED only through signContract.' })
  @IsEnum(DealStage)
  to: DealStage;

  @Field(() => String, { nullable: true, description: 'Kept on the stage change.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when moving to LOST.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  lostReason?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Overrides the new stage's default deadline (working days, Asia/Shanghai)." })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;
}
