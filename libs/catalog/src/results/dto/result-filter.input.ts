import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '@techbridge/platform';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

import { ResultClass, ResultStatus, TransferMode } from '../../catalog.enums';

@InputType('ResultFilter', { description: 'All given conditions must hold. Without `status` only published results are listed.' })
export class ResultFilter {
  @Field(() => [ResultClass], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ResultClass, { each: true })
  resultClass?: ResultClass[] | null;

  @Field(() => [String], { nullable: true, description: 'Field codes; a chain code (e.g. JL) stands for all its fields.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  fieldCodes?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minTrl?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  maxTrl?: number | null;

  @Field(() => [TransferMode], { nullable: true, description: 'Results offering any of these modes.' })
  @IsOptional()
  @IsArray()
  @IsEnum(TransferMode, { each: true })
  transferModes?: TransferMode[] | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Results whose asking price can start at or below this amount (open or negotiable prices included).',
  })
  @IsOptional()
  maxPrice?: string | null;

  @Field(() => String, { nullable: true, description: 'District of the owner organization.' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  district?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  needsPilot?: boolean | null;

  @Field(() => [ResultStatus], {
    nullable: true,
    description: 'Other statuses than PUBLISHED show only what the caller may see (own organization; administrators all).',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(ResultStatus, { each: true })
  status?: ResultStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Owner organization.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;
}
