import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

import { ResultClass, TransferMode, Visibility } from '../../catalog.enums';
import { CatalogTextUpdateInput } from '../../common/catalog-text-update.input';
import { PriceRangeInput } from '../../common/price-range.model';
import { DescriptionRules, FieldCodeRules, KeywordsRules, SummaryRules, TitleRules } from '../../common/text-fields';
import { isValidPatentNumber } from '../patent-number';

@ValidatorConstraint({ name: 'patentNumber' })
export class PatentNumberConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidPatentNumber(value);
  }

  defaultMessage(): string {
    return 'number must be a patent number; a CN application number is CN + 12 digits (from October 2003) or 8 digits (before) + a valid check character (e.g. CN202310123456.6, CN97101765.4)';
  }
}

@InputType('PatentInput')
export class PatentInput {
  @Field({ description: "CN numbers are checked (CN + 9 or 12 digits + check char); other offices' numbers are kept as given." })
  @IsString()
  @Validate(PatentNumberConstraint)
  number: string;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field()
  @IsBoolean()
  granted: boolean;
}

@InputType('ResultInput')
export class ResultInput {
  @Field({ description: '4 to 200 characters.' })
  @TitleRules()
  title: string;

  @Field({ description: 'At most 1,000 characters; always public once published.' })
  @SummaryRules()
  summary: string;

  @Field({ description: 'At most 20,000 characters; hidden from others for TEASER items until they accept the NDA.' })
  @DescriptionRules()
  description: string;

  @Field(() => [String], { description: 'At most 20 keywords of at most 40 characters.' })
  @KeywordsRules()
  keywords: string[];

  @Field(() => ResultClass)
  @IsEnum(ResultClass)
  resultClass: ResultClass;

  @Field({ description: 'A field code of the taxonomy (industryFields), e.g. JL.SSB.' })
  @FieldCodeRules()
  fieldCode: string;

  @Field(() => Int, { description: 'Technology readiness level, 1 to 9.' })
  @IsInt()
  @Min(1)
  @Max(9)
  trl: number;

  @Field(() => [PatentInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PatentInput)
  patents?: PatentInput[] | null;

  @Field(() => [TransferMode])
  @IsArray()
  @IsEnum(TransferMode, { each: true })
  transferModes: TransferMode[];

  @Field(() => PriceRangeInput)
  @ValidateNested()
  @Type(() => PriceRangeInput)
  askingPrice: PriceRangeInput;

  @Field(() => Boolean, { nullable: true, description: 'Needs pilot-scale trials (中试) before production.' })
  @IsOptional()
  @IsBoolean()
  needsPilot?: boolean | null;

  @Field(() => Visibility)
  @IsEnum(Visibility)
  visibility: Visibility;
}

@InputType('ResultUpdateInput', { description: 'Only the fields given change.' })
export class ResultUpdateInput extends CatalogTextUpdateInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number | null;

  @Field(() => [PatentInput], { nullable: true, description: 'Replaces the whole list.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PatentInput)
  patents?: PatentInput[] | null;

  @Field(() => [TransferMode], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(TransferMode, { each: true })
  transferModes?: TransferMode[] | null;

  @Field(() => PriceRangeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceRangeInput)
  askingPrice?: PriceRangeInput | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  needsPilot?: boolean | null;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}

@InputType('EvaluationInput')
export class EvaluationInput {
  @Field(() => Int, { description: 'Overall score, 0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @Field(() => Int, { description: '0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  technicalMaturity: number;

  @Field(() => Int, { description: '0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  marketPotential: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  comment?: string | null;

  @Field({ description: 'true: EVALUATED (publishable); false: REJECTED.' })
  @IsBoolean()
  approve: boolean;

  @Field(() => ResultClass, {
    nullable: true,
    description: 'The class of the "3" the evaluators settle on; left out, the class the owner chose stays.',
  })
  @IsOptional()
  @IsEnum(ResultClass)
  resultClass?: ResultClass | null;
}
