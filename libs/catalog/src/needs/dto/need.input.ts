import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '@techbridge/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';

import { NeedStatus, TransferMode, Visibility } from '../../catalog.enums';
import { CatalogTextUpdateInput } from '../../common/catalog-text-update.input';
import { PriceRangeInput } from '../../common/price-range.model';
import { DescriptionRules, FieldCodeRules, KeywordsRules, SummaryRules, TitleRules } from '../../common/text-fields';

@InputType('NeedInput')
export class NeedInput {
  @Field({ description: '4 to 200 characters.' })
  @TitleRules()
  title: string;

  @Field({ description: 'At most 1,000 characters.' })
  @SummaryRules()
  summary: string;

  @Field({ description: 'At most 20,000 characters; hidden from others for TEASER needs until they accept the NDA.' })
  @DescriptionRules()
  description: string;

  @Field(() => [String])
  @KeywordsRules()
  keywords: string[];

  @Field({ description: 'A field code of the taxonomy.' })
  @FieldCodeRules()
  fieldCode: string;

  @Field(() => Int, { nullable: true, description: 'Minimum technology readiness level wanted, 1 to 9.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minTrl?: number | null;

  @Field(() => PriceRangeInput)
  @ValidateNested()
  @Type(() => PriceRangeInput)
  budget: PriceRangeInput;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Must not be in the past.' })
  @IsOptional()
  @IsDate()
  deadline?: Date | null;

  @Field(() => [TransferMode])
  @IsArray()
  @IsEnum(TransferMode, { each: true })
  preferredModes: TransferMode[];

  @Field(() => Visibility)
  @IsEnum(Visibility)
  visibility: Visibility;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Makes the need a collective R&D need (集采研发): other enterprises pledge until this amount is reached.',
  })
  @IsOptional()
  collectiveTarget?: string | null;
}

@InputType('NeedUpdateInput', { description: 'Only the fields given change.' })
export class NeedUpdateInput extends CatalogTextUpdateInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minTrl?: number | null;

  @Field(() => PriceRangeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceRangeInput)
  budget?: PriceRangeInput | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  deadline?: Date | null;

  @Field(() => [TransferMode], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(TransferMode, { each: true })
  preferredModes?: TransferMode[] | null;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}

@InputType('NeedFilter', {
  description: 'All given conditions must hold. Without `status` only needs on the market (published, in negotiation, solved) are listed.',
})
export class NeedFilter {
  @Field(() => [String], { nullable: true, description: 'Field codes; a chain code stands for all its fields.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  fieldCodes?: string[] | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Needs whose budget can reach at least this amount (open or negotiable budgets included).' })
  @IsOptional()
  minBudget?: string | null;

  @Field(() => [NeedStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(NeedStatus, { each: true })
  status?: NeedStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: collective R&D needs only; false: ordinary needs only.' })
  @IsOptional()
  @IsBoolean()
  collective?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string | null;
}
