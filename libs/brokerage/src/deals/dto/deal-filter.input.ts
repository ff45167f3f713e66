import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
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

  @Field(() => Boolean, { nullable: true, description: 'Only open deals still waiting for a broker (the admins\' queue).' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean | null;
}
